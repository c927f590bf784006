package dates

import "github.com/dipnews/diplomacy/model"

// that matches a period named by pointing back at the date just told:
// "that day", "that same week", "that year", "that morning". Its value is
// the period of that unit around the earlier date, which must be at least
// as fine ("that day" after "in 1997" is not known). With no such date
// nearby it keeps its text and gets no value.
func (s *scanner) that(i int) (int, res, bool) {
	if !s.is(i, "that") {
		return i, res{}, false
	}
	k := i + 1
	if s.is(k, "same") {
		k++
	}
	t := s.tok(k)
	pod := t.kind == kWord && s.has(k, cPartOfDay) && !s.has(k, cWeekdays) && s.word(t)[len(s.word(t))-1] != 's'
	g, unit := model.GrainNone, 0
	if u, ok := s.unitAt(k); ok && s.has(k, cUnit) {
		g, unit = unitGrain(u), u
	}
	if g == model.GrainNone && !pod {
		return i, res{}, false
	}
	j := k + 1
	if s.possessive(j) || s.hyphen(j) || s.is(j, "after") && s.is(j+1, s.word(t)) {
		// "that year's budget", "that day-long visit", "that week after week"
		return i, res{}, false
	}
	if s.lastEnd == 0 || i-s.lastEnd > discourse || !s.known() {
		if pod {
			return j, res{typ: model.TypeTime}, true
		}
		return j, res{}, true
	}
	if pod {
		if s.last.grain < model.Day {
			return j, res{typ: model.TypeTime}, true
		}
		r := podRes(midnight(s.last.from.Year(), s.last.from.Month(), s.last.from.Day(), s.loc), int(t.w.n))
		r.anaphor = true
		return j, r, true
	}
	if s.last.grain < g {
		return j, res{}, true
	}
	// periodFrom knows every unit unitGrain admits.
	r, _ := s.periodFrom(s.last.from, unit, 0)
	r.anaphor = true
	return j, r, true
}

// unitGrain is the grain of a period of one unit, or GrainNone for the
// units "that" does not point with.
func unitGrain(u int) model.Grain {
	switch u {
	case uDay:
		return model.Day
	case uWeek:
		return model.Week
	case uMonth:
		return model.Month
	case uQuarter:
		return model.Quarter
	case uYear:
		return model.Year
	}
	return model.GrainNone
}
