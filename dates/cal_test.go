package dates

import (
	"testing"
	"time"
)

// TestSkippedMidnight checks days where the clocks go forward at 00:00,
// so that the day starts at 01:00: they keep their date.
func TestSkippedMidnight(t *testing.T) {
	tests := []struct {
		zone, ref, text, want string
	}{
		// Monday after a Sunday that started at 01:00.
		{"America/Havana", "2000-04-03", "He said so on Sunday.", "Sunday=2000-04-02"},
		{"America/Havana", "2000-04-03", "He left yesterday.", "yesterday=2000-04-02"},
		{"America/Havana", "2000-04-03", "They met Sunday night.", "Sunday night=2000-04-02TNI"},
		{"America/Sao_Paulo", "2018-11-05", "The vote was on Sunday.", "Sunday=2018-11-04"},
		{"America/Sao_Paulo", "2018-11-03", "The vote is tomorrow.", "tomorrow=2018-11-04"},
		// A day that needs no care stays as it was.
		{"America/Havana", "2000-04-05", "He said so on Monday.", "Monday=2000-04-03"},
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		ref, _ := time.Parse("2006-01-02", tt.ref)
		a := Anchor{Day: midnight(ref.Year(), ref.Month(), ref.Day(), loc)}
		got := New().Find(tt.text, a)
		if len(got) != 1 || got[0].Text+"="+got[0].Value != tt.want {
			t.Errorf("%s %s %q: got %+v, want %s", tt.zone, tt.ref, tt.text, got, tt.want)
			continue
		}
		if d := got[0]; !d.From.Before(d.To) || d.From.Format("2006-01-02") != d.Value[:10] {
			t.Errorf("%s %q: interval %v to %v", tt.zone, tt.text, d.From, d.To)
		}
	}
}

// TestMonthShiftFromLastDay checks that moving by months from the end of a
// long month lands in the right month, not in the one after it.
func TestMonthShiftFromLastDay(t *testing.T) {
	runFind(t, New(), []findCase{
		{"2020-03-31", "Prices rose a month ago.", []string{"a month ago=2020-02"}},
		{"2020-12-31", "Sales fell a quarter ago.", []string{"a quarter ago=2020-Q3"}},
		{"2020-05-31", "Sales fell three months ago.", []string{"three months ago=2020-02"}},
		{"2020-03-15", "Prices rose a month ago.", []string{"a month ago=2020-02"}},
	})
}
