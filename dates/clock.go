package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// wall is a clock time as written.
type wall struct {
	h, m int
	// loc is the stated zone; local is true for "local time".
	loc   *time.Location
	local bool
}

// clockAt reads a clock time at token i: "22:00", "4:00 a.m.", "2 p.m.",
// "1830 UTC", "noon", "12:00 noon", "midnight", "one minute past
// midnight", "ten o'clock", with the zone that follows it.
func (s *scanner) clockAt(i int) (int, wall, bool) {
	var c wall
	t := s.tok(i)
	j := i
	switch {
	case t.kind == kNum && !t.ord && !t.plural && t.digits <= 2 && s.punct(i+1, ':') && s.glued(i+1) && s.glued(i+2) &&
		s.tok(i+2).kind == kNum && s.tok(i+2).digits == 2:
		c.h, c.m, j = t.val, s.tok(i+2).val, i+3
		if s.punct(j, ':') && s.glued(j) && s.tok(j+1).kind == kNum && s.tok(j+1).digits == 2 && s.glued(j+1) {
			j += 2
		}
		if c.h > 24 || c.m > 59 {
			return i, c, false
		}
		if k, ok := s.meridiem(j, &c); ok {
			j = k
		} else if s.has(j, cClockWord) && c.h == int(s.tok(j).w.n)%24 || s.has(j, cClockWord) && c.h == 12 {
			// "12:00 noon", "12:00 midnight"
			c.h = int(s.tok(j).w.n)
			j++
		}
	case t.kind == kNum && !t.ord && !t.plural && t.digits <= 2:
		c.h, j = t.val, i+1
		if s.punct(j, '.') && s.glued(j) && s.tok(j+1).kind == kNum && s.tok(j+1).digits == 2 && s.glued(j+1) {
			c.m, j = s.tok(j+1).val, j+2
		}
		k, ok := s.meridiem(j, &c)
		if !ok {
			if s.is(j, "o'clock") && c.h <= 12 {
				return s.zone(j+1, c)
			}
			return i, c, false
		}
		j = k
	case t.kind == kNum && !t.ord && !t.plural && t.digits == 4:
		// "1830 UTC", "0900 GMT": military time needs a zone or "hours".
		c.h, c.m = t.val/100, t.val%100
		if c.h > 24 || c.m > 59 {
			return i, c, false
		}
		if s.isAny(i+1, "hours", "hrs", "h") {
			return s.zone(i+2, c)
		}
		k, c2, _ := s.zone(i+1, c)
		if k == i+1 || c2.local {
			return i, c, false
		}
		return k, c2, true
	case t.kind == kWord && t.w.c&cClockWord != 0:
		c.h, j = int(t.w.n), i+1
	case t.kind == kWord && t.w.c&cNumber != 0:
		// "one minute past midnight", "ten o'clock"
		n, _, k, ok := s.count(i)
		if !ok || s.isAny(i, "a", "an") {
			return i, c, false
		}
		if s.is(k, "o'clock") && n >= 1 && n <= 12 {
			c.h = n
			return s.zone(k+1, c)
		}
		if n < 1 || n > 59 || !s.isAny(k, "minute", "minutes") || !s.isAny(k+1, "past", "after", "to", "before") || !s.has(k+2, cClockWord) {
			return i, c, false
		}
		c.h = int(s.tok(k + 2).w.n)
		c.m = n
		if s.isAny(k+1, "to", "before") {
			// "ten minutes to midnight"; past midnight stays in hour 24,
			// after the day it ends.
			c.h, c.m = c.h-1, 60-n
		}
		j = k + 3
	default:
		return i, c, false
	}
	return s.zone(j, c)
}

// zone reads the zone after a clock time, if any.
func (s *scanner) zone(j int, c wall) (int, wall, bool) {
	if k, loc, local := s.zoneAt(j); k > j {
		c.loc, c.local = loc, local
		j = k
	}
	return j, c, true
}

// meridiem reads "a.m.", "p.m.", "am", "pm" at token j and fixes c's hour.
func (s *scanner) meridiem(j int, c *wall) (int, bool) {
	pm := false
	k := j
	switch {
	case s.isAny(j, "a", "p") && s.punct(j+1, '.') && s.glued(j+1) && s.is(j+2, "m") && s.glued(j+2):
		pm = s.is(j, "p")
		k = s.dot(j + 3)
		if n := s.tok(k); k > j+3 && (n.brk || n.kind == kWord && n.upper && n.w.c&(cWeekday|cMonth|cDayWord|cZone) == 0 && !s.is(k+1, "time")) {
			// "... at 10 p.m. The next day": the stop ends the sentence.
			k--
		}
	case s.isAny(j, "am", "pm"):
		pm = s.is(j, "pm")
		k = j + 1 // a dot after "am" ends the sentence

	case s.is(j, "in") && s.is(j+1, "the") && s.isAny(j+2, "morning", "afternoon", "evening"):
		pm = !s.is(j+2, "morning")
		k = j + 3
	default:
		return j, false
	}
	if c.h < 1 || c.h > 12 {
		return j, false
	}
	if pm && c.h < 12 {
		c.h += 12
	} else if !pm && c.h == 12 {
		c.h = 0
	}
	return k, true
}

// clock matches a clock time with the day and zones that go with it: "4:00
// a.m. Wednesday", "22:00 GMT", "2 p.m. Moscow time", "midnight (Thursday
// local time) (22:00 GMT)", "12:00 noon (0900 GMT)".
func (s *scanner) clock(i int) (int, res, bool) {
	j, c, ok := s.clockAt(i)
	if !ok {
		return i, res{}, false
	}
	day := time.Time{}
	if j2, d, ok := s.clockDay(j, i); ok {
		j, day = j2, d
	}
	// "(Thursday local time)", "(local time)"
	if s.punct(j, '(') {
		k := j + 1
		if k2, d, ok := s.clockDay(k, i); ok {
			k, day = k2, d
		}
		if k2, loc, local := s.zoneAt(k); k2 > k && c.loc == nil && !c.local {
			k, c.loc, c.local = k2, loc, local
		}
		if k > j+1 && s.punct(k, ')') {
			j = k + 1
		}
	}
	// "(22:00 GMT)": the same moment in a stated zone, which wins.
	var alt wall
	hasAlt := false
	if s.punct(j, '(') {
		if k, a, ok := s.clockAt(j + 1); ok && a.loc != nil && s.punct(k, ')') {
			alt, hasAlt, j = a, true, k+1
			// "10:35 a.m. (0735 GMT) Friday": the day fixes the date but
			// stands as an expression of its own.
			if _, d, ok := s.clockDay(j, i); ok && day.IsZero() {
				day = d
			}
		} else if ok && a.loc != nil && day.IsZero() {
			// "at 4 in the morning (4 a.m. EDT Thursday)": the same
			// moment with its zone and day, an expression of its own.
			if k2, d, ok := s.clockDay(k, i); ok && s.punct(k2, ')') {
				alt, hasAlt, day = a, true, d
			}
		}
	}
	if day.IsZero() {
		switch {
		case s.lastEnd > 0 && s.last.grain == model.Day && (s.lastEnd >= i-2 || s.sameSentence(s.lastEnd, i)):
			// "Thursday at 10 p.m.", "On Monday, talks ended at 10 p.m."
			day = s.last.from
		case s.known():
			day = s.day
		default:
			return j, res{typ: model.TypeTime}, true
		}
	}
	loc := c.loc
	if loc == nil && s.a.ZoneAt != nil && (c.local || !hasAlt) {
		loc = s.a.ZoneAt(s.toks[i].start)
	}
	y, m, d := day.Date()
	if hasAlt {
		// The local reading fixes the day of the stated one.
		ref := time.Date(y, m, d, c.h, c.m, 0, 0, time.UTC)
		if loc != nil {
			ref = time.Date(y, m, d, c.h, c.m, 0, 0, loc)
		}
		best := time.Time{}
		for off := -1; off <= 1; off++ {
			at := time.Date(y, m, d+off, alt.h, alt.m, 0, 0, alt.loc)
			if best.IsZero() || absDur(at.Sub(ref)) < absDur(best.Sub(ref)) {
				best = at
			}
		}
		return j, instantRes(best), true
	}
	if loc != nil {
		return j, instantRes(time.Date(y, m, d, c.h, c.m, 0, 0, loc)), true
	}
	return j, localRes(y, m, d, c.h, c.m, s.loc), true
}

// clockDay reads the day after a clock time: "Wednesday", "on Thursday",
// "today", ", Nov. 6". A weekday looks forward when the words before the
// clock time, which starts at token from, do: "is to begin at 2 a.m. on
// Friday".
func (s *scanner) clockDay(k, from int) (int, time.Time, bool) {
	if s.is(k, "on") || s.punct(k, ',') && s.monthTok(k+1) {
		k++
	}
	for _, f := range [...]func(int) (int, res, bool){s.absDate, s.dayWord, s.weekday} {
		if j, r, ok := f(k); ok && r.grain == model.Day {
			if s.weekdayTok(k) && s.f.dir == News && s.known() && r.from.Before(s.day) && s.forward(from, k) {
				r.from = addDate(r.from, 0, 0, 7)
			}
			return j, r.from, true
		}
	}
	return k, time.Time{}, false
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// instantRes is the minute starting at t. Its value is written in UTC;
// its interval keeps t's zone, so that the local clock time the text gave
// ("midnight" where the place is on UTC+7) stays readable beside it.
func instantRes(t time.Time) res {
	var b [17]byte
	v := append(appendMinute(b[:0], t.UTC()), 'Z')
	return res{typ: model.TypeTime, value: value(v), grain: model.Instant, from: t, to: t.Add(time.Minute)}
}

// localRes is a clock time in an unknown zone. Hour 24, the midnight that
// ends a day, is written as the start of the next ("midnight" after 28
// July is "2025-07-29T00:00"), the form ISO 8601 prefers.
func localRes(y int, m time.Month, d, h, min int, loc *time.Location) res {
	t := time.Date(y, m, d, h, min, 0, 0, loc)
	var b [16]byte
	return res{typ: model.TypeTime, value: value(appendMinute(b[:0], t)), grain: model.Minute, from: t, to: t.Add(time.Minute)}
}

// appendMinute writes the value of the minute t is in, as read on the
// clock of t's zone: t.AppendFormat(b, "2006-01-02T15:04"), which
// costs several times as much.
func appendMinute(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 {
		// Format writes the sign before the padding, pad after it.
		return t.AppendFormat(b, "2006-01-02T15:04")
	}
	h, min, _ := t.Clock()
	b = append(appendDay(b, y, m, d), 'T')
	b = append(pad(b, h, 2), ':')
	return pad(b, min, 2)
}
