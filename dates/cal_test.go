package dates

import (
	"testing"
	"time"
)

// TestSkippedMidnight checks days where the clocks go forward at 00:00,
// so that the day starts at 01:00: they keep their date.
func TestSkippedMidnight(t *testing.T) {
	tests := []struct {
		zone, ref, text, want string
	}{
		// Monday after a Sunday that started at 01:00.
		{"America/Havana", "2000-04-03", "He said so on Sunday.", "Sunday=2000-04-02"},
		{"America/Havana", "2000-04-03", "He left yesterday.", "yesterday=2000-04-02"},
		{"America/Havana", "2000-04-03", "They met Sunday night.", "Sunday night=2000-04-02TNI"},
		{"America/Sao_Paulo", "2018-11-05", "The vote was on Sunday.", "Sunday=2018-11-04"},
		{"America/Sao_Paulo", "2018-11-03", "The vote is tomorrow.", "tomorrow=2018-11-04"},
		// A day that needs no care stays as it was.
		{"America/Havana", "2000-04-05", "He said so on Monday.", "Monday=2000-04-03"},
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		ref, _ := time.Parse("2006-01-02", tt.ref)
		a := Anchor{Day: midnight(ref.Year(), ref.Month(), ref.Day(), loc)}
		got := New().Find(tt.text, a)
		if len(got) != 1 || got[0].Text+"="+got[0].Value != tt.want {
			t.Errorf("%s %s %q: got %+v, want %s", tt.zone, tt.ref, tt.text, got, tt.want)
			continue
		}
		if d := got[0]; !d.From.Before(d.To) || d.From.Format("2006-01-02") != d.Value[:10] {
			t.Errorf("%s %q: interval %v to %v", tt.zone, tt.text, d.From, d.To)
		}
	}
}

// TestMonthShiftFromLastDay checks that moving by months from the end of a
// long month lands in the right month, not in the one after it.
func TestMonthShiftFromLastDay(t *testing.T) {
	runFind(t, New(), []findCase{
		{"2020-03-31", "Prices rose a month ago.", []string{"a month ago=2020-02"}},
		{"2020-12-31", "Sales fell a quarter ago.", []string{"a quarter ago=2020-Q3"}},
		{"2020-05-31", "Sales fell three months ago.", []string{"three months ago=2020-02"}},
		{"2020-03-15", "Prices rose a month ago.", []string{"a month ago=2020-02"}},
	})
}

// TestMidnightDate checks that the day midnight starts has the date it
// was asked for, for every date in zones whose clocks have changed at
// midnight or skipped a day: dayRes and podRes take the date of the day
// from their arguments rather than from the time midnight returns.
func TestMidnightDate(t *testing.T) {
	zones := []string{"UTC", "Europe/Moscow", "America/Havana", "America/Sao_Paulo", "America/Santiago",
		"America/Asuncion", "Asia/Beirut", "Asia/Damascus", "Asia/Gaza", "Asia/Amman", "Asia/Tehran",
		"Africa/Casablanca", "Pacific/Apia", "Pacific/Kiritimati", "Europe/Dublin"}
	for _, zone := range zones {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		end := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
		// Every eight hours meets every date of a zone, whatever its offset.
		for at := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); at.Before(end); at = at.Add(8 * time.Hour) {
			y, m, d := at.In(loc).Date()
			day := midnight(y, m, d, loc)
			if gy, gm, gd := dateOf(day); gy != y || gm != m || gd != d {
				t.Fatalf("%s: midnight(%d, %d, %d) = %v, on %d-%02d-%02d", zone, y, m, d, day, gy, gm, gd)
			}
		}
	}
}

// TestAppendMinute checks appendMinute against Format, in years of any
// number of digits and before year 0.
func TestAppendMinute(t *testing.T) {
	moscow, err := time.LoadLocation("Europe/Moscow")
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range []int{-10000, -1, 0, 1, 999, 2020, 9999, 10000, 123456} {
		for _, loc := range []*time.Location{time.UTC, moscow, time.FixedZone("", -5*3600)} {
			for _, at := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, loc), time.Date(y, 12, 31, 23, 59, 59, 0, loc), time.Date(y, 7, 9, 5, 7, 0, 0, loc)} {
				if got, want := string(appendMinute(nil, at)), at.Format("2006-01-02T15:04"); got != want {
					t.Errorf("appendMinute(%v) = %s, want %s", at, got, want)
				}
			}
		}
	}
}
