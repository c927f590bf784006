package dates

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// kind is the kind of a token.
type kind uint8

const (
	kWord  kind = iota // a run of letters, with inner apostrophes
	kNum               // a run of ASCII digits, perhaps with an ordinal suffix or a plural s
	kPunct             // any other single character
)

// token is one word, number or punctuation mark of the text.
type token struct {
	start, end int
	// kind comes first among the small fields, which are kept together
	// so that the token stays small.
	kind kind
	// space is true when white space comes before the token, brk when a
	// line break does.
	space, brk bool
	// upper is true when the token starts with an upper-case letter.
	upper bool
	// ord is true for numbers written with an ordinal suffix ("23rd"),
	// plural for numbers with a plural s ("1990s").
	ord, plural bool
	// digits is the number of digits of a number, at most 255.
	digits uint8
	// ch is a punctuation token's character.
	ch rune
	// val is a number's value (digits only).
	val int
	// w is the lexicon entry of a word.
	w word
}

// Byte classes for the tokenizer's table.
const (
	bOther byte = iota
	bSpace
	bLine
	bDigit
	bLetter
	bHigh // the first byte of a multi-byte character
)

var byteClass [256]byte

func init() {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			byteClass[c] = bSpace
		case c == '\n':
			byteClass[c] = bLine
		case c >= '0' && c <= '9':
			byteClass[c] = bDigit
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			byteClass[c] = bLetter
		case c >= utf8.RuneSelf:
			byteClass[c] = bHigh
		}
	}
}

// tokenize splits text into tokens in one pass. low is text with its
// ASCII letters in lower case (asciiLower), in which words are measured
// and looked up; toks is reused.
func tokenize(text, low string, toks []token) []token {
	space, brk := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case bSpace:
			space = true
			i++
			continue
		case bLine:
			space, brk = true, true
			i++
			continue
		case bDigit:
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			number(t, text, low, i)
			i = t.end
		case bLetter:
			if i+8 <= len(low) {
				// Most words are fewer than eight ASCII letters: their
				// token is written once, with no call.
				x := load8(low[i : i+8])
				n := bits.TrailingZeros64(^inRange(x, 'a', 'z')&(0x80*ones)) / 8
				if n < 8 && low[i+n] != '\'' && low[i+n] < utf8.RuneSelf {
					toks = append(toks, token{start: i, end: i + n, kind: kWord, space: space, brk: brk, upper: c <= 'Z', w: *find(x & (1<<(8*n) - 1))})
					i += n
					// Most words are followed by one space: it is taken
					// here, without another turn of the loop.
					space, brk = low[i] == ' ', false
					if space {
						i++
					}
					continue
				}
			}
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			wordAt(t, text, low, i)
			i = t.end
		case bHigh:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case r != utf8.RuneError && unicode.IsSpace(r):
				space = true
				i += n
				continue
			case r != utf8.RuneError && unicode.IsLetter(r):
				toks = append(toks, token{})
				t := &toks[len(toks)-1]
				wordAt(t, text, low, i)
				i = t.end
			default:
				toks = append(toks, token{start: i, end: i + n, kind: kPunct, ch: r})
				i += n
			}
		default:
			toks = append(toks, token{start: i, end: i + 1, kind: kPunct, ch: rune(c)})
			i++
		}
		t := &toks[len(toks)-1]
		t.space, t.brk = space, brk
		space, brk = false, false
	}
	return toks
}

// wordAt reads the word starting at i into t, for the words tokenize
// does not read itself. A word of fewer than sixteen ASCII letters is
// found with two loads of low at most, and looked up by its bytes when
// it has eight; wordLong reads the others.
func wordAt(t *token, text, low string, i int) {
	t.start, t.kind = i, kWord
	c := text[i]
	t.upper = c >= 'A' && c <= 'Z'
	if i+16 <= len(low) {
		x := load8(low[i : i+8])
		n := bits.TrailingZeros64(^inRange(x, 'a', 'z')&(0x80*ones)) / 8 // letters before another byte
		if n == 8 {
			n += bits.TrailingZeros64(^inRange(load8(low[i+8:i+16]), 'a', 'z')&(0x80*ones)) / 8
		}
		if j := i + n; n > 0 && n < 16 && low[j] != '\'' && low[j] < utf8.RuneSelf {
			t.end = j
			if n <= 8 {
				t.w = *find(x & (1<<(8*n) - 1))
			} else {
				t.w = *lookup(low, i, j)
			}
			return
		}
	}
	wordLong(t, text, low, i)
}

// wordLong reads into t the word starting at i that wordAt does not: one
// of sixteen bytes or more, one with an apostrophe or a letter outside
// ASCII, or one near the end of the text.
func wordLong(t *token, text, low string, i int) {
	j := i
	for j < len(low) && low[j]-'a' < 26 {
		j++
	}
	ascii := true
	if j < len(text) && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
		j, ascii = wordRest(t, text, i, j)
	}
	t.end = j
	if ascii {
		t.w = *lookup(low, i, j)
	}
}

// wordRest reads on from j the word starting at i, whose letters before
// j are ASCII, and returns its end and whether all its letters are ASCII.
func wordRest(t *token, text string, i, j int) (int, bool) {
	ascii := true
	for j < len(text) {
		c := text[j]
		if isASCIILetter(c) {
			j++
			continue
		}
		if c == '\'' && j+1 < len(text) && isASCIILetter(text[j+1]) && j > i && !possessive(text, j) {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r != utf8.RuneError && unicode.IsLetter(r) {
				if j == i {
					t.upper = unicode.IsUpper(r)
				}
				ascii = false
				j += n
				continue
			}
		}
		break
	}
	return j, ascii
}

// number reads the number starting at i into t, with an ordinal suffix or
// a plural s when one is glued to it. Digits glued to other letters ("A320",
// "4km") make a word that means nothing to us.
func number(t *token, text, low string, i int) {
	t.start, t.kind = i, kNum
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		if t.digits < 9 {
			t.val = t.val*10 + int(text[j]-'0')
		}
		if t.digits < 255 {
			t.digits++
		}
		j++
	}
	t.end = j
	k := j
	for k < len(text) && isASCIILetter(text[k]) {
		k++
	}
	if k == j {
		return
	}
	switch suf := low[j:k]; {
	case suf == "st" || suf == "nd" || suf == "rd" || suf == "th":
		t.ord = true
	case suf == "s":
		t.plural = true
	case suf == "am" || suf == "pm":
		t.end = j // "2am": the number, then "am" as a word of its own
		return
	default:
		t.kind = kWord
	}
	t.end = k
}

// possessive reports whether the apostrophe at j starts a possessive or a
// contraction ending ("Friday's", "today's"), which is not part of the word.
func possessive(text string, j int) bool {
	k := j + 1
	if k < len(text) && (text[k] == 's' || text[k] == 'S') {
		return k+1 == len(text) || !isASCIILetter(text[k+1])
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
