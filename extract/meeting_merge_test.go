package extract

import (
	"testing"

	"github.com/dipnews/diplomacy/model"
)

// TestSameActorsOf checks that the bits of the parties' names never turn
// away two candidates that sameActors takes for the same parties.
func TestSameActorsOf(t *testing.T) {
	actors := func(names ...string) []model.Actor {
		var as []model.Actor
		for _, n := range names {
			as = append(as, model.Actor{Name: n})
		}
		return as
	}
	for _, tc := range []struct {
		t, c []string
		want bool
	}{
		{[]string{"Recep Tayyip Erdogan", "Vladimir Putin"}, []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, true},
		{[]string{"Vladimir Putin", "Vladimir Putin"}, []string{"Vladimir Putin", "Emmanuel Macron"}, true},
		{[]string{"Vladimir Putin", "Emmanuel Macron"}, []string{"Vladimir Putin", "Emmanuel Macron", "Olaf Scholz"}, false},
		{[]string{"Vladimir Putin", "Emmanuel Macron"}, []string{"Vladimir Putin", "Olaf Scholz"}, false},
		{[]string{"Turkey", ""}, []string{"", "Turkey"}, true},
		{nil, nil, false},
	} {
		tm := meetingCand{Meeting: model.Meeting{Participants: actors(tc.t...)}}
		cm := meetingCand{Meeting: model.Meeting{Participants: actors(tc.c...)}}
		tm.names, cm.names = namesMask(tm.Participants), namesMask(cm.Participants)
		if got := sameActorsOf(&tm, &cm); got != tc.want {
			t.Errorf("sameActorsOf(%q, %q) = %v, want %v", tc.t, tc.c, got, tc.want)
		}
		if got := sameActors(tm.Participants, cm.Participants); got != tc.want {
			t.Errorf("sameActors(%q, %q) = %v, want %v", tc.t, tc.c, got, tc.want)
		}
	}
}
