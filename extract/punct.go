package extract

import (
	"unicode"
	"unicode/utf8"
)

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

// markFold is the folded form of a mark and its word, and how the
// tokenizer reads the mark: its class (markSpace or markPunct: the block
// holds no letter nor digit), whether it is upper case and whether it is
// an apostrophe, which may start a suffix ("’s").
type markFold struct {
	fold       string
	word       wordID
	class      uint8
	upper      bool
	apostrophe bool
}

// The typographic quotes and dashes of news text lie in the General
// Punctuation block; their folded forms are computed once, for the
// tokenizer to copy instead of folding each of them again.
const (
	marksFirst = 0x2000
	marksEnd   = 0x2070
)

// markFolds holds the folded forms of the block, worked out once by the
// decomposing iterator; generalMarks adds their words once the vocabulary
// is complete.
var (
	markFolds = func() (t [marksEnd - marksFirst]string) {
		for i := range t {
			t[i] = string(appendDecomposed(nil, string(rune(marksFirst+i))))
		}
		return t
	}()
	generalMarks [marksEnd - marksFirst]markFold
)

func init() {
	for i, f := range markFolds {
		r := rune(marksFirst + i)
		class := uint8(markPunct)
		if isSpace(r) {
			class = markSpace
		}
		generalMarks[i] = markFold{f, wordOf(f), class, unicode.IsUpper(r), isApostrophe(r)}
	}
}

// generalMark returns the mark r of the General Punctuation block, or nil
// when r lies outside it.
func generalMark(r rune) *markFold {
	if r < marksFirst || r >= marksEnd {
		return nil
	}
	return &generalMarks[r-marksFirst]
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
