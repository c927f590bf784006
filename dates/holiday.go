package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// The holidays that have a fixed rule.
const (
	hChristmas = iota + 1
	hThanksgiving
	hEaster
	hHalloween
	hNewYear
)

// holidayDate returns the date of holiday h in year y; eve asks for the
// day before.
func holidayDate(h, y int, loc *time.Location) time.Time {
	switch h {
	case hChristmas:
		return midnight(y, 12, 25, loc)
	case hThanksgiving:
		// the fourth Thursday of November (United States)
		first := midnight(y, 11, 1, loc)
		return addDate(first, 0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7+21)
	case hEaster:
		return easter(y, loc)
	case hHalloween:
		return midnight(y, 10, 31, loc)
	}
	return midnight(y, 1, 1, loc)
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int, loc *time.Location) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return midnight(y, time.Month(month), day, loc)
}

// holiday matches "Christmas", "Christmas Eve", "Thanksgiving Day",
// "Easter", "New Year's Day", "last Christmas", "next Easter", "Easter
// week".
func (s *scanner) holiday(i int) (int, res, bool) {
	rel, k := s.leadingRel(i)
	t := s.tok(k)
	if !s.has(k, cHoliday) || !t.upper {
		return i, res{}, false
	}
	h, j := int(t.w.n), k+1
	eve := false
	if h == hNewYear {
		// "New Year's Day", "New Year's Eve"
		if !s.is(j, "year") || !(s.punct(j+1, '\'') || s.punct(j+1, '’')) || !s.is(j+2, "s") || !s.isAny(j+3, "day", "eve") {
			return i, res{}, false
		}
		j += 3
	}
	switch {
	case s.is(j, "day") || s.is(j, "sunday") && h == hEaster:
		j++
	case s.is(j, "eve"):
		eve = true
		j++
	}
	// "Easter week", "Christmas week": the ISO week the holiday falls in.
	week := !eve && s.is(j, "week")
	if week {
		j++
	}
	if !s.known() {
		return j, res{}, true
	}
	at := func(y int) time.Time {
		d := holidayDate(h, y, s.loc)
		if eve {
			d = addDate(d, 0, 0, -1)
		}
		return d
	}
	y := s.day.Year()
	w := back
	switch rel {
	case rLast, rPast, rPrevious:
	case rNext, rComing, rFollowing:
		w = fwd
	case rThis, rCurrent:
		return j, dayRes(at(y)), true
	case 0:
		w = s.way(i, j, back)
	default:
		return i, res{}, false
	}
	d := at(y)
	first, last := d, d
	if week {
		// The week is this year's once it has begun, until it ends.
		first = monday(d)
		last = addDate(first, 0, 0, 6)
	}
	switch {
	case w == back && (first.After(s.day) || rel != 0 && d.Equal(s.day)):
		d = at(y - 1)
	case w == fwd && (last.Before(s.day) || rel != 0 && d.Equal(s.day)):
		d = at(y + 1)
	case w == near && absDur(d.Sub(s.day)) > absDur(at(y-1).Sub(s.day)):
		d = at(y - 1)
	}
	r := dayRes(d)
	if week {
		r = weekRes(d)
	}
	r.typ = model.TypeDate
	return j, r, true
}
