package extract

import (
	"context"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dipnews/diplomacy/dates"
)

// DefaultPartSize is the longest text AnalyzeParts reads in one part, in
// bytes: far more than a news article, so that an article is always read
// whole, and little enough that the analysis of a part (about twenty bytes
// for each byte of text) stays small beside the text itself.
const DefaultPartSize = 64 << 10

// AnalyzeParts is Analyze for a text of any length, in bounded memory: it
// calls fn with the analysis of each part of text in turn, and stops at
// the first error fn returns, or when ctx is done, returning that error.
// fn must not keep the Analysis, nor anything in it, past its return:
// the next part, or the next text, reuses the Analysis and the room of
// its tokens, sentences and mentions, of their folded forms and, after
// the first part, of its dates.
//
// A text of at most partSize bytes is one part, whose analysis is the one
// Analyze gives. A longer text is cut into parts of at most partSize
// bytes, at the end of a paragraph (a blank line) when one lies in the
// second half of the part, else at a line break, else after a sentence's
// final stop, else at a space, else between two characters. partSize 0
// means DefaultPartSize.
//
// Each Analysis has the whole text as Text, and every offset, span and
// line index is into the whole text; its Tokens, Sentences, Mentions and
// Dates are those of its part. The dateline and the anchor are the
// text's: read once from its start (the first part), they are the same
// for every part. What a part cannot see of the parts before it:
//
//   - an expression that refers to a date named before it ("the
//     following day", "a year earlier") and an extractor's look back
//     (meetings told before, actors named before) stop at the start of
//     the part;
//   - with no dateline place, the zone of the anchor is that of the
//     place the first part names most, and a dateline with no year and
//     no publication date takes the year of the dates of the first part;
//   - the headlines of other stories at the end of the text are marked as
//     such (Sentence.Tail) only within the last part;
//   - a cut within a line (a line longer than half a part) ends a
//     sentence there, and a cut within a word (a word longer than half a
//     part) splits the word.
func AnalyzeParts(ctx context.Context, text string, published time.Time, lex *Lexicon, f *dates.Finder, partSize int, fn func(*Analysis) error) error {
	if partSize <= 0 {
		partSize = DefaultPartSize
	}
	end, inLine := nextCut(text, 0, partSize)
	var d document
	d.init(text, published, lex, f, end)
	d.buf = reusable.Get().(*buffers)
	defer d.buf.release()
	for start := 0; ; {
		if err := ctx.Err(); err != nil {
			return err
		}
		last := end == len(text)
		a, err := d.analyze(ctx, start, end, last)
		if err != nil {
			return err
		}
		if err := fn(a); err != nil {
			return err
		}
		if last {
			return nil
		}
		if inLine && d.lines > 0 {
			d.lines-- // the next part goes on with the same line
		}
		start = end
		end, inLine = nextCut(text, start, partSize)
	}
}

// reusable holds the analyses and lists whose room AnalyzeParts reuses,
// from one part to the next and from one text to the next: the tokens,
// sentences and mentions are the largest things an analysis allocates.
var reusable = sync.Pool{New: func() any { return new(buffers) }}

// release returns buf to reusable, without the text, the report's records
// and the lexicon its analysis points to, which the pool must not keep.
func (buf *buffers) release() {
	buf.analysis = Analysis{}
	clear(buf.dates)
	buf.dates = buf.dates[:0]
	reusable.Put(buf)
}

// nextCut returns the end of the part of text that starts at start and is
// at most size bytes long, and whether the cut falls within a line. The
// cut is sought in the second half of the part: after a blank line, else
// after a line break, else after a stop and a space, else after a space,
// else before a character.
func nextCut(text string, start, size int) (end int, inLine bool) {
	if len(text)-start <= size {
		return len(text), false
	}
	lo, hi := start+max(size/2, 1), start+size
	lastBreak := -1
	for i := hi - 1; i >= lo; i-- {
		if text[i] != '\n' {
			continue
		}
		if lastBreak < 0 {
			lastBreak = i
		}
		k := i - 1
		for k >= start && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k--
		}
		if k >= start && text[k] == '\n' {
			return i + 1, false // after a blank line
		}
		i = k + 1 // the loop goes on before the spaces
	}
	if lastBreak >= 0 {
		return lastBreak + 1, false
	}
	lastSpace := -1
	for i := hi - 1; i >= lo; i-- {
		if text[i] != ' ' && text[i] != '\t' {
			continue
		}
		if lastSpace < 0 {
			lastSpace = i
		}
		if c := text[i-1]; c == '.' || c == '!' || c == '?' {
			return i + 1, true
		}
	}
	if lastSpace >= 0 {
		return lastSpace + 1, true
	}
	end = hi
	for end > lo && !utf8.RuneStart(text[end]) {
		end--
	}
	return end, true
}
