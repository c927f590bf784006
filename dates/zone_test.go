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

// TestClockForms checks clock times written solid ("2am") and the
// direction of the day after a clock time.
func TestClockForms(t *testing.T) {
	thursday := time.Date(2021, 5, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"The truce is to begin at 2am GMT on Friday.", "2am GMT on Friday=2021-05-21T02:00Z"},
		{"The truce is to begin at 2 a.m. GMT on Friday.", "2 a.m. GMT on Friday=2021-05-21T02:00Z"},
		{"The truce began at 2am GMT on Friday.", "2am GMT on Friday=2021-05-14T02:00Z"},
		{"Talks end at 11pm GMT.", "11pm GMT=2021-05-20T23:00Z"},
		{"They met at 2:30pm GMT.", "2:30pm GMT=2021-05-20T14:30Z"},
		{"The cabinet voted the truce to begin at 2am local time on Friday (midnight UK time).", "2am local time on Friday (midnight UK time)=2021-05-20T23:00Z"},
		{"They met at noon British time.", "noon British time=2021-05-20T11:00Z"},
		{"He went there to meet them at 2am GMT on Tuesday.", "2am GMT on Tuesday=2021-05-18T02:00Z"},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range New().Find(tt.text, Anchor{Day: thursday}) {
			got = append(got, d.Text+"="+d.Value)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestOldDatesWritable checks that a date of a year when its zone kept
// local mean time (Damascus, 2:25:12 ahead of UTC) has an interval that
// RFC 3339 writes without loss.
func TestOldDatesWritable(t *testing.T) {
	damascus, err := time.LoadLocation("Asia/Damascus")
	if err != nil {
		t.Fatal(err)
	}
	a := Anchor{Day: time.Date(2020, 3, 5, 0, 0, 0, 0, damascus)}
	ds := New().Find("The treaty of 1850 was cited.", a)
	if len(ds) != 1 || ds[0].Value != "1850" {
		t.Fatalf("got %+v", ds)
	}
	for _, x := range []time.Time{ds[0].From, ds[0].To} {
		back, err := time.Parse(time.RFC3339, x.Format(time.RFC3339))
		if err != nil || !back.Equal(x) {
			t.Errorf("%v does not survive RFC 3339: %v, %v", x, back, err)
		}
	}
}
