package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type patrolWant struct {
	Kind, Parties, Route, Area, Start string
	Number                            int
}

func patrolsOf(t *testing.T, text, pub string) []patrolWant {
	t.Helper()
	var out []patrolWant
	for _, p := range extractAll(t, text, pub).Patrols {
		out = append(out, patrolWant{p.Kind.String(), strings.Join(names(p.Parties), "+"), p.Route, placeName(p.Area), value(p.Start), p.Number})
	}
	return out
}

func TestPatrols(t *testing.T) {
	tests := []struct {
		name, pub, text string
		want            []patrolWant
	}{
		{"programme on a road from a date", "2020-03-05",
			"The Russian and Turkish armies will conduct joint patrols on the M4 highway as of March 15.",
			[]patrolWant{{"joint", "Russia+Turkey", "M4", "", "2020-03-15", 0}}},
		{"a programme that starts next week", "2025-05-17",
			"US and Turkish forces will start joint ground patrols in northeastern Syria next week.",
			[]patrolWant{{"joint", "United States+Turkey", "", "Syria", "2025-W21", 0}}},
		{"a year is no start", "2025-05-17",
			"US and Turkish forces conducted joint patrols in northeastern Syria in 2019.",
			[]patrolWant{{"joint", "United States+Turkey", "", "Syria", "", 0}}},
		{"a numbered patrol in an area", "2020-05-14",
			"Turkish and Russian troops performed the 11th joint patrol in Idlib on Tuesday.",
			[]patrolWant{{"joint", "Turkey+Russia", "", "Idlib", "2020-05-12", 11}}},
		{"programme and its first patrol are one", "2019-11-03",
			"Turkey and Russia launched joint patrols Friday in northeastern Syria. The first joint patrol was completed on Friday.",
			[]patrolWant{{"joint", "Turkey+Russia", "", "Syria", "2019-11-01", 0}}},
		{"a headline's adjectives are parties; a source's date is no start", "2019-11-03",
			"Joint Turkish and Russian patrols begin in Syrian region\nTurkey and Russia launched joint patrols Friday in northeastern Syria. The deal on the patrols excludes Qamishli, according to the ministry's statement on Tuesday.",
			[]patrolWant{{"joint", "Turkey+Russia", "", "Syria", "2019-11-01", 0}}},
		{"a numbered patrol dated by its source", "2020-05-14",
			"Turkish and Russian troops performed the 11th joint patrol along the M4 highway, the ministry said on Thursday.",
			[]patrolWant{{"joint", "Turkey+Russia", "M4", "", "2020-05-14", 11}}},
		{"two patrols in one sentence", "2019-10-22",
			"Russian military police will start patrols on Wednesday, and joint Russian-Turkish patrols will begin in Idlib in six days.",
			[]patrolWant{
				{"single", "Russia", "", "", "2019-10-23", 0},
				{"joint", "Russia+Turkey", "", "Idlib", "", 0},
			}},
		{"a list after 'by'; a headline and its story are one patrol", "2020-05-14",
			"11th joint patrol held by Turkey, Russia in Idlib\nTurkish and Russian troops performed the 11th joint patrol in Idlib on Thursday.",
			[]patrolWant{{"joint", "Turkey+Russia", "", "Idlib", "2020-05-14", 11}}},
		{"the object of another verb is no party", "2024-07-19",
			"UN peacekeepers patrol the buffer zone that has divided Cyprus since 1974.",
			[]patrolWant{{"single", "United Nations", "", "", "", 0}}},
		{"two patrols told apart", "2020-05-14",
			"Turkey and Russia held the 11th joint patrol on Thursday. The tenth joint patrol was carried out on Tuesday.",
			[]patrolWant{
				{"joint", "Turkey+Russia", "", "", "2020-05-14", 11},
				{"joint", "Turkey+Russia", "", "", "2020-05-12", 10},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, patrolsOf(t, tt.text, tt.pub)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNotPatrols(t *testing.T) {
	for _, text := range []string{
		"The US Border Patrol detained migrants.",
		"A patrol boat sank near the coast.",
		"Joint patrolling activities are held in line with the protocol.",
	} {
		if got := patrolsOf(t, text, "2021-06-10"); len(got) != 0 {
			t.Errorf("%q: got %+v, want none", text, got)
		}
	}
}
