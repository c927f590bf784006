package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// yearAgo matches "year-earlier", "the year-ago quarter" and "the
// comparable year-earlier period": the period a year before the quarter or
// month named just before, or the year before the anchor; "the year-ago
// third quarter", that quarter a year before; and "year-end".
func (s *scanner) yearAgo(i int) (int, res, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if s.is(k, "comparable") {
		k++
	}
	if s.is(k, "year") && s.yearEnd(k+1) > k+1 {
		// "year-end", "year's end": the end of the anchor's year, or of
		// the year the sentence is about
		j := s.yearEnd(k + 1)
		if !s.known() {
			return j, res{}, true
		}
		y := s.day.Year()
		if sy, ok := s.sentenceYear(i); ok {
			// "in 1988, when year-end net fell"
			y = sy
		}
		r := yearRes(y, s.loc)
		r.mod = "END"
		return j, r, true
	}
	if !s.is(k, "year") || !s.hyphen(k+1) || !s.isAny(k+2, "earlier", "ago") {
		return i, res{}, false
	}
	j := k + 3
	if e, q, ok := s.quarter(j); ok && e > j && !s.is(j, "the") {
		// "the year-ago third quarter": that quarter a year before.
		if q.grain == model.GrainNone {
			return e, res{}, true
		}
		return e, s.yearsFrom(q, -1), true
	}
	if s.isAny(j, "quarter", "period") {
		j++
	}
	if k > i && j == k+3 {
		return i, res{}, false
	}
	if t, ok := s.topicAt(i); ok {
		if s.is(j-1, "quarter") && t.grain != model.Quarter {
			// "the year-ago quarter" after a month: its quarter.
			t = quarterIn(t.from.Year(), t.from.Month(), s.loc)
		}
		return j, s.yearsFrom(t, -1), true
	}
	if !s.known() {
		return j, res{}, true
	}
	if s.is(j-1, "quarter") {
		// With none named, the quarter results are reported for, the
		// latest one ended, a year before: a quarter, not a year.
		last, _ := s.period(uQuarter, -1)
		return j, quarterIn(last.from.Year()-1, last.from.Month(), s.loc), true
	}
	return j, yearRes(s.day.Year()-1, s.loc), true
}

// yearEnd reads "-end", " end" or "'s end" after "year" at token j,
// returning the index after it (j when none).
func (s *scanner) yearEnd(j int) int {
	switch {
	case s.hyphen(j) && s.is(j+1, "end"):
		return j + 2
	case s.is(j, "end") && !s.is(j+1, "of"):
		return j + 1
	case s.possessive(j) && s.is(j+2, "end"):
		return j + 3
	}
	return j
}

// shift resolves "two days ago" and "a year earlier" (tokens [i, j) are
// the amount): ago counts back from the anchor, earlier and later from the
// date just told of ("On Oct. 10 the bid came. Three days later, ..."),
// when there is one a few sentences back.
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
	// A year before a quarter or a month is that quarter or month a year
	// before ("third-quarter profit fell from a year earlier"). Reports
	// compare with one year back; "41 years ago" is history, a year.
	if t, ok := s.topicAt(i); ok && u == uYear && n == 1 {
		return end, s.yearsFrom(t, dir*n), true
	}
	base := s.day
	if s.lastEnd > 0 && i-s.lastEnd < discourse && !s.is(j, "ago") {
		base = s.last.from
	}
	if base.IsZero() {
		return end, res{}, true
	}
	n *= dir
	switch u {
	case uSecond, uMinute, uHour:
		return end, dayRes(base), true
	case uDay:
		return end, dayRes(addDate(base, 0, 0, n)), true
	case uWeek, uFortnight:
		if u == uFortnight {
			n *= 2
		}
		return end, weekRes(addDate(base, 0, 0, 7*n)), true
	case uWeekend:
		return end, weekendRes(addDate(base, 0, 0, 7*n)), true
	case uMonth:
		// From the first of the month: "a month ago" on 31 March is
		// February, which has no 31st.
		t := midnight(base.Year(), base.Month()+time.Month(n), 1, s.loc)
		return end, monthRes(t.Year(), t.Month(), s.loc), true
	case uQuarter:
		t := midnight(base.Year(), base.Month()+time.Month(3*n), 1, s.loc)
		return end, quarterIn(t.Year(), t.Month(), s.loc), true
	case uYear:
		return end, yearRes(base.Year()+n, s.loc), true
	case uDecade:
		return end, decadeRes((base.Year()+10*n)/10*10, s.loc), true
	case uCentury:
		return end, centuryRes(base.Year()/100+n, s.loc), true
	}
	return end, res{}, true
}

// topicWindow is how many tokens back the period a report is about still
// holds: a few paragraphs.
const topicWindow = 300

// topicAt returns the period the text is about at token i, if one was
// named within topicWindow tokens.
func (s *scanner) topicAt(i int) (res, bool) {
	if s.topicEnd == 0 || i-s.topicEnd > topicWindow {
		return res{}, false
	}
	return s.topic, true
}

// yearsFrom moves the period r by n years, keeping its grain.
func (s *scanner) yearsFrom(r res, n int) res {
	from := addDate(r.from, n, 0, 0)
	var out res
	switch r.grain {
	case model.Quarter:
		out = quarterIn(from.Year(), from.Month(), s.loc)
	case model.Half:
		out = halfIn(from.Year(), from.Month(), s.loc)
	case model.Month:
		out = monthRes(from.Year(), from.Month(), s.loc)
	default:
		out = yearRes(from.Year(), s.loc)
	}
	out.anaphor = true
	return out
}

// comparative reports whether a word of comparison comes shortly before
// token i in its sentence ("up from", "compared with", "more than").
func (s *scanner) comparative(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := &s.toks[k]
		if t.brk || s.sentenceEnd(k) || s.punct(k, ';') {
			return false
		}
		if s.isAny(k, "from", "with", "than", "against", "versus", "vs") {
			return true
		}
	}
	return false
}

// discourse is how many tokens back a quarter or a month mentioned
// before still anchors "a year ago" ("Net rose in the third quarter ...
// from $5 million a year ago").
const discourse = 80

// newTopic reports whether the period r, named at token i, becomes the
// one the report is about. Results are reported for a period that has
// ended, the latest one: once one is named, a period still to come
// ("expects losses in the fourth quarter") or an earlier one named in
// passing ("after a flat second quarter") leaves it the topic.
func (s *scanner) newTopic(r res, i int) bool {
	old, ok := s.topicAt(i)
	if !ok {
		return true
	}
	if s.known() && r.to.After(s.day) {
		return false
	}
	return old.grain != r.grain || !r.from.Before(old.from)
}

// periodGrain reports whether g is a period that "a year ago" keeps.
func periodGrain(g model.Grain) bool {
	return g == model.Quarter || g == model.Half || g == model.Month
}

// sameSentence reports whether no sentence ends between tokens a and b.
func (s *scanner) sameSentence(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.brk || s.sentenceEnd(k) {
			return false
		}
	}
	return true
}
