package dates

import "github.com/dipnews/diplomacy/model"

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
