package extract

import (
	"context"
	"testing"
	"time"

	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/model"
)

// extractAll analyses text published on pub and runs the built-in
// extractors, as the Parser does.
func extractAll(t testing.TB, text, pub string) *model.Report {
	t.Helper()
	var published time.Time
	if pub != "" {
		var err error
		if published, err = time.Parse(time.DateOnly, pub); err != nil {
			t.Fatal(err)
		}
	}
	a, err := Analyze(context.Background(), text, published, DefaultLexicon(), dates.New())
	if err != nil {
		t.Fatal(err)
	}
	r := NewReport(a)
	for _, e := range Builtin() {
		if err := e.Extract(context.Background(), a, r); err != nil {
			t.Fatal(err)
		}
	}
	Merge(r)
	return r
}

func names(as []model.Actor) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func value(d *model.Date) string {
	if d == nil {
		return ""
	}
	return d.Value
}

func placeName(p *model.Place) string {
	if p == nil {
		return ""
	}
	return p.Name
}
