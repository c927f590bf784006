package extract

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/model"
)

// TestReportHoldsNoRoom runs the built-in extractors on the parts of an
// archive and checks, after each part, that no string of the report lies
// in the room of the folded forms, which the next part or text writes
// over.
func TestReportHoldsNoRoom(t *testing.T) {
	text := seedArchive(t, 48<<10)
	pub := time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()
	for _, size := range []int{256, 4096, DefaultPartSize} {
		var r *model.Report
		err := AnalyzeParts(ctx, text, pub, DefaultLexicon(), dates.New(), size, func(a *Analysis) error {
			if r == nil {
				r = NewReport(a)
			} else {
				r.Dates = append(r.Dates, a.Dates...)
			}
			for _, e := range Builtin() {
				if err := e.Extract(ctx, a, r); err != nil {
					return err
				}
			}
			stringsIn(reflect.ValueOf(r), func(s string) {
				if within(s, a.folded) || within(s, a.tail) {
					t.Errorf("size %d, part at %d: the report holds %q, a folded form", size, a.PartStart, s)
				}
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// within reports whether the bytes of s lie in those of room.
func within(s, room string) bool {
	if len(s) == 0 || len(room) == 0 {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(room)))
	return p >= lo && p < lo+uintptr(len(room))
}

// stringsIn calls visit with every string v holds or points to.
func stringsIn(v reflect.Value, visit func(string)) {
	switch v.Kind() {
	case reflect.String:
		visit(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			stringsIn(v.Elem(), visit)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			stringsIn(v.Index(i), visit)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			stringsIn(v.Field(i), visit)
		}
	}
}

// TestNormKeeps keeps the folded forms Norm gives for the tokens of a
// text, with capitals and letters outside ASCII, then analyses another
// text in the same room: the kept forms must not change, and none may
// lie in the room.
func TestNormKeeps(t *testing.T) {
	first := "Erdoğan MET Putin in Moscow on “Thursday”; the talks ended."
	second := strings.Repeat("zzzz yyyy XXXX wwww — ", 8)
	ctx := context.Background()
	var kept []string
	err := AnalyzeParts(ctx, first, time.Time{}, DefaultLexicon(), dates.New(), 0, func(a *Analysis) error {
		for k := range a.Tokens {
			n := a.Norm(k)
			if within(n, a.folded) || within(n, a.tail) {
				t.Errorf("Norm(%d) = %q lies in the analysis's room", k, n)
			}
			kept = append(kept, n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := AnalyzeParts(ctx, second, time.Time{}, DefaultLexicon(), dates.New(), 0, func(*Analysis) error { return nil }); err != nil {
		t.Fatal(err)
	}
	toks := Tokenize(first)
	if len(kept) != len(toks.List) {
		t.Fatalf("kept %d forms, Tokenize gives %d tokens", len(kept), len(toks.List))
	}
	for k, n := range kept {
		if want := toks.Norm(k); n != want {
			t.Errorf("kept Norm(%d) = %q after another text, want %q", k, n, want)
		}
	}
}

// TestReportDatesHoldNoRoom reads an archive in parts and checks, after
// each part, that the report's dates, whether appended as
// diplomacy.Parse does or taken by NewReport, do not lie in the room of
// the dates of a part after the first, which the next part writes over.
func TestReportDatesHoldNoRoom(t *testing.T) {
	text := seedArchive(t, 48<<10)
	pub := time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)
	var r *model.Report
	parts := 0
	err := AnalyzeParts(context.Background(), text, pub, DefaultLexicon(), dates.New(), 4096, func(a *Analysis) error {
		if r == nil {
			r = NewReport(a)
		} else {
			r.Dates = append(r.Dates, a.Dates...)
		}
		if a.PartStart == 0 || len(a.Dates) == 0 {
			return nil
		}
		parts++
		if overlaps(r.Dates, a.Dates) {
			t.Errorf("part at %d: the report's dates lie in the part's room", a.PartStart)
		}
		if own := NewReport(a); overlaps(own.Dates, a.Dates) {
			t.Errorf("part at %d: NewReport took the part's room", a.PartStart)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if parts == 0 {
		t.Fatal("no part after the first has dates")
	}
}

// overlaps reports whether the elements of s and room share memory.
func overlaps(s, room []model.Date) bool {
	if len(s) == 0 || len(room) == 0 {
		return false
	}
	size := unsafe.Sizeof(s[0])
	p, lo := uintptr(unsafe.Pointer(&s[0])), uintptr(unsafe.Pointer(&room[0]))
	return p < lo+uintptr(len(room))*size && lo < p+uintptr(len(s))*size
}
