package extract

import (
	"context"
	"testing"
	"time"

	"github.com/dipnews/diplomacy/dates"
)

// TestAreaNear reads the area of the trigger word of one sentence: the
// place named with it, else the one nearest to it in the sentence, but
// never one named only by a source or in a relative clause.
func TestAreaNear(t *testing.T) {
	tests := []struct {
		text, trigger, want string
		wide, loose         bool
	}{
		{"The Idlib ceasefire held.", "ceasefire", "Idlib", false, false},
		{"A ceasefire in the northwestern province of Idlib held.", "ceasefire", "Idlib", false, false},
		{"The ceasefire held on Friday, and fighting stopped in Idlib.", "ceasefire", "Idlib", false, true},
		{"Warring sides in Sudan agreed a seven-day ceasefire.", "ceasefire", "Sudan", true, true},
		{"The ceasefire collapsed after talks in Jeddah.", "ceasefire", "", false, true},
		{"The ceasefire held, a commander in Idlib said.", "ceasefire", "", false, true},
		{"The ceasefire held, according to officials in Aleppo.", "ceasefire", "", false, true},
		{"Fighting in Aleppo stopped after weeks as the ceasefire held, officials in Idlib said.", "ceasefire", "Aleppo", false, true},
		{"Petro, who traveled to Idlib, hailed the ceasefire.", "ceasefire", "", false, true},
		{"A truce between Yemen's warring parties held.", "truce", "Yemen", true, true},
	}
	lex, f := DefaultLexicon(), dates.New()
	for _, tt := range tests {
		a, err := Analyze(context.Background(), tt.text, time.Date(2021, 6, 10, 0, 0, 0, 0, time.UTC), lex, f)
		if err != nil {
			t.Fatal(err)
		}
		trig := -1
		for k := range a.Tokens {
			if a.norm(k) == tt.trigger {
				trig = k
				break
			}
		}
		if trig < 0 || len(a.Sentences) != 1 {
			t.Fatalf("%q: no trigger %q in one sentence", tt.text, tt.trigger)
		}
		area, wide, loose := a.areaNear(a.Sentences[0], trig, trig+1)
		if got := placeName(area); got != tt.want || wide != tt.wide || loose != tt.loose {
			t.Errorf("%q: area %q wide %v loose %v, want %q %v %v", tt.text, got, wide, loose, tt.want, tt.wide, tt.loose)
		}
	}
}
