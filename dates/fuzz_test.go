package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dipnews/diplomacy/model"
)

func FuzzFind(f *testing.F) {
	for _, t := range seedArticles(f) {
		f.Add(t)
		for _, line := range strings.Split(t, "\n") {
			if len(line) > 0 {
				f.Add(line)
			}
		}
	}
	fd := New()
	a := Anchor{Day: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, text string) {
		for _, anchor := range []Anchor{a, {}} {
			prev := -1
			for _, d := range fd.Find(text, anchor) {
				checkSpan(t, text, model.Span{Start: d.Span.Start, End: d.Span.End, Text: d.Text})
				if d.Span.Start < prev {
					t.Fatalf("out of order: %+v", d)
				}
				prev = d.Span.Start
				if !wellFormed(d) {
					t.Fatalf("bad TIMEX3 value %q (%v) for %q", d.Value, d.Type, d.Text)
				}
			}
		}
	})
}

func FuzzParseDateline(f *testing.F) {
	for _, t := range seedArticles(f) {
		f.Add(t)
	}
	f.Add("MOSCOW, Feb. 8 (Xinhua) -- Russian leaders")
	f.Add("Sochi, Russia, Oct. 22 (AP) — Leaders met")
	f.Add("Thursday, March 5, 2020\n")
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := ParseDateline(text)
		if !ok {
			return
		}
		checkSpan(t, text, d.Span)
		if d.PlaceSpan != (model.Span{}) {
			checkSpan(t, text, d.PlaceSpan)
		}
		if d.DateSpan != (model.Span{}) {
			checkSpan(t, text, d.DateSpan)
		}
		day, date := ResolveAnchor(&d, text, time.Time{}, nil)
		if date != nil && date.Value != "" && day.IsZero() {
			t.Fatalf("a dateline date without an anchor: %+v", date)
		}
	})
}

// checkSpan fails unless sp lies inside text and, for valid UTF-8, its
// text is text[Start:End].
func checkSpan(t *testing.T, text string, sp model.Span) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		t.Fatalf("span %d-%d outside the text (%d bytes)", sp.Start, sp.End, len(text))
	}
	if sub := text[sp.Start:sp.End]; utf8.ValidString(sub) && sp.Text != sub {
		t.Fatalf("span text %q, want %q", sp.Text, sub)
	}
	if !utf8.ValidString(sp.Text) {
		t.Fatalf("span text %q is not UTF-8", sp.Text)
	}
}
