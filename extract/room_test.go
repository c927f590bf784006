package extract

import (
	"context"
	"reflect"
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
