package dates

import (
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
	// digits is the number of digits of a number.
	digits uint8
	// ch is a punctuation token's character.
	ch rune
	// val is a number's value (digits only).
	val int
	// w is the lexicon entry of a word.
	w word
	// low is the lower-case word.
	low string
}

// tokenize splits text into tokens in one pass. low is text in lower case
// (ASCII letters folded), so that words can be looked up without
// allocating; toks is reused.
func tokenize(text, low string, toks []token) []token {
	space, brk := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c == '\n':
				space, brk = true, true
				i++
				continue
			case c >= '0' && c <= '9':
				toks = append(toks, number(text, low, i, space, brk))
				i = toks[len(toks)-1].end
				space, brk = false, false
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				t := wordAt(text, low, i, space, brk)
				toks = append(toks, t)
				i = t.end
				space, brk = false, false
				continue
			}
			toks = append(toks, token{start: i, end: i + 1, kind: kPunct, space: space, brk: brk, ch: rune(c)})
			i++
			space, brk = false, false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r != utf8.RuneError && unicode.IsSpace(r):
			space = true
		case r != utf8.RuneError && unicode.IsLetter(r):
			t := wordAt(text, low, i, space, brk)
			toks = append(toks, t)
			i = t.end
			space, brk = false, false
			continue
		default:
			toks = append(toks, token{start: i, end: i + n, kind: kPunct, space: space, brk: brk, ch: r})
			space, brk = false, false
		}
		i += n
	}
	return toks
}

// wordAt reads the word starting at i.
func wordAt(text, low string, i int, space, brk bool) token {
	t := token{start: i, kind: kWord, space: space, brk: brk}
	c := text[i]
	t.upper = c >= 'A' && c <= 'Z'
	ascii := true
	h := uint32(2166136261)
	j := i
	for j < len(text) {
		c := text[j]
		if c >= 'a' && c <= 'z' {
			h = hashStep(h, c)
			j++
			continue
		}
		if c >= 'A' && c <= 'Z' {
			h = hashStep(h, c+'a'-'A')
			j++
			continue
		}
		if c == '\'' && j+1 < len(text) && isASCIILetter(text[j+1]) && j > i && !possessive(text, j) {
			h = hashStep(h, c)
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
	t.end = j
	t.low = low[i:j]
	if ascii {
		t.w = lookup(t.low, h)
	}
	return t
}

// number reads the number starting at i, with an ordinal suffix or a
// plural s when one is glued to it. Digits glued to other letters ("A320",
// "4km") make a word that means nothing to us.
func number(text, low string, i int, space, brk bool) token {
	t := token{start: i, kind: kNum, space: space, brk: brk}
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		if t.digits < 9 {
			t.val = t.val*10 + int(text[j]-'0')
		}
		t.digits++
		j++
	}
	t.end = j
	k := j
	for k < len(text) && isASCIILetter(text[k]) {
		k++
	}
	if k == j {
		return t
	}
	switch suf := low[j:k]; {
	case suf == "st" || suf == "nd" || suf == "rd" || suf == "th":
		t.ord = true
	case suf == "s":
		t.plural = true
	default:
		t.kind = kWord
		t.low = low[i:k]
	}
	t.end = k
	return t
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

// lower returns text with ASCII letters in lower case and every other byte
// unchanged, so that offsets agree with text.
func lower(text string, buf []byte) []byte {
	buf = append(buf[:0], text...)
	for i, c := range buf {
		if c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return buf
}
