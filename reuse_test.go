package diplomacy_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/model"
)

// TestReportsOutliveLaterParses keeps the report of every seed article,
// read whole and in small parts, then parses the seeds again in another
// order and an archive, and checks that each report kept is still the one
// it was: the room a parse reuses for the next (the tokens and their
// folded forms, the candidates of the extractors) holds nothing a report
// points to.
func TestReportsOutliveLaterParses(t *testing.T) {
	parsers := []*diplomacy.Parser{newParser(t, 0), newParser(t, 256)}
	seeds := loadSeeds(t)
	parse := func(q *diplomacy.Parser, a diplomacy.Article) *model.Report {
		t.Helper()
		r, err := q.Parse(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	type kept struct {
		name string
		r    *model.Report
		json []byte
	}
	var reports []kept
	for _, q := range parsers {
		for _, s := range seeds {
			r := parse(q, diplomacy.Article{ID: s.name, Text: s.text, Published: s.published})
			reports = append(reports, kept{s.name, r, marshal(t, r)})
		}
	}
	for _, q := range parsers {
		for i := len(seeds) - 1; i >= 0; i-- {
			parse(q, diplomacy.Article{Text: seeds[i].text})
		}
		parse(q, diplomacy.Article{Text: archive(t, 100<<10)})
	}
	for _, k := range reports {
		if got := marshal(t, k.r); !bytes.Equal(got, k.json) {
			t.Errorf("%s: the report changed as later texts were parsed:\n%s\nwas:\n%s", k.name, got, k.json)
		}
	}
}
