package dates

import (
	"strconv"

	"github.com/dipnews/diplomacy/model"
)

// unitLetter gives the TIMEX3 letter of each unit, whether it is a time
// (after "T") rather than a date unit, and how many of the letter's unit
// it is. Decades, centuries and millennia, for which ISO 8601 has no
// letter, are written in years: "two decades" is P20Y.
var unitLetter = [...]struct {
	c    string
	time bool
	mul  int
}{
	uSecond: {"S", true, 1}, uMinute: {"M", true, 1}, uHour: {"H", true, 1},
	uDay: {"D", false, 1}, uWeek: {"W", false, 1}, uWeekend: {"D", false, 2},
	uMonth: {"M", false, 1}, uQuarter: {"Q", false, 1}, uHalf: {"M", false, 6},
	uYear: {"Y", false, 1}, uDecade: {"Y", false, 10}, uCentury: {"Y", false, 100},
	uMillennium: {"Y", false, 1000}, uFortnight: {"W", false, 2},
	uSeason: {"M", false, 3},
}

// durationRes is the duration of n units u, or of an unknown number of
// them when vague ("several weeks" is PXW).
func durationRes(n int, vague bool, u int) res {
	l := unitLetter[u]
	b := make([]byte, 0, 8)
	b = append(b, 'P')
	if l.time {
		b = append(b, 'T')
	}
	if vague {
		b = append(b, 'X')
	} else {
		b = strconv.AppendInt(b, int64(n*l.mul), 10)
	}
	b = append(b, l.c...)
	return res{typ: model.TypeDuration, value: value(b)}
}

// half reads "1/2" or "and a half" at token j.
func (s *scanner) half(j int) (int, bool) {
	switch {
	case s.tok(j).kind == kNum && s.tok(j).val == 1 && s.punct(j+1, '/') && s.glued(j+1) && s.tok(j+2).kind == kNum && s.tok(j+2).val == 2 && s.glued(j+2):
		return j + 3, true
	case s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half"):
		return j + 3, true
	}
	return j, false
}

// halfUnit gives, for each unit, half of it in the next smaller unit.
var halfUnit = [...]struct {
	n int
	u int
}{
	uYear: {6, uMonth}, uMonth: {15, uDay}, uDay: {12, uHour}, uHour: {30, uMinute},
	uMinute: {30, uSecond}, uDecade: {5, uYear}, uCentury: {50, uYear}, uWeek: {84, uHour},
}

// halfRes is n and a half units u: "2 1/2 years" is P2Y6M, "half an hour"
// PT30M.
func halfRes(n, u int) res {
	h := halfUnit[u]
	if h.u == uNone {
		return durationRes(n, false, u)
	}
	if n == 0 {
		return durationRes(h.n, false, h.u)
	}
	if l, hl := unitLetter[u], unitLetter[h.u]; l.c == hl.c && l.time == hl.time {
		// "a decade and a half" is P15Y.
		return durationRes(n*l.mul+h.n*hl.mul, false, h.u)
	}
	a, b := durationRes(n, false, u).value, durationRes(h.n, false, h.u).value
	switch {
	case unitLetter[h.u].time && !unitLetter[u].time:
		b = b[1:] // "P2D" + "T12H"
	default:
		b = b[len("P"):]
		if unitLetter[h.u].time {
			b = b[1:]
		}
	}
	return res{typ: model.TypeDuration, value: a + b}
}

// unitAt reads a unit word at token k, singular or plural.
func (s *scanner) unitAt(k int) (int, bool) {
	t := s.tok(k)
	if t.kind != kWord || t.w.c&(cUnit|cUnits) == 0 {
		return 0, false
	}
	return int(t.w.unit), true
}

// duration matches an amount of time: "six months", "150 hours", "a
// week", "two-year", "several weeks", "the nine months", "the first nine
// months", and with "ago", "later" or "earlier" the date it leads to:
// "two days ago", "a year earlier".
func (s *scanner) duration(i int) (int, res, bool) {
	k := i
	if s.is(k, "the") {
		k++
		if s.isAny(k, "first", "last", "past", "next", "latest") {
			k++
		}
	}
	n, vague, j, ok := s.count(k)
	half := false
	if !ok && s.is(k, "half") && s.isAny(k+1, "a", "an") {
		// "half an hour"
		n, j, ok, half = 0, k+2, true, true
	}
	if !ok {
		return i, res{}, false
	}
	if e, ok := s.half(j); ok && !vague {
		j, half = e, true
	} else if s.isAny(j, "to", "or") && !vague {
		// "two to three weeks": the range is one expression; its value
		// is the lower bound.
		if _, v2, e, ok := s.count(j + 1); ok && !v2 {
			if _, ok := s.unitAt(e); ok {
				j = e
			}
		}
	}
	if _, ok := s.unitAt(j + 1); ok && s.has(j, cFill) {
		// "two more weeks", "an additional year", "eight trading days"
		j++
	}
	if s.hyphen(j) {
		// "two-year", "30-day", "several-year", but not an age
		// ("6-year-old")
		if u, ok := s.unitAt(j + 1); ok && s.has(j+1, cUnit) && u != uHalf && !(s.hyphen(j+2) && s.is(j+3, "old")) {
			return j + 2, durationRes(n, vague, u), true
		}
		return i, res{}, false
	}
	u, ok := s.unitAt(j)
	if !ok || u == uHalf || u == uSecond && s.isAny(k, "a", "an") {
		return i, res{}, false
	}
	if n == 1 && s.tok(k).kind == kWord && s.has(j, cUnits) {
		return i, res{}, false
	}
	// "two day rally" is an amount said as an adjective; "5 year" is not.
	if n > 1 && s.has(j, cUnit) && !s.has(j, cUnits) && (s.tok(k).kind != kWord || s.tok(j+1).kind != kWord || s.tok(j+1).upper) {
		return i, res{}, false
	}
	if s.has(j, cUnits) && s.is(j+1, "old") || s.hyphen(j+1) && s.isAny(j+2, "earlier", "ago", "old", "end", "long") {
		// an age, "a year-earlier loss", or "an hour-long call", which
		// unitLong reads from the unit on
		return i, res{}, false
	}
	if u == uQuarter && !vague && (s.is(j+1, "of") && !s.is(j+2, "the") || s.is(j+1, "of") && s.is(j+2, "the") && !s.has(j+3, cUnit)) {
		// "a quarter of the votes" is a fraction; "several quarters of
		// losses" is not.
		return i, res{}, false
	}
	j++
	if e, ok := s.half(j); ok && !vague && !half {
		// "a year and a half"
		j, half = e, true
	}
	if s.is(j, "or") && s.is(j+1, "so") {
		j += 2
	}
	if half {
		return j, halfRes(n, u), true
	}
	if n == 1 && (s.isAny(k, "a", "an") || s.is(k, "per")) {
		// "twice a year": a frequency, so a set.
		if s.isAny(k-1, "twice", "once", "thrice", "times") {
			return j, res{typ: model.TypeSet, value: durationRes(1, false, u).value}, true
		}
		// "$500 million a year", "four flights a week": a rate, no time.
		if s.amountBefore(k) && !s.isAny(j, "ago", "later", "earlier", "before", "after", "from") {
			return i, res{}, false
		}
	}
	if s.is(j, "ago") || s.isAny(j, "later", "earlier") || s.is(j, "from") && s.is(j+1, "now") {
		return s.shift(i, j, n, vague, u)
	}
	if k == i && s.someday(i, j) {
		return j, res{typ: model.TypeDate, value: "FUTURE_REF"}, true
	}
	return j, durationRes(n, vague, u), true
}

// someUnits matches a unit in the plural with no number, after a word
// that makes it an amount: "for years", "within weeks", "in months"; and
// before "ago": "months ago".
func (s *scanner) someUnits(i int) (int, res, bool) {
	u, ok := s.unitAt(i)
	if ok && s.has(i, cUnits) && s.is(i+1, "ago") && u != uHalf && s.tok(i-1).kind == kWord && !s.has(i-1, cNumber|cVague|cFill) {
		// "months ago", as "several months ago"
		return i + 2, res{typ: model.TypeDate, value: "PAST_REF"}, true
	}
	if !ok || !s.has(i, cUnits) || !s.isAny(i-1, "for", "over", "within", "in", "after", "about", "nearly", "took", "takes", "take") {
		return i, res{}, false
	}
	if s.isAny(i+1, "of", "ago", "old", "later", "earlier") || s.hyphen(i+1) || u == uHalf {
		return i, res{}, false
	}
	return i + 1, durationRes(0, true, u), true
}

// unitLong matches a unit made an adjective with "long": "hour-long"
// (PT1H), "day-long", "decades-long" (PXY).
func (s *scanner) unitLong(i int) (int, res, bool) {
	u, ok := s.unitAt(i)
	if !ok || u == uHalf || !s.hyphen(i+1) || !s.is(i+2, "long") {
		return i, res{}, false
	}
	if s.has(i, cUnits) {
		return i + 3, durationRes(0, true, u), true
	}
	return i + 3, durationRes(1, false, u), true
}

// amountBefore reports whether an amount ends just before token k: a
// number, perhaps with a scale or one word counted ("$1.76", "$2
// million", "700 seats", "24 hours").
func (s *scanner) amountBefore(k int) bool {
	p := s.tok(k - 1)
	if p.kind == kNum {
		return true
	}
	q := s.tok(k - 2)
	return p.kind == kWord && !p.upper && p.w.c&(cYearCue|cApprox|cThe) == 0 &&
		(q.kind == kNum || s.has(k-2, cNumber) && !s.isAny(k-2, "a", "an"))
}

// someday reports whether "one day" (tokens [i, j)) means some day to
// come, as between a modal or a subject and its verb ("Islam will one
// day be", "he hoped he one day follows"), not a day long ("for one day").
func (s *scanner) someday(i, j int) bool {
	if !s.is(i, "one") || !s.is(i+1, "day") || j != i+2 {
		return false
	}
	n := s.tok(j)
	return s.isAny(i-1, "will", "would", "could", "might", "may", "can", "shall", "he", "she", "they", "we", "i", "you", "it") &&
		n.kind == kWord && !n.upper && n.w.c == 0 && !s.isAny(j, "of", "and", "or", "to", "at", "on", "for", "with")
}
