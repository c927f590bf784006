package extract

import "github.com/dipnews/diplomacy/model"

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "adm": true, "gov": true, "sen": true, "rep": true, "st": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "etc": true, "inc": true,
	"co": true, "corp": true, "ltd": true, "jr": true, "sr": true, "mt": true, "ft": true,
}

// Sentences splits tokenized text into sentences. A line break always
// ends a sentence; within a line a sentence ends at '.', '!' or '?' (with
// any closing quotes and brackets) followed by a capitalised word, a quote
// or the end of the line. A line that does not end with such a mark is a
// heading, unless it holds several sentences: then it is a paragraph cut
// off mid-sentence.
func Sentences(text string, toks []Token) []Sentence {
	var out []Sentence
	line := 0
	for i := 0; i < len(toks); {
		j := i // the line is toks[i:j]
		for j < len(toks) && (j == i || !newlineBetween(text, toks[j-1].End, toks[j].Start)) {
			j++
		}
		heading := !endsSentence(toks[i:j])
		first := len(out)
		start := i
		for k := i; k < j; k++ {
			if !isStop(toks[k].Norm) || (toks[k].Norm == "." && k > i && isAbbreviation(toks[k-1])) {
				continue
			}
			end := k + 1
			for end < j && isCloser(toks[end].Norm) {
				end++
			}
			if end < j && !(toks[end].Cap || isOpener(toks[end].Norm) || toks[end].Kind == Number) {
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

func newlineBetween(text string, a, b int) bool {
	for i := a; i < b; i++ {
		if text[i] == '\n' {
			return true
		}
	}
	return false
}

// endsSentence reports whether a line ends with closing punctuation.
func endsSentence(line []Token) bool {
	k := len(line) - 1
	for k > 0 && isCloser(line[k].Norm) {
		k--
	}
	return k >= 0 && (isStop(line[k].Norm) || line[k].Norm == "u.s." || line[k].Norm == ":" && len(line) > 1 && k < len(line)-1)
}

func isStop(n string) bool { return n == "." || n == "!" || n == "?" || n == "…" }

func isCloser(n string) bool { return n == "\"" || n == "'" || n == ")" || n == "]" }

func isOpener(n string) bool { return n == "\"" || n == "'" || n == "(" || n == "[" }

func isAbbreviation(t Token) bool {
	if t.Kind != Word {
		return false
	}
	if len(t.Norm) == 1 && t.Cap {
		return true // an initial
	}
	return abbreviations[t.Norm]
}
