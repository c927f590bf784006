package main

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipnews/diplomacy"
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
