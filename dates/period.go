package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// period resolves the period of unit u that contains the anchor, moved by
// off periods: "this week" (0), "last month" (-1), "next year" (1).
func (s *scanner) period(u, off int) (res, bool) { return s.periodFrom(s.day, u, off) }

// periodFrom resolves the period of unit u that contains d, moved by off
// periods.
func (s *scanner) periodFrom(d time.Time, u, off int) (res, bool) {
	switch u {
	case uDay:
		return dayRes(addDate(d, 0, 0, off)), true
	case uWeek:
		return weekRes(addDate(d, 0, 0, 7*off)), true
	case uWeekend:
		return weekendRes(addDate(d, 0, 0, 7*off)), true
	case uMonth:
		return monthRes(d.Year(), d.Month()+time.Month(off), s.loc), true
	case uQuarter:
		q := (int(d.Month())-1)/3 + off
		y := d.Year() + floorDiv(q, 4)
		return partRes(y, q-4*floorDiv(q, 4)+1, 3, "Q", model.Quarter, s.loc), true
	case uHalf:
		h := (int(d.Month())-1)/6 + off
		y := d.Year() + floorDiv(h, 2)
		return partRes(y, h-2*floorDiv(h, 2)+1, 6, "H", model.Half, s.loc), true
	case uYear:
		return yearRes(d.Year()+off, s.loc), true
	case uDecade:
		return decadeRes((d.Year()/10+off)*10, s.loc), true
	case uCentury:
		return centuryRes(d.Year()/100+off, s.loc), true
	}
	return res{}, false
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// leadingRel reads an optional relation word ("last", "this", "next") at
// token k: its relation, 0 when there is none, and the token after it.
func (s *scanner) leadingRel(k int) (rel, next int) {
	if s.has(k, cRel) {
		return int(s.tok(k).w.rel), k + 1
	}
	return 0, k
}

// relOffset is the move of a relation word: last -1, next +1, this 0.
func relOffset(rel int) (int, bool) {
	switch rel {
	case rLast, rPrevious, rPast:
		return -1, true
	case rNext, rFollowing, rComing:
		return 1, true
	case rThis, rCurrent:
		return 0, true
	}
	return 0, false
}

// relUnit matches a relation and a unit: "last week", "this year", "next
// month", "the previous day", "the past week" (a duration), "the past two
// months", "last night", "this morning", "last summer".
func (s *scanner) relUnit(i int) (int, res, bool) {
	k := i
	the := s.is(k, "the")
	if the {
		k++
	}
	if the && s.isAny(k, "weekend", "week") && !s.is(k+1, "of") {
		return s.theWeek(i, k+1)
	}
	if the && s.is(k, "week") && s.is(k+1, "of") {
		// "the week of March 6"
		if j, r, ok := s.absDate(k + 2); ok && r.grain == model.Day {
			return j, weekRes(r.from), true
		}
		return i, res{}, false
	}
	if the && s.isAny(k, "full", "fiscal") && s.is(k+1, "year") {
		// "the full year", "the fiscal year", read as the calendar's
		k++
	}
	if the && s.is(k, "year") && !s.hyphen(k+1) && !s.isAny(k+1, "before", "after", "earlier", "ago", "later", "'", "’") {
		return s.theYear(i, k+1)
	}
	if !s.has(k, cRel) {
		return i, res{}, false
	}
	rel := int(s.tok(k).w.rel)
	k++
	if rel == rThis && s.isAny(k, "past", "coming") && (s.isAny(k+1, "weekend", "week", "month", "year") || s.has(k+1, cSeason)) {
		// "this past weekend", "this past spring": the one just gone;
		// "this coming week" the one ahead
		rel = rLast
		if s.is(k, "coming") {
			rel = rComing
		}
		k++
	}
	// "the past two months", "the next few days": a duration.
	if rel == rPast || rel == rNext || rel == rLast || rel == rComing || rel == rPrevious || rel == rFollowing {
		if j, r, ok := s.duration(k); ok && r.typ == model.TypeDuration && !s.is(j, "ago") {
			return j, r, true
		}
	}
	off, ok := relOffset(rel)
	if !ok {
		return i, res{}, false
	}
	if s.is(k, "fiscal") && s.isAny(k+1, "year", "quarter") {
		// "the current fiscal year", read as the calendar's
		k++
	}
	t := s.tok(k)
	if t.kind != kWord {
		return i, res{}, false
	}
	j := k + 1
	switch {
	case t.w.c&cUnit != 0 && s.word(t) != "min" && s.word(t) != "hr":
		u := int(t.w.unit)
		if the && (rel == rPast || rel == rLast) || !the && rel == rPast || the && (rel == rNext || rel == rComing) && u != uDay {
			if s.is(j, "or") && s.is(j+1, "so") {
				j += 2
			}
			return j, durationRes(1, false, u), true
		}
		if the && rel == rThis {
			return i, res{}, false
		}
		if !s.known() {
			return j, res{}, true
		}
		if t, ok := s.topicAt(i); ok && rel == rLast && u == uYear && !the && s.comparative(i) {
			// "net rose to $5 million from $4 million last year", in a
			// report on a quarter: the same quarter a year before.
			return j, s.yearsFrom(t, -1), true
		}
		base := s.day
		if the && (rel == rFollowing || rel == rPrevious || rel == rNext && u == uDay) && s.lastEnd > 0 && i-s.lastEnd < discourse {
			// "the following year" counts from the date just named.
			base = s.last.from
		}
		r, ok := s.periodFrom(base, u, off)
		return j, r, ok
	case t.w.c&cPartOfDay != 0 && the && (rel == rNext || rel == rFollowing || rel == rPrevious) && s.word(t)[len(s.word(t))-1] != 's':
		// "the next morning", "the previous night": beside the day just
		// told of, or else the anchor.
		if !s.known() {
			return j, res{typ: model.TypeTime}, true
		}
		base := s.day
		if s.lastEnd > 0 && i-s.lastEnd < discourse && s.last.grain == model.Day {
			base = s.last.from
		}
		return j, podRes(addDate(base, 0, 0, off), int(t.w.n)), true
	case t.w.c&cPartOfDay != 0 && !the && s.word(t)[len(s.word(t))-1] != 's':
		if !s.known() {
			return j, res{typ: model.TypeTime}, true
		}
		if rel == rLast || rel == rThis {
			// "last night" is the night before the anchor.
			d := s.day
			if rel == rLast {
				d = addDate(d, 0, 0, -1)
			}
			return j, podRes(d, int(t.w.n)), true
		}
	case t.w.c&cSeason != 0 && !the:
		if !s.known() {
			return j, res{}, true
		}
		y, cur := seasonOf(s.day)
		n := int(t.w.n)
		switch {
		case off < 0 && n >= cur:
			y--
		case off > 0 && n <= cur:
			y++
		}
		return j, seasonRes(y, n, s.loc), true
	}
	return i, res{}, false
}

// theYear resolves "the year" (tokens [i, j)): a span of a year before
// "ended" or "ending" ("the year ended March 31"), else the anchor's year
// ("profit for the year").
func (s *scanner) theYear(i, j int) (int, res, bool) {
	if s.isAny(j, "ended", "ending", "through", "to") {
		return j, durationRes(1, false, uYear), true
	}
	if !s.known() {
		return j, res{}, true
	}
	return j, yearRes(s.day.Year(), s.loc), true
}

// theWeek resolves "the weekend" and "the week" (tokens [i, j)) by the
// news rule: the latest one started on or before the anchor, or the next
// one when the text looks forward.
func (s *scanner) theWeek(i, j int) (int, res, bool) {
	if !s.known() {
		return j, res{}, true
	}
	weekend := s.word(s.tok(j-1)) == "weekend"
	d := s.day
	switch s.way(i, j, back) {
	case back:
		if weekend && d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			d = addDate(d, 0, 0, -7)
		}
	case fwd:
		if !weekend {
			d = addDate(d, 0, 0, 7)
		}
	}
	if weekend {
		return j, weekendRes(d), true
	}
	return j, weekRes(d), true
}
