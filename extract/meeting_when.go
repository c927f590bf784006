package extract

import (
	"strings"
	"time"

	"github.com/dipnews/diplomacy/model"
)

// eventDate picks the date of the event whose trigger is at trig, of the
// dates ds of its sentence: the resolved day-or-coarser date nearest to
// it, preferring dates outside cut, the sentence's attribution clauses.
func (a *Analysis) eventDate(ds []model.Date, trig, trigEnd int, cut ranges) (model.Date, bool) {
	at := a.Tokens[trig].Start
	best, bestDist, found := model.Date{}, 0, false
	for _, d := range ds {
		if d.Type != model.TypeDate && d.Type != model.TypeTime || d.Value == "" || d.Grain == model.GrainNone {
			continue
		}
		dist := abs(d.Span.Start - at)
		if d.Type == model.TypeTime {
			dist += 1 << 16 // a calendar date says the day better than a clock time
		}
		dk := a.tokenAt(d.Span.Start)
		if a.subordinate(trig, trigEnd, dk) || dk > 0 && a.norm(dk-1) == "since" {
			continue // "the first summit since 2007" is not held in 2007
		}
		if cut.contains(dk) {
			dist += 1 << 20
		}
		if !found || dist < bestDist {
			best, bestDist, found = d, dist, true
		}
	}
	return best, found
}

// rangeWords join the two ends of a span of days: "began on May 2 and
// concluded on June 8", "from May 2 to June 8".
var rangeWords = newWordSet("and", "to", "until", "till", "through", "-", "–")

// inRange reports whether d is one end of a span of days written among
// ds, the dates of a sentence: such a span has no single TIMEX3 value.
func (a *Analysis) inRange(ds []model.Date, d model.Date) bool {
	for i := 0; i+1 < len(ds); i++ {
		x, y := ds[i], ds[i+1]
		if x.Type != model.TypeDate || y.Type != model.TypeDate || x.Grain != y.Grain || x.Span != d.Span && y.Span != d.Span {
			continue
		}
		from, to := a.tokenAt(x.Span.End), a.tokenAt(y.Span.Start)
		if to > from && to-from <= 4 && rangeWords.has(a.word(from)) {
			return true
		}
	}
	return false
}

// subordinators open a clause whose dates are not the event's own ("after
// an attack that began in December").
var subordinators = newWordSet("that", "which", "who", "after", "before", "since", "while", "whereas")

// subordinate reports whether the date at dk lies in a clause of its own,
// apart from the trigger at [trig, trigEnd): a subordinator stands
// between them. A relative clause opening right after the trigger
// describes the event itself ("the Congress, which was held on ...").
func (a *Analysis) subordinate(trig, trigEnd, dk int) bool {
	lo, hi := trigEnd, dk
	if dk < trig {
		lo, hi = dk+1, trig
	}
	for k := lo; k < hi; k++ {
		if !subordinators.has(a.word(k)) {
			continue
		}
		if k == trigEnd || k == trigEnd+1 && a.norm(trigEnd) == "," {
			continue
		}
		return true
	}
	return false
}

// recentDate is the date of a held event told in the two sentences
// before si, for a sentence that names none ("made the remarks during a
// telephone conversation" after "the Kremlin said Thursday").
func (a *Analysis) recentDate(si int) (model.Date, bool) {
	for j := si - 1; j >= 0 && j >= si-2; j-- {
		s := a.Sentences[j]
		ds := a.DatesIn(s.Span.Start, s.Span.End)
		for i := len(ds) - 1; i >= 0; i-- {
			d := ds[i]
			if d.Type == model.TypeDate && d.Grain >= model.Day && d.Grain <= model.Day && !d.From.IsZero() &&
				(!a.Anchor.Known() || !d.From.After(a.Anchor.Day)) {
				return d, true
			}
		}
	}
	return model.Date{}, false
}

// tokenAt returns the index of the token starting at or after off.
func (a *Analysis) tokenAt(off int) int {
	lo, hi := 0, len(a.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// forward moves a weekday read as past to the week ahead: a meeting still
// to come on "Thursday" is the coming Thursday.
func (a *Analysis) forward(d model.Date) model.Date {
	if d.Grain != model.Day || d.From.IsZero() || !a.Anchor.Known() || !d.From.Before(a.Anchor.Day) || !namesWeekday(d.Text) {
		return d
	}
	d.From, d.To = d.From.AddDate(0, 0, 7), d.To.AddDate(0, 0, 7)
	d.Value = d.From.Format("2006-01-02")
	return d
}

// namesWeekday reports whether s names a weekday and no number, as a date
// read relative to the anchor does.
func namesWeekday(s string) bool {
	f := Fold(s)
	for i := 0; i < len(f); i++ {
		if f[i] >= '0' && f[i] <= '9' {
			return false
		}
	}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// dayOf turns a clock time into the day it falls on, in the anchor's
// zone: a meeting's date is kept at day grain.
func (a *Analysis) dayOf(d model.Date) model.Date {
	if d.Grain <= model.Day || d.From.IsZero() {
		return d
	}
	loc := time.UTC
	if a.Anchor.Known() {
		loc = a.Anchor.Day.Location()
	}
	y, mo, dd := d.From.In(loc).Date()
	from := time.Date(y, mo, dd, 0, 0, 0, 0, loc)
	if _, off := from.Zone(); off%60 != 0 {
		// A zone's local mean time of old has seconds in its offset, which
		// RFC 3339 cannot write: keep the instant in whole minutes.
		from = from.In(time.FixedZone("", off-off%60))
	}
	d.Type, d.Grain, d.Mod = model.TypeDate, model.Day, ""
	d.From, d.To = from, from.AddDate(0, 0, 1)
	d.Value = from.Format(time.DateOnly)
	return d
}
