package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// ResolveAnchor fixes the reference day of an article and the date of its
// dateline.
//
// d is the article's dateline (nil if it has none), text the article,
// published the publication date (only its civil year, month and day are
// read: they are the local date at the dateline; zero if unknown) and loc
// the time zone of the dateline's place (nil for UTC).
//
// When the dateline states a day and month, that day is the anchor. Its
// year is the written one if any; else the one that puts the day nearest
// the publication date, so a report filed on Dec. 31 and published on
// Jan. 1 keeps the old year; else, with no publication date, the latest
// year written in text for which the dateline's day falls on a weekday the
// text states ("MOSCOW, Feb. 8 ... the Kremlin said Thursday" with
// "January 30, 2018" in the text is 2018, as 2018-02-08 is a Thursday),
// or failing that the latest year written in text. A weekday stated in the
// dateline picks among years the same way.
//
// With no date in the dateline the anchor is the publication day. day is
// midnight in loc, zero when nothing fixes it; date is the dateline's date
// as a model.Date (nil when the dateline has no date), without a value
// when its year cannot be found.
func ResolveAnchor(d *Dateline, text string, published time.Time, loc *time.Location) (day time.Time, date *model.Date) {
	if loc == nil {
		loc = time.UTC
	}
	if d == nil || d.Month == 0 || d.Day == 0 {
		if published.IsZero() {
			return time.Time{}, nil
		}
		y, m, dd := published.Date()
		return midnight(y, m, dd, loc), nil
	}
	date = &model.Date{Text: d.DateSpan.Text, Type: model.TypeDate, Span: model.Span{Start: d.DateSpan.Start, End: d.DateSpan.End}}
	y := d.Year
	switch {
	case y != 0:
	case !published.IsZero():
		y = nearestYear(d, published)
	default:
		y = yearFromText(d, text)
	}
	if y == 0 || d.Day > daysIn(y, d.Month) {
		return time.Time{}, date
	}
	day = midnight(y, d.Month, d.Day, loc)
	r := dayRes(day)
	date.Value, date.Grain, date.From, date.To = r.value, r.grain, writable(r.from), writable(r.to)
	return day, date
}

// nearestYear returns the year that puts the dateline's day nearest the
// publication date, among those agreeing with a stated weekday. A report
// is not dated after it is published: a day more than a week past the
// publication date ("Oct. 23" published on May 6) is last year's, and the
// week left over allows for a publication date given a little off.
func nearestYear(d *Dateline, published time.Time) int {
	py, pm, pd := published.Date()
	// Days are compared by their Unix times at midnight UTC.
	ref := unixDay(py, pm, pd)
	latest := unixDay(py, pm, pd+datelineSlack)
	best, bestGap := 0, int64(0)
	for y := py - 7; y <= py+1; y++ {
		if d.Day > daysIn(y, d.Month) {
			continue
		}
		t := unixDay(y, d.Month, d.Day)
		if d.HasWeekday && weekdayAt(t) != d.Weekday || t > latest {
			continue
		}
		if gap := max(t-ref, ref-t); best == 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best
}

// datelineSlack is how many days after the publication date a dateline's
// day may still fall.
const datelineSlack = 7

// yearFromText returns the latest year written in text that makes the
// dateline's day agree with a weekday the text states (or the dateline
// states), or the latest year written when none does.
func yearFromText(d *Dateline, text string) int {
	var years []int
	var stated [7]bool
	for _, x := range New().Find(text, Anchor{}) {
		switch {
		case x.Value != "" && x.Grain >= model.Year && x.Grain <= model.Day && len(x.Value) >= 4:
			years = append(years, atoi(x.Value[:4]))
		case x.Value == "" && x.Type == model.TypeDate:
			if wd, ok := statedWeekday(x.Text); ok {
				stated[wd] = true
			}
		}
	}
	if d.HasWeekday {
		stated = [7]bool{}
		stated[d.Weekday] = true
	}
	latest := 0
	for _, y := range years {
		latest = max(latest, y)
	}
	best := 0
	for _, y := range years {
		if y <= best || d.Day > daysIn(y, d.Month) {
			continue
		}
		if stated[weekdayAt(unixDay(y, d.Month, d.Day))] {
			best = y
		}
	}
	if best == 0 && !d.HasWeekday {
		return latest
	}
	return best
}

// statedWeekday reports the weekday an unresolved expression names on its
// own ("Thursday"), but not "last Thursday".
func statedWeekday(text string) (time.Weekday, bool) {
	var buf [4]token
	s := &scanner{text: text}
	low := make([]byte, len(text))
	s.toks = tokenize(text, low, buf[:0])
	s.words = view(low)
	if len(s.toks) == 0 || !s.weekdayTok(0) || s.weekdayEnd(0) != len(s.toks) {
		return 0, false
	}
	return time.Weekday(s.toks[0].w.n), true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
