package dates

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
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

// tokenize splits text into tokens in one pass, and writes the bytes of
// each token into low, at the same offsets, with its ASCII letters in
// lower case: the room, as long as text, in which words are looked up and
// which the scanner reads them from (scanner.words). Nothing reads the
// bytes of low between tokens, which the loop of plainWords may write
// too. No pass of its own lowers the text. toks is reused.
func tokenize(text string, low []byte, toks []token) []token {
	low = low[:len(text)]
	space, brk := true, true
	for i := 0; i < len(text); {
		if n := len(toks); text[i]|0x20-'a' < 26 {
			var sp bool
			if toks, i, sp = plainWords(text, low, toks, i, space); len(toks) > n {
				toks[n].brk = brk
				space, brk = sp, false
			}
		}
		if i >= len(text) {
			break
		}
		switch c := text[i]; byteClass[c] {
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
			if t.kind == kNum {
				t.w.c = cStart
			}
			i = t.end
		case bLetter:
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
				toks = append(toks, token{start: i, end: i + n, kind: kPunct, ch: r, w: word{c: markClass(r)}})
				copy(low[i:i+n], text[i:])
				i += n
			}
		default:
			toks = append(toks, token{start: i, end: i + 1, kind: kPunct, ch: rune(c), w: word{c: markClass(rune(c))}})
			low[i] = c
			i++
		}
		t := &toks[len(toks)-1]
		t.space, t.brk = space, brk
		space, brk = false, false
	}
	return toks
}

// markClass is the class of the punctuation mark r: cStart for a
// quotation mark, which may open a year ("the '90s"), else none.
func markClass(r rune) class {
	if r == '\'' || r == '’' {
		return cStart
	}
	return 0
}

// plainWords appends the tokens of the plain words from i on, as many as
// follow one another with at most a space between them, and returns the
// tokens, where it stopped and whether it passed over a space there. A
// plain word has fewer than sixteen ASCII letters, then a byte that
// neither joins them to more letters nor starts one: most words are
// plain. The first word's token follows white space if space is true,
// and the others follow no line break. The loop makes no call, which
// would make it keep its state in memory rather than in registers.
//
// It reads eight bytes of text at a time with the case bit of each set,
// as or-ing caseBits sets it: that turns a capital into its small letter
// and no other byte into a letter, so the letters it finds are those of
// the text, and their bytes, so set, the word in lower case, which it
// writes into low eight bytes at a time.
func plainWords(text string, low []byte, toks []token, i int, space bool) ([]token, int, bool) {
	low = low[:len(text)]
	for i+17 <= len(text) && len(toks) < cap(toks) {
		x := load8At(text, i) | caseBits
		n, key := 8, x
		if m := outRange(x, 'a', 'z'); m != 0 {
			n = bits.TrailingZeros64(m) / 8
			if n == 0 {
				break
			}
			// m ^ (m-1) has the bits up to m's lowest, the top one of
			// the byte past the letters: a byte less, it masks them.
			key &= (m ^ (m - 1)) >> 8
		} else if m := outRange(load8At(text, i+8)|caseBits, 'a', 'z'); m != 0 {
			n += bits.TrailingZeros64(m) / 8
		} else {
			break
		}
		j := i + n
		// The byte past the letters is none, nor a capital: it reads
		// the same in text and in lower case.
		e := byteAt(text, j)
		if e == '\'' || e >= utf8.RuneSelf && (e != 0xe2 || byteAt(text, j+1) != 0x80) {
			// An apostrophe may join two words ("o'clock"), and a byte
			// past ASCII may start a letter, save in the block of U+2000
			// to U+203F, all spaces and marks ("’", "—").
			break
		}
		store8At(low, i, x)
		var w *word
		if n <= 8 {
			w = find(key)
		} else {
			tail := load8At(text, j-8) | caseBits
			store8At(low, j-8, tail)
			w = findLong(x, tail, n)
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		// Written field by field, the token is not first built on the
		// stack and then copied. Its kind, kWord, is the zero one.
		*t = token{}
		t.w = *w
		t.start = i
		t.end = j
		t.space = space
		t.upper = byteAt(text, i)&0x20 == 0
		// Most words are followed by one space: it is taken here,
		// without another turn of the loop.
		space, i = e == ' ', j
		if space {
			i++
		}
	}
	return toks, i, space
}

// caseBits has the case bit, 0x20, in each of its eight bytes.
const caseBits = 0x20 * ones

// load8At and byteAt read s at i, as load8(s[i:]) and s[i] do, with no
// test of bounds: they are for the loop of plainWords, whose test of i+17
// against len(s) covers every read. The tests the compiler would add, as
// it cannot tell they are needless, cost the loop several instructions a
// word.
func load8At(s string, i int) uint64 {
	b := (*[8]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func byteAt(s string, i int) byte {
	return *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
}

// store8At writes x into b at i, little-endian, as
// binary.LittleEndian.PutUint64(b[i:], x) does, with no test of bounds:
// the test of plainWords' loop covers it too.
func store8At(b []byte, i int, x uint64) {
	*(*[8]byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), i)) = [8]byte{
		byte(x), byte(x >> 8), byte(x >> 16), byte(x >> 24), byte(x >> 32), byte(x >> 40), byte(x >> 48), byte(x >> 56)}
}

// wordAt reads the word starting at i into t, for the words plainWords
// does not read: one of sixteen bytes or more, one with an apostrophe or
// a letter outside ASCII, or one near the end of the text.
func wordAt(t *token, text string, low []byte, i int) {
	t.start, t.kind = i, kWord
	c := text[i]
	t.upper = c >= 'A' && c <= 'Z'
	j := i
	for j < len(text) && text[j]|0x20-'a' < 26 {
		j++
	}
	ascii := true
	if j < len(text) && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
		j, ascii = wordRest(t, text, i, j)
	}
	t.end = j
	lowerAt(low, text, i, j)
	if ascii {
		t.w = *lookup(view(low), i, j)
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
func number(t *token, text string, low []byte, i int) {
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
	lowerAt(low, text, i, k)
	if k == j {
		return
	}
	switch suf := view(low)[j:k]; {
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

// lowerAt writes text[i:j] into low at i, its ASCII letters in lower case.
func lowerAt(low []byte, text string, i, j int) {
	for k := i; k < j; k++ {
		c := text[k]
		if c-'A' < 26 {
			c |= 0x20
		}
		low[k] = c
	}
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
