package dates

import (
	"math"
	"testing"
	"time"
)

// TestCivilArithmetic checks unixDay, weekdayAt and daysIn against the
// time package on dates of every month and around the leap days, in
// years near 1970, before year 0 and far out, where the integer
// arithmetic gives way to the time package's.
func TestCivilArithmetic(t *testing.T) {
	years := []int{
		math.MinInt, -1 << 62, -292277022399, -civilYears - 1, -civilYears, -civilYears + 1, -1e9,
		-4713, -801, -800, -401, -400, -399, -101, -100, -5, -4, -1, 0, 1, 3, 4, 99, 100, 1582,
		1600, 1899, 1900, 1969, 1970, 1971, 1999, 2000, 2001, 2019, 2020, 2021, 2024, 2100, 2400,
		9999, 10000, 1e9, civilYears - 1, civilYears, civilYears + 1, 292277026596, 1 << 62, math.MaxInt,
	}
	months := []time.Month{math.MinInt, -25, -13, -12, -11, -1, 0, 13, 14, 24, 25, math.MaxInt}
	for m := time.January; m <= time.December; m++ {
		months = append(months, m)
	}
	days := []int{math.MinInt, -civilYears - 1, -400, -366, -31, -1, 0, 1, 2, 15, 28, 29, 30, 31, 32, 60, 366, 1000, civilYears + 1, math.MaxInt}
	for _, y := range years {
		for _, m := range months {
			if got, want := daysIn(y, m), time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Errorf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
			for _, d := range days {
				want := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
				u := unixDay(y, m, d)
				if u != want.Unix() {
					t.Errorf("unixDay(%d, %d, %d) = %d, want %d", y, m, d, u, want.Unix())
				}
				if got := weekdayAt(u); got != want.Weekday() {
					t.Errorf("weekdayAt(unixDay(%d, %d, %d)) = %v, want %v", y, m, d, got, want.Weekday())
				}
			}
		}
	}
}

// TestCivilDays checks unixDay and weekdayAt on each day of four
// centuries around 2000, and weekdayAt at each hour of some days and
// at the ends of its range.
func TestCivilDays(t *testing.T) {
	for day := time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2200; day = day.AddDate(0, 0, 1) {
		y, m, d := day.Date()
		if got := unixDay(y, m, d); got != day.Unix() {
			t.Fatalf("unixDay(%d, %d, %d) = %d, want %d", y, m, d, got, day.Unix())
		}
	}
	for _, u := range []int64{math.MinInt64, -1<<62 - 1, -1 << 62, -1e12, -86401, -86400, -86399, -1, 0, 1, 86399, 86400, 1e12, 1 << 62, math.MaxInt64} {
		if got, want := weekdayAt(u), time.Unix(u, 0).UTC().Weekday(); got != want {
			t.Errorf("weekdayAt(%d) = %v, want %v", u, got, want)
		}
	}
	for u := int64(-3 * secondsPerDay); u < 3*secondsPerDay; u += 3600 {
		if got, want := weekdayAt(u), time.Unix(u, 0).UTC().Weekday(); got != want {
			t.Errorf("weekdayAt(%d) = %v, want %v", u, got, want)
		}
	}
}
