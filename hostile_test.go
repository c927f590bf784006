package diplomacy_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/model"
)

// TestHostileInput parses text scraped from the web at its worst:
// truncated, mis-encoded, enormous or built to hurt. Each must give a
// report that obeys the invariants of FuzzParse, plus what the case
// itself promises, and must finish: go test -timeout catches a hang.
func TestHostileInput(t *testing.T) {
	seeds := loadSeeds(t)
	article := seeds[len(seeds)-1] // the Moscow summit: a meeting, a ceasefire, a zone, a patrol
	pub := time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)
	noRecords := func(t *testing.T, r *model.Report) {
		t.Helper()
		if n := len(r.Meetings) + len(r.Ceasefires) + len(r.Zones) + len(r.Patrols) + len(r.Dates) + len(r.Other); n != 0 || r.Dateline != nil {
			t.Errorf("got %d records and dateline %v from a text with nothing in it", n, r.Dateline)
		}
	}
	tests := []struct {
		name string
		text string
		// check adds what this case promises; nil when the invariants
		// are all there is.
		check func(t *testing.T, r *model.Report)
	}{
		{"empty", "", noRecords},
		{"white space only", strings.Repeat(" \t\r\n\u00a0\u2003\u3000", 1000), noRecords},
		{"invalid UTF-8", "Putin \xff\xfe met \xc3 Erdogan\xe2\x80 in Moscow on Thursday \xed\xa0\x80.\n\x80\x80\x80", nil},
		{"invalid UTF-8 everywhere", strings.Repeat("\xc0\xaf\xf8\x88\x80\x80\x80 ", 10000), noRecords},
		{"NUL bytes", strings.ReplaceAll(article.text, " ", "\x00"), nil},
		{"NUL bytes only", strings.Repeat("\x00", 1<<16), noRecords},
		{"2 MiB single line without punctuation", singleLine(2 << 20), nil},
		{"2 MiB single sentence", singleLine(2<<20-1) + ".", nil},
		{"100,000 times Thursday", strings.Repeat("Thursday ", 100000), func(t *testing.T, r *model.Report) {
			for _, d := range r.Dates {
				if !strings.Contains(d.Text, "Thursday") || d.Value != "" && d.Value != "2020-03-05" {
					t.Fatalf("date %q resolved to %q, want a Thursday on 2020-03-05", d.Text, d.Value)
				}
			}
		}},
		{"100,000 times Thursday on one line with a meeting", "Putin met Erdogan " + strings.Repeat("on Thursday and ", 100000) + "in Moscow.", nil},
		{"a meeting trigger 50,000 times in a sentence", strings.Repeat("Putin met Erdogan and ", 50000) + "Lavrov.", nil},
		{"a zone 50,000 times in a sentence", strings.Repeat("a buffer zone in Idlib and ", 50000) + "Syria.", nil},
		{"local times 50,000 times in a sentence", "Putin spoke " + strings.Repeat("at 10:00 local time to Erdogan and ", 50000) + "Lavrov.", nil},
		{"attributions 50,000 times in a sentence", "Putin met Erdogan on Thursday " + strings.Repeat("according to Lavrov citing Peskov on Friday ", 50000) + "in Moscow.", nil},
		{"20,000 meetings on distinct days", distinctMeetings(20000), func(t *testing.T, r *model.Report) {
			if len(r.Meetings) != 20000 {
				t.Errorf("got %d meetings, want 20000", len(r.Meetings))
			}
		}},
		{"20,000 numbered patrols", numberedPatrols(20000), nil},
		{"20,000 references to countries never named", strings.Repeat("The leaders of the three countries met in Moscow.\n", 20000), nil},
		{"a word of 200,000 hyphenated names", strings.Repeat("Iran-", 200000) + "Turkey talks.", nil},
		{"an abbreviation of 200,000 letters", strings.Repeat("U.", 200000) + " talks.", nil},
		{"100,000 references back to no meeting", strings.Repeat("The talks. ", 100000), nil},
		{"deeply nested quotes and brackets", nested(20000, article.text), nil},
		{"unbalanced brackets and quotes", strings.Repeat("((([[[\"\"'«“", 20000) + article.text + strings.Repeat("»”)]'", 20000), nil},
		{"right-to-left", "\u202eاجتمع بوتين وأردوغان في موسكو يوم الخميس.\u202c\nנפגשו ביום חמישי\u200f במוסקבה.\n" + article.text, nil},
		{"Cyrillic", "МОСКВА, 5 марта (ТАСС) -- Путин и Эрдоган встретились в Москве в четверг и договорились о прекращении огня в Идлибе.\n", nil},
		{"Cyrillic look-alikes", strings.NewReplacer("a", "а", "e", "е", "o", "о", "p", "р", "c", "с").Replace(article.text), nil},
		{"combining marks", strings.Repeat("e\u0301\u0302\u0303\u0304\u0305\u0306", 50000), noRecords},
		{"one huge word", strings.Repeat("a", 1<<20), noRecords},
		{"one huge number", strings.Repeat("1,000.", 1<<17), nil},
		{"many line breaks", strings.Repeat("\n", 1<<20) + article.text, nil},
		{"truncated mid-character", article.text[:len(article.text)/2] + "\xe2\x80", nil},
	}
	p, err := diplomacy.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := p.Parse(context.Background(), diplomacy.Article{Text: tt.text, Published: pub})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkReport(t, tt.text, r)
			if r.Meetings == nil || r.Ceasefires == nil || r.Zones == nil || r.Patrols == nil || r.Dates == nil || r.Other == nil {
				t.Errorf("a list of the report is nil, so JSON would print null: %+v", r)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

// archive returns a document of exactly size bytes made of the seed
// articles one after another, as a scraped archive would hold them; the
// last one is cut short, on a character boundary.
func archive(tb testing.TB, size int) string {
	tb.Helper()
	seeds := loadSeeds(tb)
	var b strings.Builder
	b.Grow(size + 4096)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(seeds[i%len(seeds)].text)
		b.WriteString("\n\n")
	}
	s := b.String()[:size]
	for len(s) > 0 && !utf8.RuneStart(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// singleLine returns n bytes of words with no punctuation and no line
// break, made of the words of news so that every stage has work to do.
func singleLine(n int) string {
	words := []string{"Putin", "met", "Erdogan", "on", "Thursday", "in", "Moscow", "ceasefire", "Idlib", "Syria",
		"joint", "patrols", "along", "the", "M4", "security", "corridor", "talks", "Turkish", "counterpart"}
	var b strings.Builder
	b.Grow(n + 16)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	return b.String()[:n]
}

// distinctMeetings returns n sentences, each telling of a meeting of
// the same two leaders on another day, so that none merges with another.
func distinctMeetings(n int) string {
	var b strings.Builder
	day := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		b.WriteString("Putin met Erdogan in Moscow on ")
		b.WriteString(day.AddDate(0, 0, i).Format("January 2, 2006"))
		b.WriteString(".\n")
	}
	return b.String()
}

// numberedPatrols returns n sentences, each telling of another patrol of
// a programme, none of which merges with another.
func numberedPatrols(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Russia and Turkey held the %dth joint patrol on the M4.\n", i+4)
	}
	return b.String()
}

// nested wraps text in depth layers of alternating quotes and brackets.
func nested(depth int, text string) string {
	open := []string{`"`, "(", "[", "«", "“", "'", "{"}
	closing := []string{`"`, ")", "]", "»", "”", "'", "}"}
	var b strings.Builder
	for i := range depth {
		b.WriteString(open[i%len(open)])
	}
	b.WriteString(text)
	for i := depth - 1; i >= 0; i-- {
		b.WriteString(closing[i%len(closing)])
	}
	return b.String()
}

// TestSizeLimit checks the default limit at its edge: a text of exactly
// DefaultMaxSize bytes is parsed, and gives the records of the article it
// holds; one byte more is refused with ErrTooLarge, without being read.
func TestSizeLimit(t *testing.T) {
	seeds := loadSeeds(t)
	s := seeds[len(seeds)-1]
	// The article, then white space up to the limit: the records must
	// be those of the article alone.
	text := s.text + strings.Repeat("\n", diplomacy.DefaultMaxSize-len(s.text))
	p, err := diplomacy.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	want, err := p.Parse(ctx, diplomacy.Article{Text: s.text, Published: s.published})
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Parse(ctx, diplomacy.Article{Text: text, Published: s.published})
	if err != nil {
		t.Fatalf("a text of exactly %d bytes: %v", len(text), err)
	}
	if a, b := marshal(t, want), marshal(t, got); string(a) != string(b) {
		t.Errorf("trailing white space up to the limit changed the report:\n%s\n%s", a, b)
	}
	r, err := p.Parse(ctx, diplomacy.Article{Text: text + " ", Published: s.published})
	if !errors.Is(err, diplomacy.ErrTooLarge) || r != nil {
		t.Fatalf("one byte over the limit: got %v, %v; want ErrTooLarge and no report", r, err)
	}
	if !strings.Contains(err.Error(), "8388609") {
		t.Errorf("error %q does not give the size", err)
	}
}
