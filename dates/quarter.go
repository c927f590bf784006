package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// theQuarter resolves "the quarter", "the latest quarter" and "the latest
// period" (token k is "quarter" or "latest"): the quarter last named within
// a few sentences, or else the latest quarter ended before the anchor, the
// one results are reported for; followed by "a year ago", the same quarter
// a year before.
func (s *scanner) theQuarter(i, k int) (int, res, bool) {
	j := k + 1
	if !s.is(k, "quarter") {
		j++
	}
	if s.isAny(j, "ended", "ending") && s.is(k, "quarter") {
		if t, ok := s.topicAt(i); ok && t.grain == model.Quarter {
			// "the fiscal first quarter … the quarter ended Sept. 29":
			// the quarter just named, in the text's own count.
			t.anaphor = true
			return j, t, true
		}
		return s.quarterEnded(i, j)
	}
	if s.isAny(j, "of", "ended", "ending", "earlier", "ago", "before") || s.hyphen(j) {
		return i, res{}, false
	}
	var r res
	switch t, ok := s.topicAt(i); {
	case ok && t.grain == model.Quarter && s.is(k, "quarter"):
		r = t
		r.anaphor = true
	case !s.known():
		return j, res{}, true
	default:
		r, _ = s.period(uQuarter, -1)
	}
	if s.isAny(j, "a", "one") && s.is(j+1, "year") && s.isAny(j+2, "ago", "earlier") {
		// "the quarter a year ago": the same quarter, a year back.
		return j + 3, s.yearsFrom(r, -1), true
	}
	return j, r, true
}

// quarterEnded resolves "the quarter" before "ended" or "ending" and a
// day at token j+1 ("the quarter ended Sept. 30"): the three months that
// end on that day, as the calendar quarter that holds most of them, so a
// company's quarter ended July 31 is the second. The day is an
// expression of its own.
func (s *scanner) quarterEnded(i, j int) (int, res, bool) {
	_, r, ok := s.absDate(j + 1)
	if !ok || r.grain != model.Day || r.value == "" {
		return i, res{}, false
	}
	y, m, d := dateOf(r.from)
	// The middle month of the three: the month before the last one, or
	// two before when the quarter ends in the first days of a month
	// (a year of 52 weeks ending "Jan. 2").
	back := 1
	if d < 15 {
		back = 2
	}
	mid := int(m) - back
	if mid < 1 {
		y, mid = y-1, mid+12
	}
	return j, quarterIn(y, time.Month(mid), s.loc), true
}

// quarter matches "the third quarter", "third-quarter", "the first half of
// 2019", "the fourth quarter of next year", "Q3".
func (s *scanner) quarter(i int) (int, res, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	var n, u, j int
	y := 0
	if s.yearNum(k) && k > i {
		// "the 1988 third quarter"
		y = s.tok(k).val
		k++
	}
	if k == i && s.isAny(k, "this", "last", "next") && s.is(k+1, "year") && s.possessive(k+2) && s.known() {
		// "this year's third quarter"
		off, _ := relOffset(int(s.tok(k).w.rel))
		y, k = s.day.Year()+off, k+4
	}
	if s.is(k, "fiscal") && (s.has(k+1, cOrdinal) || s.hyphen(k+1) && s.has(k+2, cOrdinal)) {
		// "the fiscal first quarter", "fiscal-first quarter": the
		// company's own year, read as the calendar's for want of better.
		k++
		if s.hyphen(k) {
			k++
		}
	}
	t := s.tok(k)
	if y != 0 && s.isAny(k, "quarter", "period") && !s.is(k+1, "ended") {
		// "the 1988 period", "last year's quarter": the quarter the
		// report is about, in that year.
		if tp, ok := s.topicAt(i); ok && tp.grain == model.Quarter {
			r := quarterIn(y, tp.from.Month(), s.loc)
			r.anaphor = true
			return k + 1, r, true
		}
		if !s.is(k, "quarter") || !s.known() {
			return i, res{}, false
		}
		// With none named, the quarter results are reported for: the
		// latest one ended, in that year.
		last, _ := s.period(uQuarter, -1)
		return k + 1, quarterIn(y, last.from.Month(), s.loc), true
	}
	switch {
	case t.kind == kWord && (s.word(t) == "last" || s.word(t) == "final") && s.isAny(k+1, "quarter", "half") && s.is(k+2, "of"):
		u, j = int(s.tok(k+1).w.unit), k+2
		n = 4
		if u == uHalf {
			n = 2
		}
	case k > i && y == 0 && (s.word(t) == "quarter" || s.isAny(k, "latest", "recent") && s.isAny(k+1, "quarter", "period")):
		return s.theQuarter(i, k)
	case k > i && y == 0 && s.is(k, "latest") && (s.is(k+1, "year") || s.is(k+1, "fiscal") && s.is(k+2, "year")):
		// "the latest fiscal year": the last one ended.
		j := k + 2
		if s.is(k+1, "fiscal") {
			j++
		}
		if !s.known() {
			return j, res{}, true
		}
		return j, yearRes(s.day.Year()-1, s.loc), true
	case t.kind == kWord && s.word(t) == "q" && t.upper && s.tok(k+1).kind == kNum && s.glued(k+1) && s.tok(k+1).val >= 1 && s.tok(k+1).val <= 4:
		n, u, j = s.tok(k+1).val, uQuarter, k+2
	case t.kind == kWord && t.w.c&cOrdinal != 0 || t.kind == kNum && t.ord:
		n = int(t.w.num)
		if t.kind == kNum {
			n = t.val
		}
		k++
		if s.hyphen(k) {
			k++
		}
		if !s.isAny(k, "quarter", "half") {
			return i, res{}, false
		}
		u, j = int(s.tok(k).w.unit), k+1
	default:
		return i, res{}, false
	}
	if u == uHalf && s.is(j, "of") {
		if e, r, ok := s.year(j + 1); ok && (r.grain == model.Decade || r.grain == model.Century) {
			// "the last half of the '80s": a decade has no halves
			// among TIMEX3 values, so its end.
			return e, withMod(r, [...]string{"START", "END"}[min(n, 2)-1]), true
		}
	}
	per, months, code, g := 4, 3, "Q", model.Quarter
	if u == uHalf {
		per, months, code, g = 2, 6, "H", model.Half
	}
	if n < 1 || n > per {
		return i, res{}, false
	}
	switch {
	case y != 0:
	case s.is(j, "of") && s.yearNum(j+1):
		y, j = s.tok(j+1).val, j+2
	case s.yearNum(j) && !s.glued(j) && u == uQuarter:
		y, j = s.tok(j).val, j+1
	case s.is(j, "of") && s.has(j+1, cRel) && s.is(j+2, "year"):
		if !s.known() {
			return j + 3, res{}, true
		}
		off, _ := relOffset(int(s.tok(j + 1).w.rel))
		y, j = s.day.Year()+off, j+3
	}
	if y == 0 {
		if !s.known() {
			return j, res{}, true
		}
		cur := (int(s.day.Month()) - 1) / months
		// A verb says when results are reported, not which quarter
		// they cover ("is expected to report third-quarter profit"),
		// so only the option moves a quarter.
		y = s.cycle(n-1, cur, per, s.option(back))
	}
	return j, partRes(y, n, months, code, g, s.loc), true
}
