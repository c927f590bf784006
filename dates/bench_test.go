package dates

import (
	"os"
	"path/filepath"
	"testing"
)

// seedArticles reads the five seed articles.
func seedArticles(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

func BenchmarkFind(b *testing.B) {
	texts := seedArticles(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	f := New()
	a := Anchor{Day: day(b, thu)}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			f.Find(t, a)
		}
	}
}

func BenchmarkParseDateline(b *testing.B) {
	lines := []string{
		"MOSCOW, Feb. 8 (Xinhua) -- Russian and Turkish leaders agreed",
		"Sochi, Russia, Oct. 22 (AP) — Leaders met",
		"Thursday, March 5, 2020\nLeaders met.",
		"Putin, Erdoğan discuss Syria by phone, agree to try to arrange a meeting",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			ParseDateline(l)
		}
	}
}
