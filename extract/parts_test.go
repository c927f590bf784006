package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/model"
)

func TestNextCut(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		start  int
		size   int
		want   int
		inLine bool
	}{
		{"short text is one part", "One.\n\nTwo.", 0, 64, 10, false},
		{"text of exactly the size", "abcd", 0, 4, 4, false},
		{"after the last blank line in the second half", "aaaa.\n\nbbbb.\n\ncc.\nddddddddd", 0, 20, 14, false},
		{"a blank line with spaces and a carriage return", "aaaaaaaaaa.\n \t\r\nbbbbbbbbbbbb", 0, 20, 16, false},
		{"a blank line in the first half only: a line break", "a.\n\nbbbbbbbbbbbb.\ncccccccccccccccccc", 0, 20, 18, false},
		{"no line break: after a stop and a space", "aaaa bbbbbbbb. ccc dddddddddddd", 0, 20, 15, true},
		{"no stop: after the last space", "aaaa bbbbbbbb ccc dddddddddddd", 0, 20, 18, true},
		{"no space: before a character", strings.Repeat("é", 20), 0, 21, 20, true},
		{"from a later start", "xxxxxxxxxx" + "aaaa.\n\nbbbb.\n\ncc.\nddddddddd", 10, 20, 24, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, inLine := nextCut(tt.text, tt.start, tt.size)
			if got != tt.want || inLine != tt.inLine {
				t.Errorf("nextCut(%q, %d, %d) = %d, %v; want %d, %v", tt.text, tt.start, tt.size, got, inLine, tt.want, tt.inLine)
			}
			if got <= tt.start || got-tt.start > tt.size || got < len(tt.text) && !utf8.RuneStart(tt.text[got]) {
				t.Errorf("cut at %d: want a character boundary within (%d, %d]", got, tt.start, tt.start+tt.size)
			}
		})
	}
}

// seedArchive returns the seed articles one after another, each followed
// by a blank line, repeated until the text is at least n bytes long.
func seedArchive(t testing.TB, n int) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for b.Len() < n {
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(text)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// parts returns the analyses AnalyzeParts gives for text, cut at size,
// each copied as fn receives it, since the next part reuses the room of
// its lists and folded forms.
func parts(t *testing.T, text string, pub time.Time, size int) []*Analysis {
	t.Helper()
	var out []*Analysis
	err := AnalyzeParts(context.Background(), text, pub, DefaultLexicon(), dates.New(), size, func(a *Analysis) error {
		c := *a
		c.Tokens = slices.Clone(a.Tokens)
		c.Sentences = slices.Clone(a.Sentences)
		c.Mentions = slices.Clone(a.Mentions)
		c.Dates = slices.Clone(a.Dates)
		c.folded, c.tail = strings.Clone(a.folded), strings.Clone(a.tail)
		out = append(out, &c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPartsCutAtParagraphs checks that the parts of an archive follow one
// another with no gap, each at most the part size, and that each ends
// with a blank line when the second half of the part holds one, else
// with a line break: the seeds put a blank line between articles, and
// some between paragraphs.
func TestPartsCutAtParagraphs(t *testing.T) {
	text := seedArchive(t, 100<<10)
	for _, size := range []int{2 << 10, 5000, 16 << 10} {
		ps := parts(t, text, time.Time{}, size)
		if len(ps) < len(text)/size {
			t.Errorf("size %d: %d parts for %d bytes", size, len(ps), len(text))
		}
		end := 0
		for i, a := range ps {
			if a.Text != text || a.PartStart != end || a.PartEnd <= a.PartStart || a.PartEnd-a.PartStart > size {
				t.Fatalf("size %d: part %d is [%d, %d) after a part ending at %d", size, i, a.PartStart, a.PartEnd, end)
			}
			end = a.PartEnd
			switch {
			case end == len(text):
			case strings.Contains(text[a.PartStart+size/2:a.PartStart+size], "\n\n") && !strings.HasSuffix(text[:end], "\n\n"):
				t.Errorf("size %d: part %d ends within a paragraph: %q", size, i, text[max(0, end-40):end])
			case !strings.HasSuffix(text[:end], "\n"):
				t.Errorf("size %d: part %d ends within a line: %q", size, i, text[max(0, end-40):end])
			}
			for _, x := range a.Tokens {
				if x.Start < a.PartStart || x.End > a.PartEnd {
					t.Fatalf("size %d: part %d [%d, %d) holds a token at [%d, %d)", size, i, a.PartStart, a.PartEnd, x.Start, x.End)
				}
			}
		}
		if end != len(text) {
			t.Errorf("size %d: the parts end at %d, the text at %d", size, end, len(text))
		}
	}
}

// TestPartsMatchWhole reads an archive of the seeds whole and in parts of
// several sizes: the tokens, sentences, mentions and dates of the parts,
// put end to end, are those of the whole, at the same offsets, lines and
// with the same dateline and anchor. (No seed refers back to a date more
// than a paragraph before, which a part would not see.) Between the
// articles, a clock time in Washington's local time checks that each part
// reads the zone of its own sentences, not of those at the same offset in
// the first part.
func TestPartsMatchWhole(t *testing.T) {
	pub := time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)
	const local = "\n\nPompeo met Lavrov in Washington at 10 a.m. local time on Thursday.\n\n"
	text := strings.ReplaceAll(seedArchive(t, 40<<10), "\n\n", local)
	whole, err := Analyze(context.Background(), text, pub, DefaultLexicon(), dates.New())
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Sentences) == 0 || len(whole.Mentions) == 0 || len(whole.Dates) == 0 || whole.Dateline == nil {
		t.Fatal("the archive has no sentences, mentions, dates or dateline")
	}
	for _, d := range whole.Dates {
		if strings.HasPrefix(d.Text, "10 a.m. local time") && !strings.HasSuffix(d.Value, "T15:00Z") {
			t.Fatalf("%q at %d is %s, want 10 a.m. in Washington, 15:00 UTC", d.Text, d.Span.Start, d.Value)
		}
	}
	for _, size := range []int{3000, 8 << 10, 64 << 10} {
		ps := parts(t, text, pub, size)
		if want := (len(text) + size - 1) / size; len(ps) < want {
			t.Fatalf("size %d: %d parts, want at least %d", size, len(ps), want)
		}
		var toks []Token
		var norms []string
		var sents []Sentence
		var ments []Mention
		var ds []model.Date
		for _, a := range ps {
			base := len(toks)
			toks = append(toks, a.Tokens...)
			for k := range a.Tokens {
				norms = append(norms, a.Norm(k))
			}
			for _, s := range a.Sentences {
				s.First += base
				s.End += base
				sents = append(sents, s)
			}
			for _, m := range a.Mentions {
				m.First += base
				m.End += base
				ments = append(ments, m)
			}
			ds = append(ds, a.Dates...)
			if !a.Anchor.Day.Equal(whole.Anchor.Day) || a.Anchor.Day.Location() != whole.Anchor.Day.Location() {
				t.Errorf("size %d: part [%d, %d) anchored on %v, want %v", size, a.PartStart, a.PartEnd, a.Anchor.Day, whole.Anchor.Day)
			}
			if diff := cmp.Diff(whole.Dateline, a.Dateline); diff != "" {
				t.Errorf("size %d: part [%d, %d) has another dateline (-whole +part):\n%s", size, a.PartStart, a.PartEnd, diff)
			}
		}
		// Where a folded form is kept depends on the part; the form
		// itself must not.
		unplaced := func(ts []Token) []Token {
			out := slices.Clone(ts)
			for i := range out {
				out[i].fold = 0
			}
			return out
		}
		if diff := cmp.Diff(unplaced(whole.Tokens), unplaced(toks), cmp.AllowUnexported(Token{})); diff != "" {
			t.Errorf("size %d: tokens differ (-whole +parts):\n%s", size, diff)
		}
		wholeNorms := make([]string, len(whole.Tokens))
		for k := range whole.Tokens {
			wholeNorms[k] = whole.Norm(k)
		}
		if diff := cmp.Diff(wholeNorms, norms); diff != "" {
			t.Errorf("size %d: folded tokens differ (-whole +parts):\n%s", size, diff)
		}
		if diff := cmp.Diff(whole.Sentences, sents); diff != "" {
			t.Errorf("size %d: sentences differ (-whole +parts):\n%s", size, diff)
		}
		if diff := cmp.Diff(whole.Mentions, ments, cmp.Comparer(func(a, b *Entry) bool { return a == b })); diff != "" {
			t.Errorf("size %d: mentions differ (-whole +parts):\n%s", size, diff)
		}
		if diff := cmp.Diff(whole.Dates, ds); diff != "" {
			t.Errorf("size %d: dates differ (-whole +parts):\n%s", size, diff)
		}
	}
}

// TestPartsStop checks that AnalyzeParts stops at the first error of fn
// and at a cancelled context, between parts.
func TestPartsStop(t *testing.T) {
	text := seedArchive(t, 40<<10)
	stop := errors.New("stop")
	n := 0
	err := AnalyzeParts(context.Background(), text, time.Time{}, DefaultLexicon(), dates.New(), 4096, func(*Analysis) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("got %v after %d parts, want the error of fn after 2", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = AnalyzeParts(ctx, text, time.Time{}, DefaultLexicon(), dates.New(), 4096, func(*Analysis) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("got %v after %d parts, want context.Canceled after 1", err, n)
	}
}
