package dates

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dipnews/diplomacy/model"
)

func TestInvalidUTF8(t *testing.T) {
	text := "Talks \xff\xfe began on Thursday\xc3 and ended \x80last week\xff."
	got := New().Find(text, Anchor{Day: day(t, thu)})
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	for _, d := range got {
		checkSpan(t, text, model.Span{Start: d.Span.Start, End: d.Span.End, Text: d.Text})
	}
	if got[0].Text != "Thursday" || got[1].Value != "2020-W09" {
		t.Errorf("got %q %q", got[0].Text, got[1].Value)
	}
}

func TestSpanTextInvalidBytes(t *testing.T) {
	// An expression whose own bytes hold an invalid byte keeps the bytes
	// in its span and reads them as U+FFFD in its text.
	text := "between Jan.\xa0\xff 5 and now"
	for _, d := range New().Find(text, Anchor{Day: day(t, thu)}) {
		checkSpan(t, text, model.Span{Start: d.Span.Start, End: d.Span.End, Text: d.Text})
	}
}

func TestConcurrentFind(t *testing.T) {
	texts := seedArticles(t)
	f := New()
	a := Anchor{Day: day(t, thu)}
	want := make([]int, len(texts))
	for i, x := range texts {
		want[i] = len(f.Find(x, a))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, x := range texts {
				if n := len(f.Find(x, a)); n != want[i] {
					t.Errorf("text %d: %d expressions, want %d", i, n, want[i])
				}
			}
		}()
	}
	wg.Wait()
}

func TestAnchorZone(t *testing.T) {
	damascus, err := time.LoadLocation("Asia/Damascus")
	if err != nil {
		t.Fatal(err)
	}
	a := Anchor{Day: time.Date(2020, 3, 5, 0, 0, 0, 0, damascus)}
	got := New().Find("They met on Thursday.", a)
	if len(got) != 1 || got[0].From.Location() != damascus || !got[0].To.Equal(got[0].From.AddDate(0, 0, 1)) {
		t.Errorf("got %+v", got)
	}
}

func TestLongText(t *testing.T) {
	// Many shifts after one date must not make the work quadratic.
	text := "On March 1 they met." + strings.Repeat(" a year later", 20000)
	start := time.Now()
	got := New().Find(text, Anchor{Day: day(t, thu)})
	if len(got) != 20001 {
		t.Fatalf("got %d expressions", len(got))
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}
