package dates

import (
	"testing"
	"time"
)

// TestInstantKeepsLocalClock checks that a clock time read in the zone of
// the place has a UTC value and an interval in that zone.
func TestInstantKeepsLocalClock(t *testing.T) {
	bangkok, err := time.LoadLocation("Asia/Bangkok")
	if err != nil {
		t.Fatal(err)
	}
	a := Anchor{
		Day:    time.Date(2025, 7, 28, 0, 0, 0, 0, bangkok),
		ZoneAt: func(int) *time.Location { return bangkok },
	}
	var got []string
	for _, d := range New().Find("The truce takes effect at 9 p.m. on Monday.", a) {
		got = append(got, d.Value+" "+d.From.Format(time.RFC3339))
	}
	want := "2025-07-28T14:00Z 2025-07-28T21:00:00+07:00"
	if len(got) == 0 || got[len(got)-1] != want {
		t.Errorf("got %q, want last %q", got, want)
	}
}
