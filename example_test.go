package diplomacy_test

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/extract"
	"github.com/dipnews/diplomacy/model"
)

func ExampleParse() {
	text := "ANKARA, March 6 (Reuters) - Turkish President Tayyip Erdogan and Russian President " +
		"Vladimir Putin met in Moscow on Thursday and agreed a ceasefire in Idlib."
	r, err := diplomacy.Parse(context.Background(), diplomacy.Article{
		Text:      text,
		Published: time.Date(2020, 3, 6, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		panic(err)
	}
	for _, m := range r.Meetings {
		fmt.Println(m.Status, m.Mode, m.Participants[0].Name, "and", m.Participants[1].Name, "in", m.Location.Name, "on", m.Date.Value)
	}
	for _, c := range r.Ceasefires {
		fmt.Println("ceasefire", c.Status, "in", c.Area.Name)
	}
	// Output:
	// held in_person Recep Tayyip Erdogan and Vladimir Putin in Moscow on 2020-03-05
	// ceasefire agreed in Idlib
}

// talksCounter is an extractor of one's own: it counts the sentences that
// mention talks, reading only the shared analysis.
type talksCounter struct{}

func (talksCounter) Name() string { return "talks-count" }

func (talksCounter) Extract(ctx context.Context, a *extract.Analysis, r *model.Report) error {
	n := 0
	for _, s := range a.Sentences {
		for k := s.First; k < s.End; k++ {
			if a.Norm(k) == "talks" {
				n++
				break
			}
		}
	}
	data, err := json.Marshal(map[string]int{"sentences": n})
	if err != nil {
		return err
	}
	r.Other = append(r.Other, model.Other{Type: "talks-count", Data: data, Evidence: a.Span(0, len(a.Text))})
	return nil
}

func ExampleWithExtractor() {
	p, err := diplomacy.New(diplomacy.WithExtractor(talksCounter{}))
	if err != nil {
		panic(err)
	}
	r, err := p.Parse(context.Background(), diplomacy.Article{
		Text: "The talks ended. Talks resume on Monday. Nothing else happened.",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Other[0].Type, string(r.Other[0].Data))
	// Output:
	// talks-count {"sentences":2}
}
