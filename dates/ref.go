package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// ref matches the references to the present, past and future: "now",
// "currently", "recently", "recent years", "soon", "the future", "in the
// immediate future", "the past", "at present", "the coming weeks", "past
// years", "the weeks ahead".
func (s *scanner) ref(i int) (int, res, bool) {
	t := s.tok(i)
	k := i
	if t.kind != kWord {
		return i, res{}, false
	}
	switch {
	case t.w.c&cRef != 0 && s.word(t) != "future":
		j := i + 1
		v := [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}[int(t.w.n)]
		if s.word(t) == "recent" {
			// "recent years", "recent days": the extent takes the unit.
			if s.has(j, cUnits) {
				j++
			}
		}
		if v == "PRESENT_REF" && (s.hyphen(i-1) && s.is(i-2, "then") || s.is(i-1, "then") && s.isAny(i-2, "the", "its", "his", "her", "their")) {
			// "the then current chairman", "then-current rules": the
			// present of a time gone by; but "since then current
			// prices rose" speaks of today.
			v = "PAST_REF"
		}
		if s.word(t) == "soon" && s.is(i+1, "as") && s.is(i+2, "possible") {
			return i + 3, res{typ: model.TypeDate, value: v}, true
		}
		if s.word(t) == "soon" && (s.is(i-1, "as") || s.isAny(i+1, "after", "afterwards")) {
			return i, res{}, false
		}
		return j, res{typ: model.TypeDate, value: v}, true
	case s.word(t) == "the":
		k++
		if s.isAny(k, "immediate", "near", "foreseeable", "distant", "short") {
			k++
		}
		switch {
		case s.isAny(k-1, "near", "short") && s.is(k, "term"):
			return k + 1, res{typ: model.TypeDate, value: "FUTURE_REF"}, true
		case s.is(k, "future"):
			return k + 1, res{typ: model.TypeDate, value: "FUTURE_REF"}, true
		case k == i+1 && s.isAny(k, "coming", "past") && s.has(k+1, cUnits) && !s.is(k+2, "of"):
			// "the coming weeks", "the past years": as without "the"
			return k + 2, res{typ: model.TypeDate, value: pastOrFuture(s.is(k, "past"))}, true
		case k == i+1 && s.has(k, cUnits) && s.isAny(i-1, "over", "through", "throughout") && !s.isAny(k+1, "of", "ahead") && !s.possessive(k+1):
			// "over the years": an amount of time, not told
			if u, ok := s.unitAt(k); ok && u != uHalf {
				return k + 1, durationRes(0, true, u), true
			}
		case k == i+1 && s.has(k, cUnits) && s.is(k+1, "ahead") && !s.is(k+2, "of"):
			// "the weeks ahead", but not "the months ahead of the vote"
			return k + 2, res{typ: model.TypeDate, value: "FUTURE_REF"}, true
		case s.is(k, "past") && k == i+1 && !s.has(k+1, cUnit|cUnits|cNumber|cVague) && s.tok(k+1).kind != kNum:
			return k + 1, res{typ: model.TypeDate, value: "PAST_REF"}, true
		}
	case s.word(t) == "these" && s.is(i+1, "days"):
		return i + 2, res{typ: model.TypeDate, value: "PRESENT_REF"}, true
	case s.isAny(i, "coming", "past") && s.has(i+1, cUnits) && !s.is(i-1, "the") && !s.is(i+2, "of"):
		// "in coming weeks", "in past years"
		return i + 2, res{typ: model.TypeDate, value: pastOrFuture(s.is(i, "past"))}, true
	case s.word(t) == "a" && s.is(i+1, "later") && s.is(i+2, "date"):
		return i + 3, res{typ: model.TypeDate, value: "FUTURE_REF"}, true
	case s.word(t) == "present" && s.is(i-1, "at"):
		return i + 1, res{typ: model.TypeDate, value: "PRESENT_REF"}, true
	}
	return i, res{}, false
}

// pastOrFuture is the reference a vague stretch of time points to.
func pastOrFuture(past bool) string {
	if past {
		return "PAST_REF"
	}
	return "FUTURE_REF"
}

// daily is the value of the set of part of day p of every day.
func daily(p string) string {
	var b [13]byte
	return value(append(append(b[:0], "XXXX-XX-XXT"...), p...))
}

// set matches recurring times: "each evening", "every Thursday", "every
// day", "each year", "daily", "weekly".
func (s *scanner) set(i int) (int, res, bool) {
	t := s.tok(i)
	if t.kind != kWord {
		return i, res{}, false
	}
	if t.w.c&cSetWord != 0 && !(s.word(t) == "quarterly" && s.tok(i+1).kind == kWord) {
		if int(t.w.unit) > 100 {
			return i + 1, res{typ: model.TypeSet, value: daily(podCode[int(t.w.unit)-100])}, true
		}
		return i + 1, res{typ: model.TypeSet, value: durationRes(1, false, int(t.w.unit)).value}, true
	}
	if t.w.c&cEvery == 0 || t.w.c&cSetWord != 0 {
		return i, res{}, false
	}
	k := i + 1
	if s.is(k, "other") {
		k++
	}
	n := s.tok(k)
	switch {
	case n.kind != kWord:
	case n.w.c&cWeekday != 0 && len(s.word(n)) > 5:
		return s.weekdaySet(i, k, k+1)
	case n.w.c&cMonth != 0 && n.upper:
		return k + 1, res{typ: model.TypeSet, value: value(pad(append(make([]byte, 0, 7), "XXXX-"...), int(n.w.n), 2))}, true
	case n.w.c&cPartOfDay != 0:
		// "each evening at 1830 UTC": the clock time belongs to the set.
		if s.is(k+1, "at") {
			if j, c, ok := s.clockAt(k + 2); ok {
				t := localRes(2000, 1, 1, c.h, c.m, time.UTC).value[10:]
				if c.loc != nil {
					// a stated zone: the time in UTC, as for instants
					t = instantRes(time.Date(2000, 1, 1, c.h, c.m, 0, 0, c.loc)).value[10:]
				}
				return j, res{typ: model.TypeSet, value: value(append(append(make([]byte, 0, 17), "XXXX-XX-XX"...), t...))}, true
			}
		}
		return k + 1, res{typ: model.TypeSet, value: daily(podCode[int(n.w.n)])}, true
	case n.w.c&cUnit != 0:
		c := 1
		if k > i+1 {
			c = 2
		}
		return k + 1, res{typ: model.TypeSet, value: durationRes(c, false, int(n.w.unit)).value}, true
	default:
		// "every two weeks"
		if j, r, ok := s.duration(k); ok && r.typ == model.TypeDuration {
			return j, res{typ: model.TypeSet, value: r.value}, true
		}
	}
	return i, res{}, false
}

// edge matches the beginning, middle or end of a date: "early December",
// "mid-March", "late last year", "earlier this month", "the end of the
// year", "the beginning of 2019".
func (s *scanner) edge(i int) (int, res, bool) {
	k := i
	mod := ""
	if s.is(k, "the") && s.has(k+1, cEdge) && int(s.tok(k+1).w.edge) <= eLate && (s.has(k+2, cSeason) || s.hyphen(k+2) && s.has(k+3, cSeason)) {
		// "the early summer"
		k++
	}
	switch {
	case s.is(k, "the") && s.isAny(k+1, "end", "beginning", "start", "middle") && s.is(k+2, "of"):
		switch s.word(s.tok(k + 1)) {
		case "end":
			mod = "END"
		case "middle":
			mod = "MID"
		default:
			mod = "START"
		}
		k += 3
	case s.has(k, cEdge) && int(s.tok(k).w.edge) <= eLate:
		switch s.word(s.tok(k)) {
		case "early":
			mod = "START"
		case "mid", "middle":
			mod = "MID"
		case "late":
			mod = "END"
		}
		k++
		if s.hyphen(k) {
			k++
		}
	default:
		return i, res{}, false
	}
	best, br, ok := k, res{}, false
	try := func(j int, r res, good bool) {
		if good && j > best {
			best, br, ok = j, r, true
		}
	}
	try(s.monthBare(k))
	try(s.absDate(k))
	try(s.year(k))
	try(s.relUnit(k))
	try(s.season(k))
	try(s.quarter(k))
	if s.tok(i).w.edge != eLate || !s.is(i, "later") {
		// "early Friday", "late yesterday", but "later Friday" is no
		// part of Friday.
		try(s.weekday(k))
		try(s.dayWord(k))
	}
	try(s.edgePod(k))
	try(s.that(k))
	if mod == "END" || mod == "START" || mod == "MID" {
		// "the end of the year": the bare period is the anchor's.
		if s.is(k, "the") && s.has(k+1, cUnit) && s.known() {
			if r, good := s.period(int(s.tok(k+1).w.unit), 0); good {
				try(k+2, r, true)
			}
		}
	}
	if !ok {
		if s.yearNum(k) {
			return k + 1, withMod(yearRes(s.tok(k).val, s.loc), mod), true
		}
		return i, res{}, false
	}
	if br.typ == model.TypeDuration || br.typ == model.TypeSet {
		return i, res{}, false
	}
	return best, withMod(br, mod), true
}

// edgePod matches a part of day after an edge word, with the day it
// belongs to: "mid-afternoon yesterday", "late morning".
func (s *scanner) edgePod(k int) (int, res, bool) {
	if !s.has(k, cPartOfDay) || s.has(k, cWeekdays) {
		return k, res{}, false
	}
	pod, j := int(s.tok(k).w.n), k+1
	if !s.known() {
		return j, res{typ: model.TypeTime}, true
	}
	day := s.day
	if e, r, ok := s.dayWord(j); ok && r.grain == model.Day {
		j, day = e, r.from
	} else if e, r, ok := s.weekday(j); ok && r.grain == model.Day {
		j, day = e, r.from
	}
	return j, podRes(day, pod), true
}

func withMod(r res, mod string) res {
	if r.value != "" && r.mod == "" {
		r.mod = mod
	}
	return r
}
