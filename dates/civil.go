package dates

import "time"

// The functions of this file do the calendar arithmetic of the time
// package on plain integers. time.Date and Time.Weekday spend a hundred
// instructions and more on a date at midnight UTC, most of it on the
// clock and the zone, and an article's anchor and dates ask for dozens.
// Each gives the answer of the time package for every input: where that
// package's arithmetic overflows (years beyond a few hundred billion) it
// no longer follows the calendar, so years beyond civilYears are passed
// to it.

// civilYears bounds the years, before or after year 0, and the day
// counts that the integer arithmetic takes on.
const civilYears = 1 << 32

// secondsPerDay is the length of a day in UTC.
const secondsPerDay = 24 * 60 * 60

// inCivil reports whether n is within ±civilYears.
func inCivil(n int) bool { return -civilYears <= int64(n) && int64(n) <= civilYears }

// normMonth returns the year and the month, January to December, that
// month m of year y stands for when m is outside that range, as
// time.Date reads it: month 13 is January of the year after.
func normMonth(y int, m time.Month) (int, time.Month) {
	n := int(m) - 1
	y, n = y+n/12, n%12
	if n < 0 {
		y, n = y-1, n+12
	}
	return y, time.Month(n + 1)
}

// unixDay returns time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix(): the
// Unix time at which day d of month m of year y starts in UTC. As for
// time.Date, m and d may be outside their ranges: day 0 is the last day
// of the month before.
func unixDay(y int, m time.Month, d int) int64 {
	ny, nm := y, m
	if m < time.January || m > time.December {
		ny, nm = normMonth(y, m)
	}
	if !inCivil(ny) || !inCivil(d) {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	}
	// Years are counted from civilShift years before year 0, so that the
	// divisions are of positive numbers, and start in March, which puts
	// the leap day at the end of a year.
	yy, mm := uint64(int64(ny)+civilShift), uint64(nm)
	if mm <= 2 {
		yy, mm = yy-1, mm+12
	}
	// A leap year every 4, but for centuries, but for every fourth of
	// them. From March on, the months have 31, 30, 31, 30, 31 days, and
	// again: (153*mm-457)/5 is the number of days from March 1 to the
	// first of month mm.
	c := yy / 100
	days := 365*yy + yy/4 - c + c/4 + (153*mm-457)/5 + uint64(d) - 1
	return (int64(days) - civilEpoch) * secondsPerDay
}

// civilShift is added to a year for unixDay: a multiple of 400 years,
// the period of the calendar, past civilYears.
const civilShift = 400 << 24

// civilEpoch is the day 1 January 1970 in unixDay's count: 719468 days
// from March 1 of year 0, which is day 146097 * civilShift / 400.
const civilEpoch = 146097*(civilShift/400) + 719468

// weekdayAt returns time.Unix(u, 0).UTC().Weekday(): the day of the
// week in UTC at Unix time u.
func weekdayAt(u int64) time.Weekday {
	if u < -1<<62 {
		// Near the start of the int64 range, the time package's count
		// of seconds from its epoch, 292 billion years back, wraps
		// around: its answer is kept.
		return time.Unix(u, 0).UTC().Weekday()
	}
	days := u / secondsPerDay
	if u%secondsPerDay < 0 {
		days--
	}
	// 1 January 1970 was a Thursday.
	w := (days + int64(time.Thursday)) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// daysIn returns the number of days of month m of year y, m as time.Date
// reads it: time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day().
func daysIn(y int, m time.Month) int {
	ny, nm := y, m
	if m < time.January || m > time.December {
		// Day 0 of month m+1 is the last of the month before it: that
		// is m, normalized, unless m+1 overflows.
		ny, nm = normMonth(y, m+1)
		ny, nm = normMonth(ny, nm-1)
	}
	if !inCivil(ny) {
		return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	if nm == time.February {
		if ny%4 == 0 && (ny%100 != 0 || ny%400 == 0) {
			return 29
		}
		return 28
	}
	// 31 30 31 30 31 30 31 31 30 31 30 31: the month's low bit, turned
	// over from August on.
	return 30 + int((nm+nm>>3)&1)
}
