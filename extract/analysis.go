package extract

import (
	"strings"
	"time"

	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/model"
)

// Sentence is a sentence of the text, or a line that is not one (a
// headline, a caption, a teaser of another story).
type Sentence struct {
	Span model.Span
	// First and Last+1 index the sentence's tokens in Analysis.Tokens.
	First, End int
	// Line is the index of the line (paragraph) the sentence is on,
	// counted from the start of the text.
	Line int
	// Heading is true for a line with no closing punctuation: a headline,
	// a teaser, a menu entry.
	Heading bool
	// Tail is true for a heading after the article's last sentence: the
	// headlines of other stories that pages append.
	Tail bool
}

// Analysis is the shared reading of one article, or of one part of a long
// text (see AnalyzeParts): computed once, read by every extractor. It must
// not be modified by extractors.
//
// Text is always the whole text, and every offset and span is into it.
// Tokens, Sentences, Mentions and Dates cover the part
// Text[PartStart:PartEnd], which is all of Text unless the text is long.
type Analysis struct {
	Text string
	// PartStart and PartEnd bound the part of Text analysed.
	PartStart, PartEnd int
	Anchor             dates.Anchor
	Dateline           *model.Dateline
	Tokens             []Token
	Sentences          []Sentence
	Mentions           []Mention
	// Dates lists every temporal expression, in text order.
	Dates   []model.Date
	Lexicon *Lexicon
	// Source names the outlet, when the caller gave it.
	Source string
	// folded and tail hold the folded forms of the tokens (see Tokens).
	folded, tail string
	// base is the offset in Text of the part folded holds.
	base int
	// cues holds, by token, the bits of the phrase sets with a phrase
	// that starts with its word (see cuesOf).
	cues []uint64
	// sentenceCues holds, by sentence, the union of its tokens' cues;
	// blockCues by block of cueBlock tokens.
	sentenceCues, blockCues []uint64
	// civilDay is the date of Anchor.Day at midnight UTC (see civil), as
	// the terms of offices are compared with.
	civilDay time.Time
}

// Norm returns the folded form of Tokens[k], used for matching: lower
// case, diacritics removed, typographic quotes and dashes made plain
// (see Fold). The string may be kept: it is the text's own bytes when
// the token is already folded, else a copy.
func (a *Analysis) Norm(k int) string {
	n := a.norm(k)
	if t := &a.Tokens[k]; t.End-t.Start == len(n) && a.Text[t.Start:t.End] == n {
		return a.Text[t.Start:t.End]
	}
	return strings.Clone(n)
}

// norm is Norm without the copy: the string lies in room the next part
// or text writes over, so it is only compared, never kept.
func (a *Analysis) norm(k int) string { return a.Tokens[k].normIn(a.folded, a.tail, a.base) }
