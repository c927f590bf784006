package main

import (
	"context"
	"encoding/json"
	"strconv"

	"github.com/dipnews/diplomacy/extract"
	"github.com/dipnews/diplomacy/model"
)

// Casualty is a report of people killed: how many, on which side, when.
type Casualty struct {
	Count int    `json:"count"`
	Side  string `json:"side,omitempty"`
	Date  string `json:"date,omitempty"`
}

// CasualtyExtractor finds "34 Turkish soldiers were reported killed" and
// "the killing of two soldiers on Thursday". It reads only the shared
// analysis: tokens, mentions and dates.
type CasualtyExtractor struct{}

// Name implements extract.Extractor.
func (CasualtyExtractor) Name() string { return "casualty" }

var (
	deathWords  = map[string]bool{"killed": true, "killing": true, "dead": true, "died": true, "deaths": true}
	victimWords = map[string]bool{"soldiers": true, "troops": true, "civilians": true, "people": true, "fighters": true, "servicemen": true}
	smallNumber = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "dozens": 24}
)

// Extract implements extract.Extractor.
func (CasualtyExtractor) Extract(ctx context.Context, a *extract.Analysis, r *model.Report) error {
	for _, s := range a.Sentences {
		if !hasDeathWord(a, s) {
			continue
		}
		for k := s.First; k < s.End; k++ {
			n, ok := count(a, k)
			if !ok {
				continue
			}
			c := Casualty{Count: n}
			v := k + 1
			if v < s.End && (a.Norm(v) == "more" || a.Norm(v) == "other") {
				v++ // "two more Turkish soldiers"
			}
			for _, m := range a.MentionsIn(v, v+1) {
				if m.Kind == extract.MentionDemonym {
					if e, ok := a.Lexicon.Country(m.Entry.Country); ok {
						c.Side = e.Name
					}
					v = m.End
				}
			}
			if v >= s.End || !victimWords[a.Norm(v)] {
				continue
			}
			for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
				if d.Type == model.TypeDate && d.Value != "" {
					c.Date = d.Value
					break
				}
			}
			data, err := json.Marshal(c)
			if err != nil {
				return err
			}
			r.Other = append(r.Other, model.Other{Type: "casualty", Data: data, Evidence: a.Span(s.Span.Start, s.Span.End)})
			break
		}
	}
	return ctx.Err()
}

func hasDeathWord(a *extract.Analysis, s extract.Sentence) bool {
	for k := s.First; k < s.End; k++ {
		if deathWords[a.Norm(k)] {
			return true
		}
	}
	return false
}

// count reads token k as the number of victims.
func count(a *extract.Analysis, k int) (int, bool) {
	if n, ok := smallNumber[a.Norm(k)]; ok {
		return n, true
	}
	if a.Tokens[k].Kind == extract.Number {
		n, err := strconv.Atoi(a.Norm(k))
		return n, err == nil && n > 0
	}
	return 0, false
}
