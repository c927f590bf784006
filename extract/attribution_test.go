package extract

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dipnews/diplomacy/dates"
)

// TestAttribution checks the source clauses found in a sentence, among
// them none in sentences with commas or quotes but no reporting verb.
func TestAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"trailing clause", `The ministers met in Ankara on Monday, the ministry said.`, []string{"the ministry said."}},
		{"aside set off by commas", `The talks, the envoy said, went well.`, []string{"the envoy said"}},
		{"according to", `The leaders met in Sochi, according to the Kremlin.`, []string{"according to the Kremlin.", "according to the Kremlin"}},
		{"commas and no reporting verb", `Erdogan, Putin and Rouhani met in Tehran, Iran, on Friday.`, nil},
		{"a quote and no reporting verb", `The leaders held "frank" talks in Geneva, and left.`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Analyze(context.Background(), tc.text, time.Time{}, DefaultLexicon(), dates.New())
			if err != nil {
				t.Fatal(err)
			}
			s := a.Sentences[0]
			var got []string
			for _, r := range a.attribution(nil, s.First, s.End) {
				got = append(got, a.Text[a.Tokens[r[0]].Start:a.Tokens[r[1]-1].End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("attribution(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
