package dates

import (
	"strconv"

	"github.com/dipnews/diplomacy/model"
)

// unitLetter gives the TIMEX3 letter of each unit and whether it is a
// time (after "T") rather than a date unit.
var unitLetter = [...]struct {
	c    string
	time bool
	mul  int
}{
	uSecond: {"S", true, 1}, uMinute: {"M", true, 1}, uHour: {"H", true, 1},
	uDay: {"D", false, 1}, uWeek: {"W", false, 1}, uWeekend: {"D", false, 2},
	uMonth: {"M", false, 1}, uQuarter: {"Q", false, 1}, uHalf: {"M", false, 6},
	uYear: {"Y", false, 1}, uDecade: {"E", false, 1}, uCentury: {"C", false, 1},
	uMillennium: {"L", false, 1}, uFortnight: {"W", false, 2},
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
	return res{typ: model.TypeDuration, value: string(b)}
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
		if s.isAny(k, "first", "last", "past", "next") {
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
	if s.hyphen(j) {
		// "two-year", "30-day", but not an age ("6-year-old")
		if u, ok := s.unitAt(j + 1); ok && s.has(j+1, cUnit) && !vague && u != uHalf && !(s.hyphen(j+2) && s.is(j+3, "old")) {
			return j + 2, durationRes(n, false, u), true
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
	if s.has(j, cUnits) && s.is(j+1, "old") {
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
	// "twice a year": a frequency, so a set.
	if n == 1 && (s.isAny(k, "a", "an") || s.is(k, "per")) && s.isAny(k-1, "twice", "once", "thrice", "times") {
		return j, res{typ: model.TypeSet, value: durationRes(1, false, u).value}, true
	}
	if s.is(j, "ago") || s.isAny(j, "later", "earlier") || s.is(j, "from") && s.is(j+1, "now") {
		return s.shift(i, j, n, vague, u)
	}
	return j, durationRes(n, vague, u), true
}

// someUnits matches a unit in the plural with no number, after a word
// that makes it an amount: "for years", "within weeks", "in months".
func (s *scanner) someUnits(i int) (int, res, bool) {
	u, ok := s.unitAt(i)
	if !ok || !s.has(i, cUnits) || !s.isAny(i-1, "for", "over", "within", "in", "after", "about", "nearly", "took", "takes", "take") {
		return i, res{}, false
	}
	if s.isAny(i+1, "of", "ago", "old", "later", "earlier") || s.hyphen(i+1) || u == uHalf {
		return i, res{}, false
	}
	return i + 1, durationRes(0, true, u), true
}

// yearAgo matches "year-earlier", "the year-ago quarter" and "the
// comparable year-earlier period": the period a year before the quarter or
// month named just before, or the year before the anchor.
func (s *scanner) yearAgo(i int) (int, res, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if s.is(k, "comparable") {
		k++
	}
	if !s.is(k, "year") || !s.hyphen(k+1) || !s.isAny(k+2, "earlier", "ago") {
		return i, res{}, false
	}
	j := k + 3
	if s.isAny(j, "quarter", "period") {
		j++
	}
	if k > i && j == k+3 {
		return i, res{}, false
	}
	if s.lastEnd > 0 && i-s.lastEnd < discourse && periodGrain(s.last.grain) {
		_, r, ok := s.shift(i, k+2, 1, false, uYear)
		return j, r, ok
	}
	if !s.known() {
		return j, res{}, true
	}
	return j, yearRes(s.day.Year()-1, s.loc), true
}

// shift resolves "two days ago" and "a year earlier" (tokens [i, j) are
// the amount): ago counts back from the anchor, earlier and later from the
// latest date of the same sentence when there is one.
func (s *scanner) shift(i, j, n int, vague bool, u int) (int, res, bool) {
	dir := 1
	if s.isAny(j, "ago", "earlier") {
		dir = -1
	}
	end := j + 1
	if s.is(j, "from") {
		end = j + 2
	}
	if vague {
		v := "FUTURE_REF"
		if dir < 0 {
			v = "PAST_REF"
		}
		return end, res{typ: model.TypeDate, value: v}, true
	}
	base := s.day
	ref := res{}
	if s.lastEnd > 0 && (s.sameSentence(s.lastEnd, i) && !s.is(j, "ago") || i-s.lastEnd < discourse && periodGrain(s.last.grain)) {
		ref, base = s.last, s.last.from
	}
	if base.IsZero() {
		return end, res{}, true
	}
	// A year before a quarter or a month is that quarter or month a year
	// before ("third-quarter profit fell from a year earlier").
	if u == uYear && periodGrain(ref.grain) {
		from := ref.from.AddDate(dir*n, 0, 0)
		switch ref.grain {
		case model.Quarter:
			return end, partRes(from.Year(), (int(from.Month())-1)/3+1, 3, "Q", model.Quarter, s.loc), true
		case model.Half:
			return end, partRes(from.Year(), (int(from.Month())-1)/6+1, 6, "H", model.Half, s.loc), true
		}
		return end, monthRes(from.Year(), from.Month(), s.loc), true
	}
	n *= dir
	switch u {
	case uSecond, uMinute, uHour:
		return end, dayRes(base), true
	case uDay:
		return end, dayRes(base.AddDate(0, 0, n)), true
	case uWeek, uFortnight:
		if u == uFortnight {
			n *= 2
		}
		return end, weekRes(base.AddDate(0, 0, 7*n)), true
	case uWeekend:
		return end, weekendRes(base.AddDate(0, 0, 7*n)), true
	case uMonth:
		t := base.AddDate(0, n, 0)
		return end, monthRes(t.Year(), t.Month(), s.loc), true
	case uQuarter:
		t := base.AddDate(0, 3*n, 0)
		return end, partRes(t.Year(), (int(t.Month())-1)/3+1, 3, "Q", model.Quarter, s.loc), true
	case uYear:
		return end, yearRes(base.Year()+n, s.loc), true
	case uDecade:
		return end, decadeRes((base.Year()+10*n)/10*10, s.loc), true
	case uCentury:
		return end, centuryRes(base.Year()/100+n, s.loc), true
	}
	return end, res{}, true
}

// discourse is how many tokens back a quarter or a month mentioned
// before still anchors "a year ago" ("Net rose in the third quarter ...
// from $5 million a year ago").
const discourse = 80

// periodGrain reports whether g is a period that "a year ago" keeps.
func periodGrain(g model.Grain) bool {
	return g == model.Quarter || g == model.Half || g == model.Month
}

// sameSentence reports whether no sentence ends between tokens a and b.
func (s *scanner) sameSentence(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.brk || t.kind == kPunct && (t.ch == '.' || t.ch == '!' || t.ch == '?') && !s.glued(k) {
			return false
		}
	}
	return true
}

// approx matches a modifier before an amount or a time: "more than six
// hours", "at least 30 days", "about two years", "nearly an hour".
func (s *scanner) approx(i int) (int, res, bool) {
	k, mod := s.modifier(i)
	if k == i {
		return i, res{}, false
	}
	j, r, ok := s.duration(k)
	if !ok {
		j, r, ok = s.clock(k)
		if !ok {
			return i, res{}, false
		}
	}
	if r.mod == "" {
		r.mod = mod
	}
	return j, r, true
}

// modifier reads the TIMEX3 mod words at token i, returning the index
// after them (i when none).
func (s *scanner) modifier(i int) (int, string) {
	switch {
	case s.isAny(i, "more", "over") && s.is(i+1, "than"), s.is(i, "just") && s.is(i+1, "over"):
		return i + 2, "MORE_THAN"
	case s.isAny(i, "less", "fewer") && s.is(i+1, "than"), s.is(i, "just") && s.is(i+1, "under"):
		return i + 2, "LESS_THAN"
	case s.is(i, "at") && s.is(i+1, "least"), s.is(i, "no") && s.isAny(i+1, "less", "fewer") && s.is(i+2, "than"):
		if s.is(i, "no") {
			return i + 3, "EQUAL_OR_MORE"
		}
		return i + 2, "EQUAL_OR_MORE"
	case s.is(i, "at") && s.is(i+1, "most"), s.is(i, "up") && s.is(i+1, "to"):
		return i + 2, "EQUAL_OR_LESS"
	case s.is(i, "no") && s.is(i+1, "more") && s.is(i+2, "than"):
		return i + 3, "EQUAL_OR_LESS"
	case s.isAny(i, "about", "around", "roughly", "approximately", "some", "nearly", "almost"):
		return i + 1, "APPROX"
	case s.isAny(i, "over", "under") && !s.is(i+1, "the"):
		if s.is(i, "over") {
			return i + 1, "MORE_THAN"
		}
		return i + 1, "LESS_THAN"
	}
	return i, ""
}
