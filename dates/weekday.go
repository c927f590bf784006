package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// weekday matches a weekday with its relation and part of day: "Thursday",
// "last Friday", "next Monday", "the following Monday", "Thursday
// evening", and the plural "Thursdays" as a set.
func (s *scanner) weekday(i int) (int, res, bool) {
	k := i
	the := s.is(k, "the") && s.isAny(k+1, "following", "previous", "preceding", "next", "coming")
	if the {
		k++
	}
	rel := 0
	if s.is(k, "this") && s.isAny(k+1, "past", "coming") && s.weekdayTok(k+2) {
		// "this past Sunday", "this coming Sunday"
		rel, k = rPast, k+2
		if s.is(k-1, "coming") {
			rel = rComing
		}
	} else if s.has(k, cRel) && s.weekdayTok(k+1) {
		rel = int(s.tok(k).w.rel)
		k++
	}
	if s.has(k, cWeekdays) && s.tok(k).upper {
		return s.weekdaySet(i, k, k+1)
	}
	if !s.weekdayTok(k) {
		return i, res{}, false
	}
	wd := time.Weekday(int(s.tok(k).w.n))
	j := s.weekdayEnd(k)
	week := 0
	if rel == 0 && s.isAny(j, "next", "last", "this") && s.is(j+1, "week") {
		// "Monday next week"
		week, _ = relOffset(int(s.tok(j).w.rel))
		rel, j = rThis, j+2
	}
	if rel == 0 && week == 0 {
		if s.podPlural(j) {
			// "Tuesday nights": every Tuesday night.
			return s.weekdaySet(i, k, j)
		}
		if s.isAny(j, "and", "or") && s.weekdayTok(j+1) && s.podPlural(j+2) {
			// "Monday and Tuesday nights": the part of day is Monday's too.
			_, r, _ := s.weekdaySet(i, k, j+2)
			return j, r, true
		}
	}
	pod := 0
	if s.has(j, cPartOfDay) && !s.has(j, cWeekdays) {
		pod = int(s.tok(j).w.n)
		j++
	}
	if !s.known() {
		return j, res{typ: typeOfPod(pod)}, true
	}
	base := s.day
	if the && s.lastEnd > 0 && i-s.lastEnd < topicWindow && s.last.grain == model.Day {
		// "the previous Friday" counts from the day last told of: the
		// article needs one, even a few paragraphs back.
		base = s.last.from
	}
	var day time.Time
	switch rel {
	case rLast, rPrevious, rPast:
		day = s.weekdayFrom(addDate(base, 0, 0, -1), wd, back)
	case rNext, rFollowing, rComing:
		day = s.weekdayFrom(addDate(base, 0, 0, 1), wd, fwd)
	case rThis, rCurrent:
		day = addDate(monday(s.day), 0, 0, 7*week+(int(wd)+6)%7)
	default:
		w := s.way(i, j, back)
		if w == back && s.f.dir == News && !s.possessive(j) && !s.attributive(i, j) && s.lean(i, j) == leanSoon {
			// "agreed to meet on Friday", "until Friday": meant to
			// come, unless the past one is nearer ("went there to meet
			// him on Tuesday").
			w = near
		}
		day = s.weekdayFrom(s.day, wd, w)
	}
	if pod > 0 {
		return j, podRes(day, pod), true
	}
	return j, dayRes(day), true
}

// weekdayEnd returns the index after the weekday at token k, with the full
// stop of an abbreviation ("Thu.").
func (s *scanner) weekdayEnd(k int) int {
	if len(s.word(s.tok(k))) > 5 {
		return k + 1
	}
	return s.dot(k + 1)
}

func typeOfPod(pod int) model.TimexType {
	if pod > 0 {
		return model.TypeTime
	}
	return model.TypeDate
}

// weekdayFrom resolves weekday wd in direction w from day.
func (s *scanner) weekdayFrom(day time.Time, wd time.Weekday, w way) time.Time {
	aw := day.Weekday()
	before := (int(aw) - int(wd) + 7) % 7
	after := (int(wd) - int(aw) + 7) % 7
	switch w {
	case fwd:
		return addDate(day, 0, 0, after)
	case near:
		if after < before {
			return addDate(day, 0, 0, after)
		}
	}
	return addDate(day, 0, 0, -before)
}

// weekdaySet matches the set of the weekday at token k with the part of
// day at token j, if there is one: "Thursdays", "Tuesday nights", "every
// Sunday morning".
func (s *scanner) weekdaySet(i, k, j int) (int, res, bool) {
	var b [13]byte
	v := append(b[:0], "XXXX-WXX-"...)
	v = append(v, byte('0'+isoWeekday(time.Weekday(int(s.tok(k).w.n)))))
	if s.has(j, cPartOfDay) {
		v = append(append(v, 'T'), podCode[int(s.tok(j).w.n)]...)
		j++
	}
	return j, res{typ: model.TypeSet, value: value(v)}, true
}

// podPlural reports whether token j is a part of day in the plural:
// "nights", "mornings".
func (s *scanner) podPlural(j int) bool {
	if !s.has(j, cPartOfDay) {
		return false
	}
	w := s.word(s.tok(j))
	return w[len(w)-1] == 's'
}

// isoWeekday numbers weekdays from Monday (1) to Sunday (7).
func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// dayBeside matches "the day before yesterday", "the day after tomorrow"
// and "the day before" a named day.
func (s *scanner) dayBeside(i int) (int, res, bool) {
	if !s.is(i, "the") || !s.is(i+1, "day") || !s.isAny(i+2, "before", "after") {
		return i, res{}, false
	}
	off := 1
	if s.is(i+2, "before") {
		off = -1
	}
	for _, f := range [...]func(int) (int, res, bool){s.dayWord, s.weekday, s.absDate} {
		if j, r, ok := f(i + 3); ok && (r.grain == model.Day || r.value == "") {
			if r.value == "" {
				return j, r, true
			}
			return j, dayRes(addDate(r.from, 0, 0, off)), true
		}
	}
	return i, res{}, false
}

// dayWord matches "today", "yesterday", "tomorrow", "tonight" and
// "overnight", with a part of day ("yesterday morning").
func (s *scanner) dayWord(i int) (int, res, bool) {
	t := s.tok(i)
	if !s.has(i, cDayWord) {
		return i, res{}, false
	}
	n, j := int(t.w.n), i+1
	pod := 0
	switch {
	case n >= 100:
		pod = pNight
	case s.has(j, cPartOfDay) && !s.has(j, cWeekdays) && s.word(s.tok(j)) != "nights":
		pod = int(s.tok(j).w.n)
		j++
	}
	if n >= 100 {
		// "tonight" is the anchor's night; "overnight", in news, the
		// night that ended on the anchor's morning.
		n = 100 - n
	}
	if !s.known() {
		return j, res{typ: typeOfPod(pod)}, true
	}
	day := addDate(s.day, 0, 0, n)
	if pod > 0 {
		return j, podRes(day, pod), true
	}
	return j, dayRes(day), true
}
