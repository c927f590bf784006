package diplomacy_test

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/model"
)

// epoch is day 0 of the fuzzer's publication dates.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// FuzzParse parses any text with any publication date and checks what
// every report must satisfy: spans that point at the bytes they quote,
// well-formed dates, a JSON form that reads back to the same report, and
// the same report on a second parse. A parser that reads parts of 256
// bytes must give a report that satisfies the same, and the same report
// for a text of one part. The dates finder and the
// dateline parser have fuzz targets of their own in package dates.
func FuzzParse(f *testing.F) {
	for _, s := range loadSeeds(f) {
		days := int32(s.published.Sub(epoch).Hours() / 24)
		f.Add(s.text, days)
		f.Add(s.text, int32(-1))
		for _, line := range strings.Split(s.text, "\n") {
			if line != "" {
				f.Add(line, days)
			}
		}
	}
	p, small := newParser(f, 0), newParser(f, 256)
	f.Fuzz(func(t *testing.T, text string, days int32) {
		a := diplomacy.Article{ID: "fuzz", Text: text}
		if days >= 0 {
			a.Published = epoch.AddDate(0, 0, int(days%100000))
		}
		// parse parses art with q and stops the test, naming what was
		// parsed, on an error.
		parse := func(q *diplomacy.Parser, art diplomacy.Article, what string) *model.Report {
			t.Helper()
			r, err := q.Parse(context.Background(), art)
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			return r
		}
		r := parse(p, a, "Parse")
		checkReport(t, text, r)
		b := marshal(t, r)
		var back model.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("the report's JSON does not decode: %v\n%s", err, b)
		}
		if diff := cmp.Diff(*r, back); diff != "" {
			t.Fatalf("report changed through JSON (-before +after):\n%s", diff)
		}
		if b2 := marshal(t, parse(p, a, "second Parse")); !bytes.Equal(b, b2) {
			t.Fatalf("a second parse gives another report:\n%s\n%s", b, b2)
		}
		inParts := parse(small, a, "Parse in parts")
		checkReport(t, text, inParts)
		if len(text) <= 256 && !bytes.Equal(b, marshal(t, inParts)) {
			t.Fatalf("a text of one part gives another report in parts")
		}
		// Parsing reuses buffers from call to call: nothing of them may
		// show in a report already returned, and the room another text
		// left in them may not change the next report.
		parse(p, diplomacy.Article{ID: "other", Text: strings.Repeat("X", len(text))}, "Parse of another text")
		if b1 := marshal(t, r); !bytes.Equal(b, b1) {
			t.Fatalf("a report changed when its text was parsed again:\n%s\n%s", b, b1)
		}
		parse(p, diplomacy.Article{ID: "other", Text: strings.Repeat("a b ", len(text)+64)}, "Parse of a longer text")
		if b3 := marshal(t, parse(p, a, "third Parse")); !bytes.Equal(b, b3) {
			t.Fatalf("a parse after a longer text gives another report:\n%s\n%s", b, b3)
		}
	})
}

// checkReport checks every span and every date of r, wherever it lies in
// the report, against text.
func checkReport(t *testing.T, text string, r *model.Report) {
	t.Helper()
	walk(reflect.ValueOf(r), func(v reflect.Value) {
		switch x := v.Interface().(type) {
		case model.Span:
			checkSpan(t, text, x)
		case model.Date:
			checkDate(t, x)
			// A date's span carries no text: the date's own is the one.
			checkSpan(t, text, model.Span{Start: x.Span.Start, End: x.Span.End, Text: x.Text})
		}
	})
}

var (
	spanType = reflect.TypeFor[model.Span]()
	dateType = reflect.TypeFor[model.Date]()
)

// walk calls visit for every Span and Date reachable from v, so that a
// field added to the model later is checked too.
func walk(v reflect.Value, visit func(reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), visit)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walk(v.Index(i), visit)
		}
	case reflect.Struct:
		if v.Type() == spanType || v.Type() == dateType {
			visit(v)
		}
		if v.Type() == dateType {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walk(v.Field(i), visit)
			}
		}
	}
}

// checkSpan fails unless sp lies inside text and quotes text[Start:End],
// with each invalid byte read as U+FFFD as the model documents.
func checkSpan(t *testing.T, text string, sp model.Span) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		t.Fatalf("span %d-%d outside the text of %d bytes", sp.Start, sp.End, len(text))
	}
	if sp.Text != decoded(text[sp.Start:sp.End]) {
		t.Fatalf("span %d-%d quotes %q, the text there is %q", sp.Start, sp.End, sp.Text, text[sp.Start:sp.End])
	}
}

// decoded returns s with every byte that is not part of valid UTF-8
// replaced by U+FFFD, one for one, as encoding/json writes it.
func decoded(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

// The TIMEX3 value forms: a calendar date at any grain (with X for an
// unknown digit), optionally with a time of day and a zone; a duration;
// and the three reference values.
var (
	timexDate     = regexp.MustCompile(`^(?:[0-9X]{2,3}|[0-9X]{4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2}(?:T(?:MO|MI|AF|EV|NI|DT|[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?)(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?|W[0-9X]{2}(?:-(?:WE|[1-7X]))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)$`)
	timexDuration = regexp.MustCompile(`^P(?:(?:[0-9X]+(?:\.[0-9]+)?[YMWDQECL])+(?:T(?:[0-9X]+(?:\.[0-9]+)?[HMS])+)?|T(?:[0-9X]+(?:\.[0-9]+)?[HMS])+)$`)
	timexRef      = map[string]bool{"PRESENT_REF": true, "PAST_REF": true, "FUTURE_REF": true}
)

// checkDate fails unless d's value has a form its TIMEX3 type allows and
// its interval agrees with it.
func checkDate(t *testing.T, d model.Date) {
	t.Helper()
	v := d.Value
	var ok bool
	switch d.Type {
	case model.TypeDate, model.TypeTime:
		ok = v == "" || timexDate.MatchString(v) || timexRef[v]
	case model.TypeDuration:
		ok = v == "" || timexDuration.MatchString(v)
	case model.TypeSet:
		ok = v == "" || timexDuration.MatchString(v) || timexDate.MatchString(v)
	}
	if !ok {
		t.Fatalf("date %q: %v value %q is not TIMEX3", d.Text, d.Type, v)
	}
	if d.From.IsZero() != d.To.IsZero() || !d.From.IsZero() && !d.To.After(d.From) {
		t.Fatalf("date %q (%s): bad interval [%v, %v)", d.Text, v, d.From, d.To)
	}
	if !d.From.IsZero() && (v == "" || d.Type == model.TypeDuration || d.Type == model.TypeSet) {
		t.Fatalf("date %q: %v value %q has an interval", d.Text, d.Type, v)
	}
	if !utf8.ValidString(d.Text) {
		t.Fatalf("date text %q is not UTF-8", d.Text)
	}
}
