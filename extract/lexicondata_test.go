package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestEmbeddedData checks the embedded lexicon as a whole. Building it
// checks each line (known countries and offices, dates that parse, terms
// that end after they start, zones that load); the test adds the checks
// that need the whole: no spelling names two entries, no office has two
// holders at once, every country has a zone, a capital and a demonym.
func TestEmbeddedData(t *testing.T) {
	l, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	// Every UN member state, with Palestine, Kosovo, Taiwan, Western
	// Sahara and the Holy See.
	if n := len(l.Entries(EntryCountry)); n != 198 {
		t.Errorf("%d countries, want 198", n)
	}
	for _, c := range l.conflicts {
		t.Errorf("spelling clash: %s", c)
	}
	for _, e := range l.entries {
		switch e.Kind {
		case EntryCountry:
			if e.Zone == nil || e.Capital == "" || len(e.Demonyms) == 0 {
				t.Errorf("country %s (%s) lacks a zone, capital or demonym", e.Name, e.Country)
			}
		case EntryPerson:
			if len(e.Terms) == 0 {
				t.Errorf("person %s has no term", e.Name)
			}
			for i, a := range e.Terms {
				for _, b := range e.Terms[i+1:] {
					if a.Office == b.Office && a.Country == b.Country && a.Org == b.Org && overlap(a, b) {
						t.Errorf("%s holds %s twice at once (%s and %s)", e.Name, a.Office, a.From.Format("2006-01-02"), b.From.Format("2006-01-02"))
					}
				}
			}
		case EntryPlace:
			if e.Zone == nil && e.Country != "" {
				t.Errorf("place %s has no zone", e.Name)
			}
		}
	}
	for key, hs := range l.holders {
		if manyAtOnce[hs[0].term.Office] {
			continue
		}
		for i := 1; i < len(hs); i++ {
			if a, b := hs[i-1], hs[i]; overlap(a.term, b.term) && a.person != b.person {
				t.Errorf("%q: %s and %s overlap in office", key, a.person.Name, b.person.Name)
			}
		}
	}
}

// manyAtOnce are the offices that several people hold at the same time,
// such as the UN's envoys for Syria and for Yemen.
var manyAtOnce = map[string]bool{"Special Envoy": true, "Presidential Aide": true}

func overlap(a, b Term) bool {
	return (a.To.IsZero() || b.From.Before(a.To)) && (b.To.IsZero() || a.From.Before(b.To))
}

// TestEmbeddedFilesSorted keeps the data files tidy: each kind of record
// in the order its file's header states, so that a line is easy to find
// and a duplicate easy to see.
func TestEmbeddedFilesSorted(t *testing.T) {
	// keys give the sort key of a record; people are sorted within the
	// sections their comment lines open.
	keys := map[string]func(f []string) string{
		"countries.tsv": func(f []string) string { return f[1] },
		"offices.tsv":   func(f []string) string { return f[1] },
		"leaders.tsv":   func(f []string) string { return f[1] },
		"agencies.tsv":  func(f []string) string { return strings.ToLower(f[1]) },
		"people.tsv":    func(f []string) string { return f[5] + "\t" + f[1] },
		"places.tsv":    placeKey,
		"groups.tsv": func(f []string) string {
			return fmt.Sprintf("%02d %s", slices.Index(groupOrder, f[4]), strings.ToLower(f[1]))
		},
	}
	for file, key := range keys {
		data, err := lexiconFiles.ReadFile("lexicon/" + file)
		if err != nil {
			t.Fatal(err)
		}
		prev := ""
		for n, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				prev = "" // a new section
				continue
			}
			k := key(strings.Split(line, "\t"))
			if k < prev {
				t.Errorf("%s:%d: out of order (%q after %q)", file, n+1, k, prev)
			}
			prev = k
		}
	}
}

// groupOrder is the order of the kinds of group in groups.tsv.
var groupOrder = []string{"armed", "party", "government", "coalition", "body"}

// placeKey sorts places by country, those across borders last, and seas
// after the other places of their country.
func placeKey(f []string) string {
	code, sea := f[3], "0"
	if code == "" {
		code = "~"
	}
	if f[5] == "sea" {
		sea = "1"
	}
	return code + sea + strings.ToLower(f[1])
}
