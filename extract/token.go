package extract

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// TokenKind classifies a token.
type TokenKind uint8

// The kinds of token.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark in the text. Its folded
// form is read from the Tokens or the Analysis that holds it (Norm):
// the token holds no pointer, so that the garbage collector never scans
// the token list of a long text.
type Token struct {
	// Start and End are byte offsets into the text.
	Start, End int
	Kind       TokenKind
	// Cap is true when the token starts with an upper-case letter.
	Cap bool
	// plain is true when the token is ASCII letters and digits only: one
	// word part, with no hyphen, dot or apostrophe. It fills room the
	// alignment of word leaves free.
	plain bool
	// word numbers the folded form in the vocabulary of the package's
	// rules.
	word wordID
	// fold is 0 or less when the folded form is at the token's own offsets
	// in the folded text, as for every ASCII token; otherwise it is one
	// more than the offset of the folded form in the tail of the folded
	// forms, where it is written after its length (a uvarint). A plain
	// token keeps there ^h, h the hash of its folded form (partHash) that
	// the tokenizer computes anyway: the lexicon tests the word without
	// hashing it again.
	fold int
}

// plainHash returns the hash (partHash) of the folded form of t, a plain
// token.
func (t *Token) plainHash() uint32 { return uint32(^t.fold) }

// normIn returns the folded form of t, read from folded, whose text
// starts at offset base of the whole text, or from tail.
func (t *Token) normIn(folded, tail string, base int) string {
	if t.fold <= 0 {
		return folded[t.Start-base : t.End-base]
	}
	n, i := 0, t.fold-1
	for shift := 0; ; shift += 7 {
		c := tail[i]
		i++
		n |= int(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return tail[i : i+n]
}

// Tokens is a text cut into tokens by Tokenize.
type Tokens struct {
	// List holds the tokens in text order.
	List []Token
	// folded is the text with its ASCII tokens in lower case, where the
	// folded form of an ASCII token is found at the token's own offsets.
	folded string
	// tail holds the folded forms of the other tokens, each after its
	// length.
	tail string
	// base is the offset in the whole text of the part tokenized.
	base int
	// stops lists, in order, the tokens that are marks ending a sentence
	// (see nextStop), and breaks the tokens before which a line break
	// falls, in order, some more than once: the tokenizer notes them as
	// it reads the marks and the white space, for Sentences not to read
	// every token again.
	stops, breaks []int
}

// Norm returns the folded form of List[k], used for matching: lower
// case, diacritics removed, typographic quotes and dashes made plain
// (see Fold).
func (ts Tokens) Norm(k int) string { return ts.List[k].normIn(ts.folded, ts.tail, ts.base) }

// Tokenize splits text into words, numbers and punctuation marks.
//
// A word is a run of letters and digits, with inner hyphens and dots of
// abbreviations kept ("de-escalation", "M-4", "U.S."). A possessive or
// contracted ending is a token of its own ("'s"). A number keeps its inner
// separators ("2,400", "2.5"). Every other visible character is one
// punctuation token. Invalid UTF-8 bytes are punctuation tokens of one
// byte, so spans always point at the original bytes.
func Tokenize(text string) Tokens { return tokenizeInto(new(buffers), text, 0) }

// tokenizeInto is Tokenize writing the tokens and their folded forms in
// the room of buf, which it keeps for the next text, with base added to
// their offsets: text starts at offset base of a longer text. The folded
// forms are strings over that room: the next text written to buf
// changes them.
func tokenizeInto(buf *buffers, text string, base int) Tokens {
	toks := buf.tokens[:0]
	if cap(toks) == 0 {
		toks = make([]Token, 0, len(text)/5+1)
	}
	// A copy of the text, in which the ASCII tokens are lowered as they
	// are read: only their bytes are ever read from it (see normIn).
	folded := append(buf.folded[:0], text...)
	// The folded forms of the tokens outside ASCII.
	tail := buf.tail[:0]
	buf.stops, buf.breaks = buf.stops[:0], buf.breaks[:0]
	if cap(buf.stops) == 0 {
		// room for a stop every hundred bytes, a line break every two
		// hundred: news has fewer
		buf.stops, buf.breaks = make([]int, 0, len(text)/100+1), make([]int, 0, len(text)/200+1)
	}
	// The tokens from slow on were read outside scanPlain, which notes the
	// stops among its own.
	slow := 0
	for i := 0; i < len(text); {
		buf.noteStops(toks, slow)
		if toks, i = scanPlain(toks, text, folded, base, i, buf); i == len(text) {
			break
		}
		slow = len(toks)
		c := text[i]
		if wordBytes[c] {
			if end, kind, h, ok := scanASCII(text, i); ok {
				w := lowerWord(folded, text, i, end)
				toks = append(toks, Token{Start: base + i, End: base + end, Kind: kind, Cap: 'A' <= c && c <= 'Z', plain: true, word: w, fold: ^int(h)})
				i = end
				if i < len(text) && text[i] == ' ' {
					i++ // the space after most words, skipped at once
				}
				continue
			}
		} else if c < utf8.RuneSelf {
			if m := asciiMark[c]; m == markSpace {
				if c == '\n' {
					buf.breaks = append(buf.breaks, len(toks))
				}
				i++
				continue
			} else if m == markPunct {
				toks = append(toks, Token{Start: base + i, End: base + i + 1, Kind: Punct, word: punctWords[c]})
				i++
				continue
			}
		}
		r, w := decodeRune(text, i)
		suffix := i+w < len(text) && len(toks) > 0 && toks[len(toks)-1].End == base+i && toks[len(toks)-1].Kind == Word
		if m := generalMark(r); m != nil && !(m.apostrophe && suffix) {
			// The quotes, dashes and spaces of the General Punctuation
			// block are read from a table, without testing the
			// character's classes one by one.
			if m.class == markPunct {
				toks = append(toks, Token{Start: base + i, End: base + i + w, Kind: Punct, Cap: m.upper, word: m.word, fold: len(tail) + 1})
				tail = append(binary.AppendUvarint(tail, uint64(len(m.fold))), m.fold...)
			}
			i += w
			continue
		}
		switch {
		case isApostrophe(r) && suffix:
			// An apostrophe is neither a space nor a letter: it is
			// tested first.
			end := i + w
			for end < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsLetter(r2) {
					break
				}
				end += w2
			}
			if end == i+w { // a closing quote, not a suffix
				toks, tail = appendToken(toks, tail, text, folded, base, i, i+w, Punct)
			} else {
				toks, tail = appendToken(toks, tail, text, folded, base, i, end, Word)
			}
			i = end
		case isSpace(r):
			i += w
		case isAlnum(r):
			end, kind := scanWord(text, i)
			toks, tail = appendToken(toks, tail, text, folded, base, i, end, kind)
			i = end
		default:
			toks, tail = appendToken(toks, tail, text, folded, base, i, i+w, Punct)
			i += w
		}
	}
	buf.noteStops(toks, slow)
	buf.tokens, buf.folded, buf.tail = toks, folded, tail
	// folded and tail are written no more, until the next text: they may
	// become the strings they hold.
	return Tokens{List: toks, folded: unsafe.String(unsafe.SliceData(folded), len(folded)), tail: unsafe.String(unsafe.SliceData(tail), len(tail)), base: base, stops: buf.stops, breaks: buf.breaks}
}

// noteStops adds to buf.stops the tokens from k on that may end a
// sentence.
func (buf *buffers) noteStops(toks []Token, k int) {
	for ; k < len(toks); k++ {
		if t := &toks[k]; t.Kind == Punct && stops.has(t.word) {
			buf.stops = append(buf.stops, k)
		}
	}
}

// appendToken appends the token text[s:e] of kind k, which is not plain,
// to toks, and its folded form to folded when it is ASCII, to tail when
// it is not.
func appendToken(toks []Token, tail []byte, text string, folded []byte, base, s, e int, k TokenKind) ([]Token, []byte) {
	r, _ := decodeRune(text, s)
	t := Token{Start: base + s, End: base + e, Kind: k, Cap: unicode.IsUpper(r)}
	if isASCII(text[s:e]) {
		t.word = lowerWord(folded, text, s, e)
	} else {
		t.fold = len(tail) + 1
		if m, ok := foldedMark(text[s:e]); ok {
			tail = append(binary.AppendUvarint(tail, uint64(len(m.fold))), m.fold...)
			t.word = m.word
		} else {
			var buf [128]byte
			f := appendFold(buf[:0], text[s:e])
			tail = append(binary.AppendUvarint(tail, uint64(len(f))), f...)
			t.word = wordOf(string(f))
		}
	}
	return append(toks, t), tail
}

// tokenizePart tokenizes text[start:end], with the tokens' offsets into
// the whole text, in the room of buf.
func tokenizePart(buf *buffers, text string, start, end int) Tokens {
	return tokenizeInto(buf, text[start:end], start)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// decodeRune is utf8.DecodeRuneInString(text[i:]) with a fast path for
// ASCII, which most news text is.
func decodeRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// scanWord returns the end of the word or number starting at i.
func scanWord(text string, i int) (int, TokenKind) {
	kind := Number
	end := i
	for end < len(text) {
		if c := text[end]; c < utf8.RuneSelf && asciiClass[c] != 0 {
			if asciiClass[c] == classLetter {
				kind = Word
			}
			end++
			continue
		}
		r, w := decodeRune(text, end)
		if isAlnum(r) {
			if !unicode.IsDigit(r) {
				kind = Word
			}
			end += w
			continue
		}
		if end+w >= len(text) || end-i >= maxWord || r != '-' && r != '\u2011' && r != ',' && r != '.' {
			break // only a hyphen, a separator or a dot may join two parts
		}
		next, _ := utf8.DecodeRuneInString(text[end+w:])
		prev, _ := utf8.DecodeLastRuneInString(text[:end])
		switch {
		case (r == '-' || r == '\u2011') && isAlnum(next):
			end += w // de-escalation, M-4, Jae-in
		case (r == ',' || r == '.') && kind == Number && unicode.IsDigit(prev) && unicode.IsDigit(next):
			end += w // 2,400 and 2.5
		case r == '.' && isAbbrevLetter(text, i, end) && unicode.IsLetter(next):
			end += w // U.S, continued below
		default:
			return closeAbbrev(text, i, end, kind), kind
		}
	}
	return closeAbbrev(text, i, end, kind), kind
}

// maxWord is the length, in bytes, past which a word takes no more parts
// joined by hyphens or dots ("de-escalation", "U.S."). Real words stay far
// shorter; a longer chain scraped from a page ("a-a-a-…", "A.A.A.…") is
// cut into words of about this size, because the work done for each part
// of a word (finding the names in it, checking an abbreviation) grows
// with the length of the word.
const maxWord = 256

// isAbbrevLetter reports whether text[i:end] is so far a dotted
// abbreviation of single letters ("U", "U.S", "p.m").
func isAbbrevLetter(text string, i, end int) bool {
	n := 0
	for j := i; j < end; {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == '.' {
			n = 0
		} else {
			n++
		}
		if n > 1 || !(r == '.' || unicode.IsLetter(r)) {
			return false
		}
		j += w
	}
	return true
}

// closeAbbrev takes the final dot of a dotted abbreviation ("U.S.").
func closeAbbrev(text string, i, end int, kind TokenKind) int {
	if kind == Word && end < len(text) && text[end] == '.' && end-i >= 3 && text[end-2] == '.' {
		return end + 1
	}
	return end
}

// The classes of ASCII bytes that make up words.
const (
	classOther = iota
	classLetter
	classDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classLetter, classLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	return t
}()

func isAlnum(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return asciiClass[r] != classOther
	case r == utf8.RuneError, r >= marksFirst && r < marksEnd:
		// The General Punctuation block, whose quotes and dashes news
		// is full of, holds no letter, digit nor mark: the tables of
		// the classes are not searched for them.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }
