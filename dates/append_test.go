package dates

import (
	"testing"

	"github.com/dipnews/diplomacy/model"
	"github.com/google/go-cmp/cmp"
)

// TestAppendFind checks that AppendFind adds to the list it is given what
// Find returns, leaves the list's own dates as they were, and finds
// nothing in a text with no date.
func TestAppendFind(t *testing.T) {
	f := New()
	a := Anchor{Day: day(t, "2020-03-05")}
	first := "The talks ended on Thursday."
	second := "They meet again next week, and a truce starts at midnight."
	dst := f.AppendFind(nil, first, a)
	want1 := f.Find(first, a)
	if diff := cmp.Diff(want1, dst); diff != "" {
		t.Fatalf("AppendFind(nil) differs from Find (-want +got):\n%s", diff)
	}
	dst = f.AppendFind(dst, second, a)
	want := append(append([]model.Date{}, want1...), f.Find(second, a)...)
	if diff := cmp.Diff(want, dst); diff != "" {
		t.Errorf("AppendFind(dst) (-want +got):\n%s", diff)
	}
	if len(dst) < 3 {
		t.Errorf("found %d dates in two texts, want at least 3", len(dst))
	}
	if got := f.AppendFind(dst[:0], "No date here.", a); len(got) != 0 {
		t.Errorf("AppendFind of a text with no date gave %v", got)
	}
}
