package main

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

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/extract"
)

func TestCasualtyExtractor(t *testing.T) {
	p, err := diplomacy.New(diplomacy.WithExtractor(CasualtyExtractor{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []Casualty
	}{
		{"34 Turkish soldiers were reported killed in an attack.", []Casualty{{Count: 34, Side: "Turkey"}}},
		{"The ministry announced the killing of two soldiers on Thursday.", []Casualty{{Count: 2, Date: "2020-03-05"}}},
		{"At least two more Turkish soldiers had been killed.", []Casualty{{Count: 2, Side: "Turkey"}}},
		{"Two soldiers were wounded.", nil},
		{"The talks were killed off by 34 delegates.", nil},
	}
	for _, tt := range tests {
		r, err := p.Parse(context.Background(), diplomacy.Article{Text: tt.text, Published: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []Casualty
		for _, o := range r.Other {
			var c Casualty
			if o.Type != "casualty" {
				t.Fatalf("%q: record of type %q", tt.text, o.Type)
			}
			if err := json.Unmarshal(o.Data, &c); err != nil {
				t.Fatal(err)
			}
			got = append(got, c)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGoldenSeeds pins the casualty records of the seed articles.
func TestGoldenSeeds(t *testing.T) {
	p, err := diplomacy.New(diplomacy.WithExtractor(CasualtyExtractor{}))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "testdata", "articles")
	f, err := os.Open(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := map[string]any{}
	for sc := bufio.NewScanner(f); sc.Scan(); {
		name, date, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		pub, err := time.Parse(time.DateOnly, date)
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Parse(context.Background(), diplomacy.Article{Text: string(text), Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		got[name] = r.Other
	}
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	golden := filepath.Join("testdata", "golden", "casualties.json")
	if *update {
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(b)); diff != "" {
		t.Errorf("casualties differ from %s (-want +got):\n%s", golden, diff)
	}
}

// TestLongText runs the extractor on a text long enough to be read in
// parts, where Extract is called once per part: every sentence still
// gives its record once, at its own offset.
func TestLongText(t *testing.T) {
	p, err := diplomacy.New(diplomacy.WithExtractor(CasualtyExtractor{}))
	if err != nil {
		t.Fatal(err)
	}
	const sentence = "34 Turkish soldiers were reported killed in an attack.\n\n"
	n := 3*extract.DefaultPartSize/len(sentence) + 1 // more than three parts
	text := strings.Repeat(sentence, n)
	r, err := p.Parse(context.Background(), diplomacy.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Other) != n {
		t.Fatalf("%d casualty records, want %d", len(r.Other), n)
	}
	for i, o := range r.Other {
		if o.Evidence.Start < i*len(sentence) || o.Evidence.End > (i+1)*len(sentence) {
			t.Errorf("record %d at %d-%d, want within sentence %d", i, o.Evidence.Start, o.Evidence.End, i)
		}
	}
}
