package diplomacy_test

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/extract"
	"github.com/dipnews/diplomacy/model"
)

// TestPartsArticles parses an archive of the seed articles long enough to
// be read in several parts, built so that each article is one part: each
// opens with the same dateline (the archive's anchor is that of its
// start) and is padded with line breaks to the part size. Each article
// must then give, in the archive, exactly the records and dates it gives
// alone, shifted by its offset. The spans of the archive's report quote
// its text, and parsing it again gives the same report.
//
// Where the parts do not fall between articles, what differs from
// parsing each article alone is what extract.AnalyzeParts lists; what
// differs from reading the archive in one part is tested by
// TestPartsWholeArchive.
func TestPartsArticles(t *testing.T) {
	const dateline = "MOSCOW, March 5 (Xinhua) -- "
	pub := time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)
	seeds := loadSeeds(t)
	for _, tt := range []struct {
		name   string
		size   int // 0: the default
		rounds int
	}{
		{"parts of 4 KiB", 4 << 10, 3},
		{"parts of the default size", 0, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newParser(t, tt.size)
			size := extract.DefaultPartSize
			if tt.size > 0 {
				size = tt.size
			}
			var b strings.Builder
			var blocks []string
			for range tt.rounds {
				for _, s := range seeds {
					block := dateline + s.text
					if len(block)+2 > size {
						t.Fatalf("%s is too long for parts of %d bytes", s.name, size)
					}
					block += strings.Repeat("\n", size-len(block))
					blocks = append(blocks, block)
					b.WriteString(block)
				}
			}
			text := b.String()
			whole := parse(t, p, text, pub)
			checkReport(t, text, whole)
			if again := parse(t, p, text, pub); !bytes.Equal(marshal(t, whole), marshal(t, again)) {
				t.Error("parsing the archive twice gave two reports")
			}
			if whole.Dateline == nil || whole.Dateline.Date == nil || whole.Dateline.Date.Value != "2020-03-05" {
				t.Fatalf("dateline %+v, want Moscow on 2020-03-05", whole.Dateline)
			}
			records := 0
			for k, block := range blocks {
				off := k * size
				alone := parse(t, p, block, pub)
				if diff := cmp.Diff(alone.Dateline, whole.Dateline); diff != "" {
					t.Errorf("article %d: datelines differ (-alone +archive):\n%s", k, diff)
				}
				alone.Dateline = nil // at the start of the block, not of the archive
				shift(alone, off)
				in := func(sp model.Span) bool { return sp.Start >= off && sp.Start < off+size }
				got := &model.Report{
					Published:  whole.Published,
					Meetings:   within(whole.Meetings, func(m model.Meeting) bool { return in(m.Evidence) }),
					Ceasefires: within(whole.Ceasefires, func(c model.Ceasefire) bool { return in(c.Evidence) }),
					Zones:      within(whole.Zones, func(z model.Zone) bool { return in(z.Evidence) }),
					Patrols:    within(whole.Patrols, func(p model.Patrol) bool { return in(p.Evidence) }),
					Dates:      within(whole.Dates, func(d model.Date) bool { return in(d.Span) }),
					Other:      within(whole.Other, func(o model.Other) bool { return in(o.Evidence) }),
				}
				if diff := cmp.Diff(alone, got); diff != "" {
					t.Errorf("article %d at %d (%s): records differ (-alone +in the archive):\n%s", k, off, seeds[k%len(seeds)].name, diff)
				}
				records += len(alone.Meetings) + len(alone.Ceasefires) + len(alone.Zones) + len(alone.Patrols)
			}
			if n := len(whole.Meetings) + len(whole.Ceasefires) + len(whole.Zones) + len(whole.Patrols); n != records || n == 0 {
				t.Errorf("the archive gives %d records, its articles %d", n, records)
			}
		})
	}
}

// TestPartsWholeArchive reads the archive of the benchmarks, articles one
// after another with parts cut wherever the size falls, in parts and in
// one part. The dates and the dateline are the same; the spans of both
// quote the text. The records are not the same, and this is the one
// difference parts make on this archive: a meeting, ceasefire, zone or
// patrol is merged with the accounts of it in its own part only, so that
// each part keeps its own record of an event that every article of the
// archive tells, where the archive read whole keeps one in all.
func TestPartsWholeArchive(t *testing.T) {
	pub := time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)
	text := archive(t, 300<<10)
	p, err := diplomacy.New()
	if err != nil {
		t.Fatal(err)
	}
	parts := parse(t, p, text, pub)
	diplomacy.SetPartSize(p, len(text))
	whole := parse(t, p, text, pub)
	checkReport(t, text, parts)
	checkReport(t, text, whole)
	if diff := cmp.Diff(whole.Dates, parts.Dates); diff != "" {
		t.Errorf("dates differ (-one part +parts):\n%s", diff)
	}
	if diff := cmp.Diff(whole.Dateline, parts.Dateline); diff != "" {
		t.Errorf("datelines differ (-one part +parts):\n%s", diff)
	}
	if n := len(text)/extract.DefaultPartSize + 1; len(parts.Meetings) < n || len(whole.Meetings) >= len(parts.Meetings) {
		t.Errorf("%d meetings in parts, %d in one part: want at least one a part (%d), and fewer in one part", len(parts.Meetings), len(whole.Meetings), n)
	}
}

func parse(t *testing.T, p *diplomacy.Parser, text string, pub time.Time) *model.Report {
	t.Helper()
	r, err := p.Parse(context.Background(), diplomacy.Article{Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// shift moves every span of r by off bytes, once each, though records
// may share a date.
func shift(r *model.Report, off int) {
	done := map[*model.Span]bool{}
	walk(reflect.ValueOf(r), func(v reflect.Value) {
		sp, ok := v.Addr().Interface().(*model.Span)
		if d, isDate := v.Addr().Interface().(*model.Date); isDate {
			sp, ok = &d.Span, true
		}
		if ok && !done[sp] {
			done[sp] = true
			sp.Start += off
			sp.End += off
		}
	})
}

// within returns the items of list that keep says are in, as an empty
// list rather than nil when there are none.
func within[T any](list []T, keep func(T) bool) []T {
	out := []T{}
	for _, x := range list {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// newParser returns a Parser of the default configuration that reads a
// text in parts of at most partSize bytes, or of the default size if
// partSize is 0.
func newParser(tb testing.TB, partSize int) *diplomacy.Parser {
	tb.Helper()
	p, err := diplomacy.New()
	if err != nil {
		tb.Fatal(err)
	}
	if partSize > 0 {
		diplomacy.SetPartSize(p, partSize)
	}
	return p
}
