package extract

// TokenKind classifies a token.
type TokenKind uint8

// The kinds of token.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark in the text.
type Token struct {
	// Start and End are byte offsets into the text.
	Start, End int
	// Norm is the token folded for matching: lower case, diacritics
	// removed, typographic quotes and dashes made plain.
	Norm string
	Kind TokenKind
	// Cap is true when the token starts with an upper-case letter.
	Cap bool
}
