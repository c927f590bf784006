package diplomacy_test

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/extract"
)

// archive returns a document of exactly size bytes made of the seed
// articles one after another, as a scraped archive would hold them; the
// last one is cut short, on a character boundary.
func archive(tb testing.TB, size int) string {
	tb.Helper()
	seeds := loadSeeds(tb)
	var b strings.Builder
	b.Grow(size + 4096)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(seeds[i%len(seeds)].text)
		b.WriteString("\n\n")
	}
	s := b.String()[:size]
	for len(s) > 0 && !utf8.RuneStart(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// measure runs body in the benchmark loop over an input of n bytes and
// reports, besides the usual figures, the allocations per KiB of input:
// the figure that shows whether any work allocates per byte.
func measure(b *testing.B, n int, body func()) {
	b.Helper()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		body()
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/(float64(n)/1024), "allocs/KiB")
}

func BenchmarkParseSeed(b *testing.B) {
	p, err := diplomacy.New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, s := range loadSeeds(b) {
		a := diplomacy.Article{ID: s.name, Text: s.text, Published: s.published}
		b.Run(s.name, func(b *testing.B) {
			measure(b, len(a.Text), func() {
				if _, err := p.Parse(ctx, a); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

func BenchmarkParseArchive(b *testing.B) {
	p, err := diplomacy.New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, size := range []struct {
		name string
		n    int
	}{{"1MiB", 1 << 20}, {"8MiB", 8 << 20}} {
		a := diplomacy.Article{Text: archive(b, size.n), Published: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)}
		b.Run(size.name, func(b *testing.B) {
			measure(b, len(a.Text), func() {
				if _, err := p.Parse(ctx, a); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

func BenchmarkDatesFind(b *testing.B) {
	text := archive(b, 1<<20)
	f := dates.New()
	a := dates.Anchor{Day: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)}
	measure(b, len(text), func() { f.Find(text, a) })
}

func BenchmarkLexiconMatch(b *testing.B) {
	text := archive(b, 1<<20)
	lex := extract.DefaultLexicon()
	toks := extract.Tokenize(text)
	measure(b, len(text), func() { lex.Match(text, toks) })
}

// gapContext records the longest stretch Parse runs without looking at
// its context, which bounds how long a cancellation waits to be seen.
// Parse runs on one goroutine, so it needs no lock.
type gapContext struct {
	context.Context
	last time.Time
	max  time.Duration
}

func (c *gapContext) Err() error {
	now := time.Now()
	c.max = max(c.max, now.Sub(c.last))
	c.last = now
	return nil
}

// BenchmarkCancel parses the 8 MiB archive and reports the longest time
// between two looks at the context: the delay before a cancelled parse
// of a large text returns.
func BenchmarkCancel(b *testing.B) {
	p, err := diplomacy.New()
	if err != nil {
		b.Fatal(err)
	}
	a := diplomacy.Article{Text: archive(b, 8<<20), Published: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)}
	var worst time.Duration
	for b.Loop() {
		ctx := &gapContext{Context: context.Background(), last: time.Now()}
		if _, err := p.Parse(ctx, a); err != nil {
			b.Fatal(err)
		}
		ctx.Err() // the stretch after the last look
		worst = max(worst, ctx.max)
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-between-looks")
}
