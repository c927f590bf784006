package dates

import (
	"time"

	"github.com/araddon/dateparse"
	"github.com/dipnews/diplomacy/model"
)

// monthTok reports whether token i names a month written as in a date:
// capitalized, with abbreviations allowed ("Feb.", "Sept").
func (s *scanner) monthTok(i int) bool {
	t := s.tok(i)
	return t.kind == kWord && t.w.c&cMonth != 0 && t.upper
}

// lowerMonth reports whether token i names a month in lower case, as
// machine-translated and hastily typed news writes it ("on 4 may",
// "february 3"), where it can be part of a date. A full name is needed,
// and "may" and "march", which are also verbs, only after a day of the
// month (dayFirst) and before what no verb comes before: a mark, a
// number, the end or a preposition ("3 may in Sochi", not "3 may stay").
func (s *scanner) lowerMonth(i int, dayFirst bool) bool {
	t := s.tok(i)
	if t.kind != kWord || t.w.c&cMonth == 0 || t.upper {
		return false
	}
	switch w := s.word(t); {
	case w == "may" || w == "march":
		n := s.tok(i + 1)
		return dayFirst && (n.kind != kWord || s.isAny(i+1, "in", "at", "on", "it", "when", "and", "the"))
	case len(w) < 5 && w != "june" && w != "july":
		return false
	}
	return true
}

// monthEnd returns the index after the month at token k, with the full
// stop of an abbreviation ("5 Sept.") but not one that ends the sentence
// after a full name ("on 7 June.").
func (s *scanner) monthEnd(k int) int {
	if w := s.word(s.tok(k)); len(w) > 4 || w == "may" || w == "june" || w == "july" {
		return k + 1
	}
	return s.dot(k + 1)
}

// weekdayTok reports whether token i names a weekday: a full name, or a
// capitalized abbreviation with its full stop ("Thu.").
func (s *scanner) weekdayTok(i int) bool {
	t := s.tok(i)
	if t.kind != kWord || t.w.c&cWeekday == 0 {
		return false
	}
	return len(s.word(t)) > 5 || t.upper && s.punct(i+1, '.') && s.glued(i+1)
}

// dayNum reports whether token i is a day of the month (1-31), digits only.
func (s *scanner) dayNum(i int) bool {
	t := s.tok(i)
	return t.kind == kNum && !t.plural && t.digits <= 2 && t.val >= 1 && t.val <= 31
}

// yearNum reports whether token i is a four-digit year.
func (s *scanner) yearNum(i int) bool {
	t := s.tok(i)
	return t.kind == kNum && !t.ord && !t.plural && t.digits == 4 && t.val >= 1000 && t.val < 3000
}

// absDate matches a date with a day and a month, or a month and a year:
// "Feb. 28", "January 30, 2018", "28 February 2020", "May 2017",
// "Thursday, March 5, 2020", "2020-02-28", "the 23rd of this month".
func (s *scanner) absDate(i int) (int, res, bool) {
	k := i
	wd := -1
	if s.weekdayTok(k) {
		wd = int(s.tok(k).w.n)
		k = s.weekdayEnd(k)
		if s.punct(k, ',') {
			k++
		}
	}
	j, y, m, d, ok := s.monthDay(k)
	if !ok {
		j, y, m, d, ok = s.dayMonth(k)
	}
	if !ok {
		j, y, m, d, ok = s.numeric(k)
	}
	if !ok {
		if k > i {
			return i, res{}, false
		}
		return s.dayOfRelMonth(i)
	}
	if d == 0 {
		return j, monthRes(y, m, s.loc), true
	}
	if y == 0 {
		if !s.known() {
			return j, res{}, true
		}
		w := s.way(i, j, soon)
		if w == soon && s.f.dir == News && s.pastJustBefore(i) {
			w = back
		} else if w == soon && s.f.dir == News && !s.attributive(i, j) && s.lean(i, j) == leanSoon {
			w = near
		}
		if wd >= 0 && (w == near || w == soon) {
			// A stated weekday picks the year: the nearest one where
			// the date falls on that weekday.
			y = s.yearForWeekday(m, d, time.Weekday(wd))
		} else {
			y = s.dayYear(m, d, w)
		}
	}
	if d > daysIn(y, m) {
		return i, res{}, false
	}
	return j, dayRes(midnight(y, m, d, s.loc)), true
}

// dayYear picks the year of month m, day d in direction w from the
// anchor. The news default, soon, takes the date in the coming quarter of
// a year if it falls there ("as of March 15" written on March 5), and the
// latest one on or before the anchor otherwise ("on Dec. 28" written in
// January).
func (s *scanner) dayYear(m time.Month, d int, w way) int {
	y := s.day.Year()
	best := 0
	var gap time.Duration
	for c := y - 1; c <= y+1; c++ {
		if d > daysIn(c, m) {
			continue
		}
		diff := midnight(c, m, d, s.loc).Sub(s.day)
		ok := false
		switch w {
		case back:
			ok = diff <= 0 && (best == 0 || diff > gap)
		case fwd:
			ok = diff >= 0 && (best == 0 || diff < gap)
		case near:
			ok = best == 0 || absDur(diff) < absDur(gap)
		case soon:
			ok = diff > 0 && diff <= soonWindow || diff <= 0 && (best == 0 || diff > gap && gap <= 0)
		}
		if ok {
			best, gap = c, diff
		}
	}
	if best == 0 {
		return y
	}
	return best
}

// yearForWeekday returns the year nearest the anchor in which month m, day
// d falls on weekday wd, or the anchor's year when none of the three
// nearest does.
func (s *scanner) yearForWeekday(m time.Month, d int, wd time.Weekday) int {
	y := s.day.Year()
	for _, c := range []int{y, y - 1, y + 1} {
		if weekdayAt(unixDay(c, m, d)) == wd {
			return c
		}
	}
	return y
}

// monthDay matches "Feb. 28", "January 30, 2018", "March 15th",
// "february 3" and "May 2017". y is 0 when no year is written, d is 0 for a month and year.
func (s *scanner) monthDay(i int) (j, y int, m time.Month, d int, ok bool) {
	if !s.monthTok(i) && !(s.lowerMonth(i, false) && s.dayNum(i+1)) {
		return
	}
	m = time.Month(int(s.tok(i).w.n))
	k := s.dot(i + 1)
	switch {
	case s.dayNum(k) && !s.glued(k):
		d, j = s.tok(k).val, k+1
		// "Feb. 28-29" and "Feb. 28, 2018"
		if s.punct(j, ',') && s.yearNum(j+1) {
			return j + 2, s.tok(j + 1).val, m, d, true
		}
		if s.yearNum(j) {
			return j + 1, s.tok(j).val, m, d, true
		}
		if s.tok(j).kind == kNum && s.glued(j) {
			return
		}
		return j, 0, m, d, true
	case s.yearNum(k) && !s.glued(k):
		return k + 1, s.tok(k).val, m, 0, true
	case s.is(k, "of") && s.yearNum(k+1):
		return k + 2, s.tok(k + 1).val, m, 0, true
	case s.isAny(k, "last", "this", "next") && s.is(k+1, "year") && s.known():
		// "June last year"
		off, _ := relOffset(int(s.tok(k).w.rel))
		return k + 2, s.day.Year() + off, m, 0, true
	}
	if e, y, ok := s.spokenYear(k); ok && s.tok(k).kind == kWord {
		return e, y, m, 0, true
	}
	return
}

// dayMonth matches "28 February 2020", "the 5th of March", "5 March" and
// "4 may".
func (s *scanner) dayMonth(i int) (j, y int, m time.Month, d int, ok bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if !s.dayNum(k) {
		return
	}
	d = s.tok(k).val
	k++
	if s.is(k, "of") {
		k++
	}
	if !s.monthTok(k) && !s.lowerMonth(k, true) {
		return
	}
	m = time.Month(int(s.tok(k).w.n))
	j = s.monthEnd(k)
	if s.punct(j, ',') && s.yearNum(j+1) {
		return j + 2, s.tok(j + 1).val, m, d, true
	}
	if s.yearNum(j) {
		return j + 1, s.tok(j).val, m, d, true
	}
	return j, 0, m, d, true
}

// numeric matches all-digit dates: "2020-02-28", "2020/02/28", "02/28/2020".
func (s *scanner) numeric(i int) (j, y int, m time.Month, d int, ok bool) {
	a := s.tok(i)
	if a.kind != kNum || a.ord || a.plural {
		return
	}
	sep := s.tok(i + 1)
	if sep.kind != kPunct || sep.ch != '-' && sep.ch != '/' || !s.glued(i+1) || !s.glued(i+2) || !s.glued(i+3) || !s.glued(i+4) {
		return
	}
	b, c := s.tok(i+2), s.tok(i+4)
	if b.kind != kNum || c.kind != kNum || !s.punct(i+3, sep.ch) || b.ord || c.ord || b.plural || c.plural {
		return
	}
	if !(a.digits == 4 && a.val >= 1000 && b.digits <= 2 && c.digits <= 2) && !(a.digits <= 2 && b.digits <= 2 && c.digits == 4 && c.val >= 1000) {
		return
	}
	if nx := s.tok(i + 5); (nx.kind == kNum || nx.kind == kPunct && (nx.ch == '-' || nx.ch == '/')) && s.glued(i+5) {
		return
	}
	t, err := dateparse.ParseIn(s.text[a.start:c.end], s.loc)
	if err != nil {
		return
	}
	y, m, d = t.Date()
	return i + 5, y, m, d, true
}

// dayOfRelMonth matches "the 23rd of this month" and "the 5th of next
// month".
func (s *scanner) dayOfRelMonth(i int) (int, res, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	t := s.tok(k)
	if !(t.kind == kNum && t.ord && t.val >= 1 && t.val <= 31) {
		return i, res{}, false
	}
	if k > i && s.is(i-1, "on") && !s.is(k+1, "of") {
		// "on the 25th": a day of the month around the anchor.
		if !s.known() {
			return k + 1, res{}, true
		}
		var best time.Time
		for off := -1; off <= 1; off++ {
			first := midnight(s.day.Year(), s.day.Month()+time.Month(off), 1, s.loc)
			if t.val > daysIn(first.Year(), first.Month()) {
				continue
			}
			d := addDate(first, 0, 0, t.val-1)
			if diff := d.Sub(s.day); diff > 0 && diff <= 15*24*time.Hour || diff <= 0 && diff > -17*24*time.Hour {
				best = d
			}
		}
		if best.IsZero() {
			return i, res{}, false
		}
		return k + 1, dayRes(best), true
	}
	if !s.is(k+1, "of") || !s.isAny(k+2, "this", "next", "last") || !s.is(k+3, "month") {
		return i, res{}, false
	}
	j := k + 4
	if !s.known() {
		return j, res{typ: model.TypeDate}, true
	}
	off := 0
	switch s.word(s.tok(k + 2)) {
	case "next":
		off = 1
	case "last":
		off = -1
	}
	first := midnight(s.day.Year(), s.day.Month()+time.Month(off), 1, s.loc)
	if t.val > daysIn(first.Year(), first.Month()) {
		return i, res{}, false
	}
	return j, dayRes(addDate(first, 0, 0, t.val-1)), true
}
