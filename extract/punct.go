package extract

import "unicode/utf8"

// The tokenizer takes the ASCII bytes that are neither letters nor digits
// in one step: white space is skipped, and every other mark but the
// apostrophe, which may start a suffix ("'s"), is a token of one byte
// whose word is known in advance.
const (
	markNone = iota // a letter, a digit or the apostrophe
	markSpace
	markPunct
)

var asciiMark = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case asciiClass[c] != classOther, isApostrophe(rune(c)):
			t[c] = markNone
		case isSpace(rune(c)):
			t[c] = markSpace
		default:
			t[c] = markPunct
		}
	}
	return t
}()

// punctWords holds the word of each ASCII mark, as wordOf gives it. It is
// filled once the vocabulary is complete: init functions run after every
// package variable is set.
var punctWords [utf8.RuneSelf]wordID

func init() {
	for c := range punctWords {
		punctWords[c] = wordOf(string(rune(c)))
	}
}

// markFold is the folded form of a mark and its word.
type markFold struct {
	fold string
	word wordID
}

// The typographic quotes and dashes of news text lie in the General
// Punctuation block; their folded forms are computed once, for the
// tokenizer to copy instead of folding each of them again.
const (
	marksFirst = 0x2000
	marksEnd   = 0x2070
)

var generalMarks [marksEnd - marksFirst]markFold

func init() {
	for r := rune(marksFirst); r < marksEnd; r++ {
		f := string(appendFold(nil, string(r)))
		generalMarks[r-marksFirst] = markFold{f, wordOf(f)}
	}
}

// foldedMark returns the folded form of s when s is one character of the
// General Punctuation block.
func foldedMark(s string) (markFold, bool) {
	r, w := utf8.DecodeRuneInString(s)
	if w != len(s) || r < marksFirst || r >= marksEnd {
		return markFold{}, false
	}
	return generalMarks[r-marksFirst], true
}

// appendMarksFold appends the folded form of s to out when s holds only
// ASCII and characters of the General Punctuation block ("’s"): every
// one of them folds on its own then, read from the tables, without the
// decomposing iterator. ok is false for any other text.
func appendMarksFold(out []byte, s string) (_ []byte, ok bool) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			out = append(out, lowerASCII[c])
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r < marksFirst || r >= marksEnd {
			return out, false
		}
		out = append(out, generalMarks[r-marksFirst].fold...)
		i += w
	}
	return out, true
}
