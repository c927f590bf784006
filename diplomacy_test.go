package diplomacy_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// seed is an article of testdata/articles with its publication date.
type seed struct {
	name      string
	text      string
	published time.Time
}

func loadSeeds(t testing.TB) []seed {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "articles", "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var seeds []seed
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, date, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("manifest: bad line %q", line)
		}
		pub, err := time.Parse(time.DateOnly, date)
		if err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join("testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, seed{strings.TrimSuffix(name, ".txt"), string(text), pub})
	}
	if len(seeds) == 0 {
		t.Fatal("manifest lists no articles")
	}
	return seeds
}

func marshal(t testing.TB, r *model.Report) []byte {
	t.Helper()
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func TestGolden(t *testing.T) {
	p, err := diplomacy.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range loadSeeds(t) {
		t.Run(s.name, func(t *testing.T) {
			r, err := p.Parse(context.Background(), diplomacy.Article{ID: s.name, Text: s.text, Published: s.published})
			if err != nil {
				t.Fatal(err)
			}
			got := marshal(t, r)
			path := filepath.Join("testdata", "golden", s.name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var gotR, wantR model.Report
			if err := json.Unmarshal(got, &gotR); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(want, &wantR); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantR, gotR); diff != "" {
				t.Errorf("report differs from %s (-want +got):\n%s", path, diff)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report bytes differ from %s", path)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, s := range loadSeeds(t) {
		r, err := diplomacy.Parse(context.Background(), diplomacy.Article{ID: s.name, Text: s.text, Published: s.published})
		if err != nil {
			t.Fatal(err)
		}
		b := marshal(t, r)
		var back model.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(*r, back); diff != "" {
			t.Errorf("%s: report changed through JSON (-before +after):\n%s", s.name, diff)
		}
		if again := marshal(t, &back); !bytes.Equal(b, again) {
			t.Errorf("%s: JSON changed through a round trip", s.name)
		}
	}
}

func TestTooLarge(t *testing.T) {
	p, err := diplomacy.New(diplomacy.WithMaxSize(100))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("a", 100)
	if _, err := p.Parse(context.Background(), diplomacy.Article{Text: text}); err != nil {
		t.Fatalf("a text exactly at the limit: %v", err)
	}
	r, err := p.Parse(context.Background(), diplomacy.Article{Text: text + "b"})
	if !errors.Is(err, diplomacy.ErrTooLarge) || r != nil {
		t.Fatalf("one byte over the limit: got %v, %v; want ErrTooLarge and no report", r, err)
	}
}

func TestOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  diplomacy.Option
		want error
	}{
		{"bad lexicon line", diplomacy.WithLexicon("mine.tsv", strings.NewReader("person\tOnly Two\n")), diplomacy.ErrLexicon},
		{"missing lexicon file", diplomacy.WithLexiconFile(filepath.Join(t.TempDir(), "none.tsv")), diplomacy.ErrLexicon},
		{"zero size limit", diplomacy.WithMaxSize(0), nil},
		{"nil extractor", diplomacy.WithExtractor(nil), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := diplomacy.New(tt.opt)
			if err == nil {
				t.Fatal("New succeeded")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("error %v is not %v", err, tt.want)
			}
		})
	}
	_, err := diplomacy.New(diplomacy.WithLexicon("mine.tsv", strings.NewReader("person\tOnly Two\n")))
	if err == nil || !strings.Contains(err.Error(), "mine.tsv:1") {
		t.Errorf("lexicon error %v does not name file and line", err)
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := diplomacy.Parse(ctx, diplomacy.Article{Text: "Putin met Erdogan on Thursday."})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}
