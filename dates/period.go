package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// period resolves the period of unit u that contains the anchor, moved by
// off periods: "this week" (0), "last month" (-1), "next year" (1).
func (s *scanner) period(u, off int) (res, bool) {
	d := s.day
	switch u {
	case uDay:
		return dayRes(d.AddDate(0, 0, off)), true
	case uWeek:
		return weekRes(d.AddDate(0, 0, 7*off)), true
	case uWeekend:
		return weekendRes(d.AddDate(0, 0, 7*off)), true
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
	if !s.has(k, cRel) {
		return i, res{}, false
	}
	rel := int(s.tok(k).w.rel)
	k++
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
	t := s.tok(k)
	if t.kind != kWord {
		return i, res{}, false
	}
	j := k + 1
	switch {
	case t.w.c&cUnit != 0 && t.low != "min" && t.low != "hr":
		u := int(t.w.unit)
		if the && (rel == rPast || rel == rLast) || !the && rel == rPast {
			return j, durationRes(1, false, u), true
		}
		if the && (rel == rNext || rel == rComing) && u != uDay {
			return j, durationRes(1, false, u), true
		}
		if the && rel == rThis {
			return i, res{}, false
		}
		if !s.known() {
			return j, res{}, true
		}
		r, ok := s.period(u, off)
		return j, r, ok
	case t.w.c&cPartOfDay != 0 && !the && t.low[len(t.low)-1] != 's':
		if !s.known() {
			return j, res{typ: model.TypeTime}, true
		}
		if rel == rLast || rel == rThis {
			// "last night" is the night before the anchor.
			d := s.day
			if rel == rLast {
				d = d.AddDate(0, 0, -1)
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

// monthBare matches a month with no day: "December", "last December",
// "this March", "December of 2019" is left to absDate. May and March,
// which are also common words, need a cue before them.
func (s *scanner) monthBare(i int) (int, res, bool) {
	k := i
	rel := 0
	if s.has(k, cRel) {
		rel = int(s.tok(k).w.rel)
		k++
	}
	t := s.tok(k)
	if !s.monthTok(k) || len(t.low) < 5 && t.low != "june" && t.low != "july" && t.low != "may" {
		return i, res{}, false
	}
	if (t.low == "may" || t.low == "march") && rel == 0 && !s.has(k-1, cYearCue|cEdge) && !s.lonelyMonth(k) {
		return i, res{}, false
	}
	j := k + 1
	if !s.known() {
		return j, res{}, true
	}
	m := time.Month(int(t.w.n))
	cur := s.day.Month()
	y := s.day.Year()
	switch rel {
	case rLast, rPast, rPrevious:
		if m >= cur {
			y--
		}
	case rNext, rComing, rFollowing:
		if m <= cur {
			y++
		}
	case rThis, rCurrent:
	default:
		y = s.cycle(int(m)-1, int(cur)-1, 12, s.way(i, j, back))
	}
	return j, monthRes(y, m, s.loc), true
}

// lonelyMonth reports whether the capitalized "May" or "March" at token k
// stands where a verb or a name could not: with no capitalized word
// before it and no word after it ("... until March.", "March, when ...").
func (s *scanner) lonelyMonth(k int) bool {
	p, n := s.tok(k-1), s.tok(k+1)
	if p.kind == kWord && p.upper && !s.has(k-1, cYearCue) {
		return false
	}
	return n.kind == kPunct && n.ch != '-' && n.ch != '\'' && n.ch != '’' || n.brk
}

// year matches a year written as four digits where the words around it
// make it one ("in 2018", "2018,", "fiscal 1989"), and decades ("the
// 1990s", "the '90s").
func (s *scanner) year(i int) (int, res, bool) {
	k := i
	if s.is(k, "fiscal") && s.yearNum(k+1) {
		return k + 2, yearRes(s.tok(k+1).val, s.loc), true
	}
	if s.is(k, "the") {
		k++
	}
	t := s.tok(k)
	if t.kind == kPunct && (t.ch == '\'' || t.ch == '’') {
		if n := s.tok(k + 1); n.kind == kNum && n.plural && n.digits == 2 && n.val%10 == 0 && s.glued(k+1) {
			y := 1900 + n.val
			if s.known() && y+100 <= s.day.Year() {
				y += 100
			}
			return k + 2, decadeRes(y, s.loc), true
		}
		return i, res{}, false
	}
	if t.kind == kWord {
		if j, y, ok := s.spokenYear(k); ok {
			return j, yearRes(y, s.loc), true
		}
		if t.w.c&cLead != 0 && t.w.num >= 20 && k > i {
			// "the nineties": the decade of the anchor's century, or
			// of the last century when it is still to come.
			y := 1900 + int(t.w.num)
			if s.known() && y+100 <= s.day.Year() {
				y += 100
			}
			return k + 1, decadeRes(y, s.loc), true
		}
		return i, res{}, false
	}
	if (t.kind == kNum && t.ord || t.w.c&cOrdinal != 0) && s.is(k+1, "century") {
		n := t.val
		if t.kind == kWord {
			n = int(t.w.num)
		}
		if n >= 1 && n <= 30 {
			return k + 2, centuryRes(n-1, s.loc), true
		}
	}
	if t.kind != kNum || t.ord || t.digits != 4 || t.val < 1000 || t.val >= 3000 {
		return i, res{}, false
	}
	if t.plural {
		if t.val%10 != 0 {
			return i, res{}, false
		}
		return k + 1, decadeRes(t.val, s.loc), true
	}
	if k > i || !s.yearContext(k) {
		return i, res{}, false
	}
	return k + 1, yearRes(t.val, s.loc), true
}

// spokenYear reads a year said in words: "nineteen ninety-six", "two
// thousand", "the year two thousand".
func (s *scanner) spokenYear(k int) (int, int, bool) {
	if s.is(k, "year") {
		k++
	}
	if s.isAny(k, "two") && s.is(k+1, "thousand") {
		j, y := k+2, 2000
		if s.is(j, "and") {
			j++
		}
		if n, _, e, ok := s.count(j); ok && s.tok(j).kind == kWord && n > 0 && n < 100 && !s.isAny(j, "a", "an") {
			j, y = e, y+n
		}
		return j, y, true
	}
	hi := s.tok(k)
	if hi.kind != kWord || hi.w.c&cNumber == 0 || hi.w.num < 11 || hi.w.num > 20 {
		return k, 0, false
	}
	n, _, j, ok := s.count(k + 1)
	if !ok || s.tok(k+1).kind != kWord || n < 10 || n > 99 || s.isAny(k+1, "a", "an") {
		return k, 0, false
	}
	return j, int(hi.w.num)*100 + n, true
}

// yearContext reports whether the four-digit number at token k reads as a
// year: after a word like "in" or "since", or standing alone before a
// comma or a full stop; never after a currency sign, a capitalized noun
// ("Resolution 2254") or before a unit or a per cent sign.
func (s *scanner) yearContext(k int) bool {
	p, n := s.tok(k-1), s.tok(k+1)
	if p.kind == kPunct && (p.ch == '$' || p.ch == '€' || p.ch == '£' || p.ch == '#' || p.ch == '¥') {
		return false
	}
	if n.kind == kPunct && (n.ch == '%' || n.ch == ',' && s.glued(k+1) && s.tok(k+2).kind == kNum && s.glued(k+2)) {
		return false
	}
	if n.kind == kPunct && (n.ch == '.' || n.ch == ':') && s.glued(k+1) && s.tok(k+2).kind == kNum && s.glued(k+2) {
		return false
	}
	if n.kind == kWord && (n.w.c&(cUnit|cUnits|cZone) != 0 || n.low == "percent" || n.low == "per" || n.low == "hours" || n.low == "gmt" || n.low == "utc") {
		return false
	}
	if s.tok(k).val > 2100 {
		return false
	}
	// "its 1990 invasion", "the company's 1989 results": after a
	// possessive, a number of this size is a year.
	if v := s.tok(k).val; v >= 1900 && v <= 2100 && n.kind == kWord && !n.upper &&
		(s.isAny(k-1, "its", "his", "her", "their", "our", "your", "my", "whose") ||
			s.is(k-1, "s") && (s.punct(k-2, '\'') || s.punct(k-2, '’'))) {
		return true
	}
	// "1830 shops": a count before a plural noun.
	if n.kind == kWord && !n.upper && len(n.low) > 3 && n.low[len(n.low)-1] == 's' && n.w.c == 0 && !s.glued(k+1) {
		return false
	}
	if p.kind == kWord {
		if p.w.c&(cYearCue|cMonth|cSeason|cEdge) != 0 {
			return true
		}
		// "a 1996 law", "both 1990 and 1991"
		if v := s.tok(k).val; v >= 1900 && v <= 2100 && n.kind == kWord && !n.upper && s.isAny(k-1, "a", "an", "this", "that", "both") {
			return true
		}
		if p.upper {
			return false
		}
	}
	if n.kind == kPunct && n.ch != '-' || n.brk || k+1 >= len(s.toks) || s.is(k+1, "and") {
		return true
	}
	return false
}

// season matches "the summer", "summer 2019", "the fall of 2019" (last,
// this and next seasons are left to relUnit).
func (s *scanner) season(i int) (int, res, bool) {
	k := i
	the := s.is(k, "the")
	if the {
		k++
	}
	t := s.tok(k)
	if t.kind != kWord || t.w.c&cSeason == 0 {
		return i, res{}, false
	}
	n, j := int(t.w.n), k+1
	switch {
	case s.yearNum(j):
		return j + 1, seasonRes(s.tok(j).val, n, s.loc), true
	case s.is(j, "of") && s.yearNum(j+1):
		return j + 2, seasonRes(s.tok(j+1).val, n, s.loc), true
	case s.is(j, "of"):
		if e, y, ok := s.spokenYear(j + 1); ok {
			return e, seasonRes(y, n, s.loc), true
		}
		return i, res{}, false
	case !the:
		return i, res{}, false
	}
	if !s.known() {
		return j, res{}, true
	}
	y, cur := seasonOf(s.day)
	if w := s.way(i, j, back); w == back && n > cur {
		y--
	} else if w == fwd && n < cur {
		y++
	}
	return j, seasonRes(y, n, s.loc), true
}

// theQuarter resolves "the quarter" and "the latest quarter" (token k is
// "quarter" or "latest"): the quarter last named within a few sentences,
// or else the latest quarter ended before the anchor, the one results are
// reported for.
func (s *scanner) theQuarter(i, k int) (int, res, bool) {
	j := k + 1
	if !s.is(k, "quarter") {
		j++
	}
	if s.isAny(j, "of", "ended", "ending", "earlier", "ago", "before") || s.hyphen(j) {
		return i, res{}, false
	}
	if s.lastEnd > 0 && i-s.lastEnd < discourse && s.last.grain == model.Quarter && s.is(k, "quarter") {
		return j, s.last, true
	}
	if !s.known() {
		return j, res{}, true
	}
	r, _ := s.period(uQuarter, -1)
	return j, r, true
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
	t := s.tok(k)
	switch {
	case t.kind == kWord && (t.low == "last" || t.low == "final") && s.isAny(k+1, "quarter", "half") && s.is(k+2, "of"):
		u, j = int(s.tok(k+1).w.unit), k+2
		n = 4
		if u == uHalf {
			n = 2
		}
	case k > i && y == 0 && (t.low == "quarter" || s.isAny(k, "latest", "recent") && s.is(k+1, "quarter")):
		return s.theQuarter(i, k)
	case t.kind == kWord && t.low == "q" && t.upper && s.tok(k+1).kind == kNum && s.glued(k+1) && s.tok(k+1).val >= 1 && s.tok(k+1).val <= 4:
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
	case s.yearNum(j) && s.glued(j) == false && u == uQuarter:
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
		y = s.cycle(n-1, cur, per, s.way(i, j, back))
	}
	return j, partRes(y, n, months, code, g, s.loc), true
}

// theWeek resolves "the weekend" and "the week" (tokens [i, j)) by the
// news rule: the latest one started on or before the anchor, or the next
// one when the text looks forward.
func (s *scanner) theWeek(i, j int) (int, res, bool) {
	if !s.known() {
		return j, res{}, true
	}
	weekend := s.tok(j-1).low == "weekend"
	d := s.day
	switch s.way(i, j, back) {
	case back:
		if weekend && d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			d = d.AddDate(0, 0, -7)
		}
	case fwd:
		if !weekend {
			d = d.AddDate(0, 0, 7)
		}
	}
	if weekend {
		return j, weekendRes(d), true
	}
	return j, weekRes(d), true
}
