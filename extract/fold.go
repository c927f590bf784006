package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form used for matching names: compatibility
// decomposition (NFKD) with the diacritics dropped, lower case, the
// Turkish dotless ı read as i, and typographic quotes, apostrophes and
// dashes made plain. "Erdoğan" folds to "erdogan", "Türkiye" to "turkiye",
// "Russia’s" to "russia's".
//
// Most tokens of English news are plain ASCII, so Fold returns s itself,
// without allocating, when it is already ASCII and lower case.
func Fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	for j := i; j < len(s); j++ {
		if s[j] >= utf8.RuneSelf {
			return foldUnicode(s)
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// foldUnicode is Fold for text outside ASCII.
func foldUnicode(s string) string {
	var buf [128]byte
	return string(appendFold(buf[:0], s))
}

// appendFold appends the folded form of s to out. A word of ASCII, the
// letters of Latin-1 and Latin Extended-A, in which most names outside
// ASCII are written ("Erdoğan", "Çavuşoğlu"), and the typographic marks
// of news ("’s") folds character by character from tables; any other
// text goes through the decomposing iterator.
func appendFold(out []byte, s string) []byte {
	n := len(out)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			out = appendFolded(out, rune(c))
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		f, ok := tableFold(r)
		if !ok {
			return appendDecomposed(out[:n], s)
		}
		out = append(out, f...)
		i += w
	}
	return out
}

// tableFold returns the folded form of r when a table holds it: a letter
// of Latin-1 or Latin Extended-A, or a mark of the General Punctuation
// block. Decomposition acts on each character alone, and none of these
// is a combining mark, so a word of them folds the same character by
// character as whole.
func tableFold(r rune) (string, bool) {
	switch {
	case r >= latinFirst && r < latinFirst+rune(len(latinFolds)):
		return latinFolds[r-latinFirst], true
	case r >= marksFirst && r < marksEnd:
		return markFolds[r-marksFirst], true
	}
	return "", false
}

// latinFirst is the first letter of Latin-1, À.
const latinFirst = 0xC0

// latinFolds holds the folded forms of U+00C0 to U+017F, worked out once
// by the decomposing iterator.
var latinFolds = func() (t [0x180 - latinFirst]string) {
	for i := range t {
		t[i] = string(appendDecomposed(nil, string(rune(latinFirst+i))))
	}
	return t
}()

// appendDecomposed is appendFold through the decomposing iterator, for any
// text. It reuses its iterator, so that it allocates only to grow out.
func appendDecomposed(out []byte, s string) []byte {
	it := foldIters.Get().(*norm.Iter)
	defer foldIters.Put(it)
	for it.InitString(norm.NFKD, s); !it.Done(); {
		seg := it.Next()
		for i := 0; i < len(seg); {
			r, w := utf8.DecodeRune(seg[i:])
			i += w
			out = appendFolded(out, r)
		}
	}
	return out
}

// appendFolded appends the folded form of the decomposed rune r.
func appendFolded(out []byte, r rune) []byte {
	switch {
	case 'A' <= r && r <= 'Z':
		return append(out, byte(r+'a'-'A'))
	case r < utf8.RuneSelf:
		return append(out, byte(r))
	case unicode.Is(unicode.Mn, r):
		return out // a diacritic, split off by NFKD
	}
	r = unicode.ToLower(r)
	if m, ok := foldSpecial[r]; ok {
		return append(out, m...)
	}
	return utf8.AppendRune(out, r)
}

// foldIters holds the iterators of foldUnicode.
var foldIters = sync.Pool{New: func() any { return new(norm.Iter) }}

// foldSpecial maps the lower-case letters that NFKD leaves whole, and the
// typographic marks, to their plain spelling.
var foldSpecial = map[rune]string{
	'ı': "i", 'ß': "ss", 'ø': "o", 'đ': "d", 'ð': "d", 'ł': "l", 'ħ': "h",
	'æ': "ae", 'œ': "oe", 'þ': "th",
	'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
	'\u02bc': "'",
	'\u201c': `"`, '\u201d': `"`, '\u201e': `"`, '\u201f': `"`, '\u2033': `"`,
	'\u00ab': `"`, '\u00bb': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-",
	'\u2015': "-", '\u2212': "-",
}
