package extract

import (
	"github.com/dipnews/diplomacy/model"
)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = newWordSet(
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
	"maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
	"co", "corp", "ltd", "jr", "sr", "mt", "ft",
)

// Sentences splits tokenized text into sentences. A line break always
// ends a sentence; within a line a sentence ends at '.', '!' or '?' (with
// any closing quotes and brackets) followed by a capitalised word, a quote
// or the end of the line. A line that does not end with such a mark is a
// heading, unless it holds several sentences: then it is a paragraph cut
// off mid-sentence.
func Sentences(text string, ts Tokens) []Sentence { return sentencesInto(nil, text, ts) }

// sentencesInto is Sentences appending the sentences to buf[:0].
func sentencesInto(buf []Sentence, text string, ts Tokens) []Sentence {
	out := buf[:0]
	if cap(out) == 0 {
		// A sentence of news runs to twenty tokens or more.
		out = make([]Sentence, 0, len(ts.List)/24+1)
	}
	line := 0
	toks := ts.List
	// b and st are the first of ts.breaks and ts.stops not yet passed.
	b, st := 0, 0
	for i := 0; i < len(toks); {
		// The line is toks[i:j], j the first token after the next line
		// break.
		for b < len(ts.breaks) && ts.breaks[b] <= i {
			b++
		}
		j := len(toks)
		if b < len(ts.breaks) {
			j = ts.breaks[b]
		}
		heading := !endsSentence(ts, i, j)
		first := len(out)
		start := i
		for k := ts.nextStop(&st, i, j); k < j; k = ts.nextStop(&st, k+1, j) {
			if toks[k].word == wPeriod && k > i && isAbbreviation(ts, k-1) {
				continue
			}
			end := k + 1
			for end < j && closers.has(toks[end].word) {
				end++
			}
			if end < j && !(toks[end].Cap || openers.has(toks[end].word) || toks[end].Kind == Number) {
				continue
			}
			out = appendSentence(out, text, toks, start, end, line, heading)
			start, k = end, end-1
		}
		if start < j {
			out = appendSentence(out, text, toks, start, j, line, heading)
		}
		if heading && len(out)-first > 1 {
			// Several sentences: a paragraph cut off mid-sentence, not a headline.
			for k := first; k < len(out); k++ {
				out[k].Heading = false
			}
		}
		i = j
		line++
	}
	return out
}

// maxSentence is the most tokens a sentence holds. The longest sentences
// of news run to a hundred words or so; a longer run of text with no stop
// (a scraped page with its punctuation lost) is cut into pieces of this
// size, so that the extractors, which look around each cue within its
// sentence, take time linear in the length of the text.
const maxSentence = 400

// appendSentence appends the sentence of tokens [first, end), cut into
// pieces of at most maxSentence tokens.
func appendSentence(out []Sentence, text string, toks []Token, first, end, line int, heading bool) []Sentence {
	for ; end-first > maxSentence; first += maxSentence {
		out = append(out, newSentence(text, toks, first, first+maxSentence, line, heading))
	}
	return append(out, newSentence(text, toks, first, end, line, heading))
}

func newSentence(text string, toks []Token, first, end, line int, heading bool) Sentence {
	return Sentence{
		Span:    model.Span{Start: toks[first].Start, End: toks[end-1].End},
		First:   first,
		End:     end,
		Line:    line,
		Heading: heading,
	}
}

// endsSentence reports whether the line of tokens [first, end) ends with
// closing punctuation.
func endsSentence(ts Tokens, first, end int) bool {
	k := end - 1
	for k > first && closers.has(ts.List[k].word) {
		k--
	}
	if k < first {
		return false
	}
	w := ts.List[k].word
	return stops.has(w) || w == wUS || w == wColon && end-first > 1 && k < end-1
}

// nextStop returns the first token of [k, end) that may end a sentence,
// or end: the first of ts.stops from *st on that is k or more, *st
// moved to it.
func (ts *Tokens) nextStop(st *int, k, end int) int {
	for *st < len(ts.stops) && ts.stops[*st] < k {
		*st++
	}
	if *st < len(ts.stops) && ts.stops[*st] < end {
		return ts.stops[*st]
	}
	return end
}

// The marks that end a sentence, that close one after its stop, and that
// open one, by word.
var (
	stops   = newWordSet(".", "!", "?", "…")
	closers = newWordSet("\"", "'", ")", "]")
	openers = newWordSet("\"", "'", "(", "[")
)

// isAbbreviation reports whether token k is an initial or an
// abbreviation that a dot follows ("Feb.", "Mr.").
func isAbbreviation(ts Tokens, k int) bool {
	t := &ts.List[k]
	if t.Kind != Word {
		return false
	}
	n := ts.Norm(k)
	if len(n) == 1 && t.Cap {
		return true // an initial
	}
	return abbreviations.has(t.word)
}
