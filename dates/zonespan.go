package dates

import (
	"math"
	"sync/atomic"
	"time"
)

// zoneSpan is a stretch of time, [start, end) in Unix seconds, over which
// loc keeps one offset from UTC, in seconds east.
type zoneSpan struct {
	loc        *time.Location
	start, end int64
	offset     int
}

// lastSpans are the spans offsetAt found last, the latest asked for first. A zone's
// offset changes twice a year at most, and the dates of a text fall in a
// few spans (this winter and summer, last year's, a zone of a clock
// time), while the time package, for a date away from the present, looks
// the offset up again at each call, in a search of the zone's changes or
// by parsing its rule for daylight saving time. Each span is set whole;
// two calls that race may only lose one another's span.
var lastSpans [8]atomic.Pointer[zoneSpan]

// offsetAt returns the span of loc's offset at Unix second u.
func offsetAt(loc *time.Location, u int64) *zoneSpan {
	for i := range lastSpans {
		if z := lastSpans[i].Load(); z != nil && z.loc == loc && z.start <= u && u < z.end {
			if i > 0 {
				// The span asked for is moved to the front, where the
				// next call looks first.
				lastSpans[i].Store(lastSpans[0].Load())
				lastSpans[0].Store(z)
			}
			return z
		}
	}
	t := time.Unix(u, 0).In(loc)
	_, off := t.Zone()
	z := &zoneSpan{loc: loc, start: math.MinInt64, end: math.MaxInt64, offset: off}
	// A zero bound is none: the offset holds since or until ever.
	s, e := t.ZoneBounds()
	if !s.IsZero() {
		z.start = s.Unix()
	}
	if !e.IsZero() {
		z.end = e.Unix()
	}
	for i := len(lastSpans) - 1; i > 0; i-- {
		lastSpans[i].Store(lastSpans[i-1].Load())
	}
	lastSpans[0].Store(z)
	return z
}

// dateOf returns t.Date(), with the offset of t's zone found by offsetAt.
func dateOf(t time.Time) (int, time.Month, int) {
	loc := t.Location()
	if loc == time.UTC {
		return t.Date()
	}
	u := t.Unix()
	return time.Unix(u+int64(offsetAt(loc, u).offset), 0).UTC().Date()
}
