package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipnews/diplomacy/dates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var mentionKinds = [...]string{"person", "country", "demonym", "office", "place", "group", "road"}

// analysisSummary is what the golden files keep of an analysis: the
// sentences, the lexicon's mentions and the anchor day.
type analysisSummary struct {
	Anchor    string   `json:"anchor"`
	Sentences []string `json:"sentences"`
	Mentions  []string `json:"mentions"`
}

func summarize(a *Analysis) analysisSummary {
	s := analysisSummary{Sentences: []string{}, Mentions: []string{}}
	if a.Anchor.Known() {
		s.Anchor = a.Anchor.Day.Format(time.RFC3339)
	}
	for _, x := range a.Sentences {
		mark := ""
		if x.Heading {
			mark = "# "
		}
		s.Sentences = append(s.Sentences, mark+a.Text[x.Span.Start:x.Span.End])
	}
	for _, m := range a.Mentions {
		s.Mentions = append(s.Mentions, a.Text[m.Span.Start:m.Span.End]+" = "+mentionKinds[m.Kind]+" "+m.Entry.Name)
	}
	return s
}

// TestGoldenAnalysis pins how each seed article is cut into sentences and
// which actors, offices and places are found in it.
func TestGoldenAnalysis(t *testing.T) {
	dir := filepath.Join("..", "testdata", "articles")
	f, err := os.Open(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		name, date, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			pub, err := time.Parse(time.DateOnly, date)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Analyze(context.Background(), string(text), pub, DefaultLexicon(), dates.New())
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(summarize(a), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("analysis differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
	if n == 0 {
		t.Fatal("the manifest lists no articles")
	}
}
