//go:build unix

package diplomacy_test

import (
	"context"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/extract"
)

// measure runs body in the benchmark loop over an input of n bytes and
// reports, besides the usual figures, the allocations per KiB of input,
// the figure that shows whether any work allocates per byte, and the
// throughput per second of CPU time used by the process (the garbage
// collector included), which stays true on a busy machine where the
// wall-clock MB/s do not. Run with -cpu 1, it is the speed on one core.
func measure(b *testing.B, n int, body func()) {
	b.Helper()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := cpuTime()
	for b.Loop() {
		body()
	}
	cpu = cpuTime() - cpu
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/(float64(n)/1024), "allocs/KiB")
	if cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkNew builds a Parser. With the embedded lexicon, built once
// per process, it costs next to nothing; a lexicon file of one's own
// rebuilds the lexicon, once per Parser and never per article.
func BenchmarkNew(b *testing.B) {
	extra := "place\tNowhere-on-Sea\tNowhere\tGB\t\tcity\n"
	for _, bb := range []struct {
		name string
		opts func() []diplomacy.Option
	}{
		{"embedded", func() []diplomacy.Option { return nil }},
		{"own lexicon", func() []diplomacy.Option {
			return []diplomacy.Option{diplomacy.WithLexicon("mine.tsv", strings.NewReader(extra))}
		}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := diplomacy.New(bb.opts()...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
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

// BenchmarkDatesFind finds and resolves the dates of the 1 MiB archive:
// the dates finder's share of parsing.
func BenchmarkDatesFind(b *testing.B) {
	text := archive(b, 1<<20)
	f := dates.New()
	a := dates.Anchor{Day: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)}
	measure(b, len(text), func() { f.Find(text, a) })
}

// lookupNames are names as news writes them: with and without
// diacritics, in other cases, with dots and hyphens, and unknown.
var lookupNames = []string{
	"Erdoğan", "Recep Tayyip Erdogan", "Türkiye", "Turkey", "TURKEY", "Vladimir Putin", "Putin", "Idlib",
	"Moscow", "MOSCOW", "Sochi", "U.S.", "United States", "Russia", "Syria", "Damascus", "Xinhua",
	"Foreign Minister", "foreign minister", "Sergey Lavrov", "Ras al-Ain", "M4", "M-4", "Kremlin",
	"Nowhere-on-Sea", "Jean-Yves Le Drian", "Ankara", "Tehran", "Iran", "Hassan Rouhani",
}

// BenchmarkLexiconLookup looks names up one by one, as for a dateline's
// place; SetBytes counts the bytes of the names.
func BenchmarkLexiconLookup(b *testing.B) {
	lex := extract.DefaultLexicon()
	n := 0
	for _, name := range lookupNames {
		n += len(name)
	}
	measure(b, n, func() {
		for _, name := range lookupNames {
			lex.Lookup(name)
		}
	})
}

// BenchmarkTokenize cuts the 1 MiB archive into tokens: the tokenizer's
// share of parsing.
func BenchmarkTokenize(b *testing.B) {
	text := archive(b, 1<<20)
	measure(b, len(text), func() { extract.Tokenize(text) })
}

// BenchmarkLexiconMatch finds every name of the lexicon in the tokens of
// the 1 MiB archive: the lexicon's share of parsing.
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
