package dates

import (
	"strconv"
	"time"

	"github.com/dipnews/diplomacy/model"
)

// res is a resolved expression before it is placed in the text.
type res struct {
	typ      model.TimexType
	value    string
	grain    model.Grain
	from, to time.Time
	mod      string
	// anaphor is true when the value comes from an earlier expression
	// ("a year earlier" after "the third quarter"), not from the words.
	anaphor bool
}

// pad writes n with at least width digits.
func pad(b []byte, n, width int) []byte {
	// Most numbers are a year of four digits, a month or a day.
	switch {
	case width == 2 && 0 <= n && n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case width == 4 && 0 <= n && n < 10000:
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	// The digits are written on the stack: a number of more than two
	// digits would need a string of its own.
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// midnight returns the start of day d of month m of year y in loc. Where
// the clocks go forward at midnight (Havana, Damascus, Beirut), 00:00 does
// not exist and time.Date gives 23:00 the evening before; the day starts
// instead at the change, 00:00 in the offset that held until then.
func midnight(y int, m time.Month, d int, loc *time.Location) time.Time {
	day := time.Unix(unixDay(y, m, d), 0).UTC()
	if loc == time.UTC {
		// UTC, the zone of most anchors, has every midnight.
		return day
	}
	// time.Date(y, m, d, 0, 0, 0, 0, loc), whose offset is found as
	// time.Date finds it, but by offsetAt: the offset at the wall time
	// read as UTC, and if the instant it gives lies outside that
	// offset's span, the offset at that instant.
	wall := day.Unix()
	u := wall
	if z := offsetAt(loc, wall); z.offset != 0 {
		u = wall - int64(z.offset)
		if u < z.start || u >= z.end {
			u = wall - int64(offsetAt(loc, u).offset)
		}
	}
	t := time.Unix(u, 0).In(loc)
	// The clock reads 00:00 there, unless midnight was skipped.
	s := (u + int64(offsetAt(loc, u).offset)) % 86400
	if s < 0 {
		s += 86400
	}
	if s < 60 {
		return t
	}
	if t.Day() == day.Day() {
		return t
	}
	_, off := t.Zone()
	return day.Add(-time.Duration(off) * time.Second).In(loc)
}

// addDate returns the start of the day years, months and days after the
// day t is in. Calendar arithmetic on the date, not on the instant, keeps
// a day that starts after a skipped midnight.
func addDate(t time.Time, years, months, days int) time.Time {
	y, m, d := dateOf(t)
	return midnight(y+years, m+time.Month(months), d+days, t.Location())
}

// writable returns t in a zone that RFC 3339 can write: the local mean
// time of a zone before its standard time (Damascus in the year 1000 is
// 2:25:12 ahead of UTC) has seconds in its offset, which the format drops,
// so such a time would come back from JSON as another instant. It is
// moved to the same instant in a zone of whole minutes.
func writable(t time.Time) time.Time {
	if t.IsZero() || t.Location() == time.UTC || offsetAt(t.Location(), t.Unix()).offset%60 == 0 {
		return t
	}
	name, off := t.Zone()
	return t.In(time.FixedZone(name, off-off%60))
}

// dayRes is the day starting at t (midnight).
func dayRes(t time.Time) res {
	y, m, d := dateOf(t)
	var b [10]byte
	loc := t.Location()
	// The day midnight starts is on the date asked for: the next one
	// starts at the midnight of the day after.
	return res{value: value(appendDay(b[:0], y, m, d)), grain: model.Day, from: midnight(y, m, d, loc), to: midnight(y, m, d+1, loc)}
}

// appendDay writes the value of day d of month m of year y.
func appendDay(b []byte, y int, m time.Month, d int) []byte {
	b = pad(b, y, 4)
	b = append(b, '-')
	b = pad(b, int(m), 2)
	b = append(b, '-')
	return pad(b, d, 2)
}

// monday returns midnight of the Monday that starts t's ISO week.
func monday(t time.Time) time.Time {
	y, m, d := t.Date()
	wd := (int(t.Weekday()) + 6) % 7
	return midnight(y, m, d-wd, t.Location())
}

// weekRes is the ISO week containing t.
func weekRes(t time.Time) res {
	mon := monday(t)
	var b [8]byte
	return res{value: value(appendWeek(b[:0], mon)), grain: model.Week, from: mon, to: addDate(mon, 0, 0, 7)}
}

// weekendRes is the weekend (Saturday and Sunday) of the ISO week
// containing t.
func weekendRes(t time.Time) res {
	mon := monday(t)
	var b [11]byte
	v := append(appendWeek(b[:0], mon), "-WE"...)
	return res{value: value(v), grain: model.Weekend, from: addDate(mon, 0, 0, 5), to: addDate(mon, 0, 0, 7)}
}

// appendWeek writes the value of the ISO week that starts on mon.
func appendWeek(b []byte, mon time.Time) []byte {
	y, w := mon.ISOWeek()
	b = append(pad(b, y, 4), "-W"...)
	return pad(b, w, 2)
}

func monthRes(y int, m time.Month, loc *time.Location) res {
	t := midnight(y, m, 1, loc)
	y, m, _ = dateOf(t)
	b := pad(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	b = pad(b, int(m), 2)
	return res{value: value(b), grain: model.Month, from: t, to: addDate(t, 0, 1, 0)}
}

// partRes is part n (1-based) of year y cut into parts of months each:
// quarters (3, "Q") and halves (6, "H").
func partRes(y, n, months int, code string, g model.Grain, loc *time.Location) res {
	t := midnight(y, time.Month(1+(n-1)*months), 1, loc)
	b := pad(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	b = append(b, code...)
	b = strconv.AppendInt(b, int64(n), 10)
	return res{value: value(b), grain: g, from: t, to: addDate(t, 0, months, 0)}
}

// quarterIn is the quarter of year y that month m falls in.
func quarterIn(y int, m time.Month, loc *time.Location) res {
	return partRes(y, (int(m)-1)/3+1, 3, "Q", model.Quarter, loc)
}

// halfIn is the half of year y that month m falls in.
func halfIn(y int, m time.Month, loc *time.Location) res {
	return partRes(y, (int(m)-1)/6+1, 6, "H", model.Half, loc)
}

// seasonRes is season s (1 spring .. 4 winter) of year y; winter starts in
// December of y.
func seasonRes(y, s int, loc *time.Location) res {
	t := midnight(y, time.Month(3*s), 1, loc)
	b := pad(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	b = append(b, seasonCode[s]...)
	return res{value: value(b), grain: model.Season, from: t, to: addDate(t, 0, 3, 0)}
}

func yearRes(y int, loc *time.Location) res {
	t := midnight(y, 1, 1, loc)
	var b [4]byte
	return res{value: value(pad(b[:0], y, 4)), grain: model.Year, from: t, to: addDate(t, 1, 0, 0)}
}

// decadeRes is the decade starting in year y (a multiple of ten).
func decadeRes(y int, loc *time.Location) res {
	t := midnight(y, 1, 1, loc)
	var b [3]byte
	return res{value: value(pad(b[:0], y/10, 3)), grain: model.Decade, from: t, to: addDate(t, 10, 0, 0)}
}

// centuryRes is the century whose years start with c ("19" for the 1900s).
func centuryRes(c int, loc *time.Location) res {
	t := midnight(c*100, 1, 1, loc)
	var b [2]byte
	return res{value: value(pad(b[:0], c, 2)), grain: model.Century, from: t, to: addDate(t, 100, 0, 0)}
}

// podRes is part of day p of the day starting at day.
func podRes(day time.Time, p int) res {
	y, m, d := dateOf(day)
	var b [16]byte
	v := append(appendDay(b[:0], y, m, d), 'T')
	v = append(v, podCode[p]...)
	start := [...]int{0, 6, 12, 18, 21}[p]
	length := [...]int{0, 6, 6, 6, 9}[p]
	from := time.Date(y, m, d, start, 0, 0, 0, day.Location())
	return res{typ: model.TypeTime, value: value(v), grain: model.PartOfDay, from: from, to: from.Add(time.Duration(length) * time.Hour)}
}

// seasonOf returns the season (1-4) and its year for t.
func seasonOf(t time.Time) (y, s int) {
	y, m := t.Year(), int(t.Month())
	if m < 3 {
		return y - 1, 4
	}
	return y, (m-3)/3 + 1
}
