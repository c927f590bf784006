package extract

import (
	"embed"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones must not depend on the host's zone database
)

// EntryKind is the kind of a lexicon entry.
type EntryKind uint8

// The kinds of lexicon entry.
const (
	EntryCountry EntryKind = iota
	EntryPerson
	EntryPlace
	EntryGroup
	EntryOffice
	// EntryAgency is a news agency ("Xinhua", "TASS"): a source named in
	// datelines and attributions, never a party to an event.
	EntryAgency
)

// Term is an office held by a person over a period.
type Term struct {
	Office  string // canonical office, such as "Foreign Minister"
	Country string // ISO 3166-1 alpha-2; empty for an international body
	// Org is the canonical name of the international body whose office
	// this is ("United Nations"); empty for a national office.
	Org string
	// From and To bound the term (To exclusive); a zero To means the term
	// is still running. Both are midnight UTC of the day they name.
	From, To time.Time
}

// Holds reports whether the term is running on day, taken as the calendar
// date of day in its own location.
func (t Term) Holds(day time.Time) bool { return t.holdsOn(civil(day)) }

// holdsOn is Holds for a day already made civil.
func (t Term) holdsOn(d time.Time) bool {
	return !d.Before(t.From) && (t.To.IsZero() || d.Before(t.To))
}

// Entry is one actor, place or office of the lexicon.
type Entry struct {
	Kind EntryKind
	// Name is the canonical spelling used in output.
	Name string
	// Country is the ISO 3166-1 alpha-2 code. For a person it is the
	// country of the latest national office held.
	Country string
	// Zone is the time zone of a place or country; nil when unknown.
	Zone *time.Location
	// Terms lists a person's offices, oldest first.
	Terms []Term
	// Aliases lists the other spellings the entry is known by; for an
	// office, its variants ("FM", "top diplomat").
	Aliases []string
	// Demonyms lists a country's adjectives and nouns ("Turkish", "Turks").
	Demonyms []string
	// Capital is a country's capital city.
	Capital string
	// Type is a place's kind ("city", "road", ...) or a group's kind
	// ("armed", "body", ...).
	Type string
}

// TermAt returns the term e holds on day. When terms overlap, the one
// that started last wins.
func (e *Entry) TermAt(day time.Time) (Term, bool) {
	if t := e.termOn(civil(day)); t != nil {
		return *t, true
	}
	return Term{}, false
}

// termOn is TermAt for d, a date at midnight UTC (see civil), or nil.
func (e *Entry) termOn(d time.Time) *Term {
	for i := len(e.Terms) - 1; i >= 0; i-- {
		if e.Terms[i].holdsOn(d) {
			return &e.Terms[i]
		}
	}
	return nil
}

// Lexicon is the set of known actors, places and offices. A Lexicon is
// immutable once built and safe for concurrent use.
type Lexicon struct {
	layers  [][]record
	entries []*Entry
	// codes holds the countries at the places of their codes
	// (codeIndex): the extractors ask for a country by code for nearly
	// every party.
	codes [26 * 26]*Entry
	forms map[string]*form
	// first indexes forms by their first part, longest first.
	first   firstParts
	filter  partFilter
	holders map[string][]holding
	// leaders lists, by country, the offices whose holder leads it, the
	// first that has a holder on the day winning.
	leaders map[string][]string
	// conflicts lists the spellings claimed by two entries of one layer.
	conflicts []string
}

//go:embed lexicon/*.tsv
var lexiconFiles embed.FS

// DefaultLexicon returns the lexicon embedded in the package, built on
// first use and shared: callers must not modify its entries.
func DefaultLexicon() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := loadEmbedded()
	if err != nil {
		panic(err) // the embedded files are checked by the package's tests
	}
	return l
})

// loadEmbedded builds the lexicon from the embedded files, all in one
// layer.
func loadEmbedded() (*Lexicon, error) {
	var recs []record
	names, err := fs.Glob(lexiconFiles, "lexicon/*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		f, err := lexiconFiles.Open(name)
		if err != nil {
			return nil, err
		}
		rs, err := readRecords(strings.TrimPrefix(name, "lexicon/"), f)
		f.Close()
		if err != nil {
			return nil, err
		}
		recs = append(recs, rs...)
	}
	return build([][]record{recs})
}

// With returns a new lexicon made of l with the records read from r loaded
// on top: an entry of r with the name of an entry of l adds to it (aliases,
// terms), and where r and l spell a name alike for different entries, r
// wins, unless both are people, who become namesakes (see MatchAt). l
// itself is left untouched. name is the file name used in errors, which
// wrap ErrLexicon.
func (l *Lexicon) With(name string, r io.Reader) (*Lexicon, error) {
	recs, err := readRecords(name, r)
	if err != nil {
		return nil, err
	}
	layers := append(l.layers[:len(l.layers):len(l.layers)], recs)
	return build(layers)
}

// Lookup returns the entry a name stands for, in any of its spellings:
// "Türkiye" and "Turkey" give the same entry.
func (l *Lexicon) Lookup(name string) (*Entry, bool) {
	var f *form
	var ok bool
	// Most names are ASCII: their key is lowered on the stack, and read
	// from the index with no string made of it.
	var buf [64]byte
	if key, ascii := asciiKey(buf[:0], name); ascii {
		f, ok = l.forms[string(key)]
	} else {
		f, ok = l.forms[formKey(name)]
	}
	if !ok {
		return nil, false
	}
	return f.entry, true
}

// Country returns the country with the ISO 3166-1 alpha-2 code.
func (l *Lexicon) Country(code string) (*Entry, bool) {
	if !isLetterCode(code) {
		// A letter outside ASCII may have one as its upper case: "ſa"
		// is "SA".
		if code = strings.ToUpper(code); !isLetterCode(code) {
			return nil, false
		}
	}
	e := l.codes[codeIndex(code)]
	return e, e != nil
}

// countryCoded returns the country whose code is code, written in
// capitals, as lexicon files write it.
func (l *Lexicon) countryCoded(code string) (*Entry, bool) {
	if !isCountryCode(code) {
		return nil, false
	}
	e := l.codes[codeIndex(code)]
	return e, e != nil
}

// isLetterCode reports whether code is two ASCII letters, in either case,
// as every country code is once in upper case.
func isLetterCode(code string) bool {
	return len(code) == 2 && 'a' <= code[0]|0x20 && code[0]|0x20 <= 'z' && 'a' <= code[1]|0x20 && code[1]|0x20 <= 'z'
}

// codeIndex returns the place in Lexicon.codes of a code of two ASCII
// letters.
func codeIndex(code string) int {
	return int(code[0]|0x20-'a')*26 + int(code[1]|0x20-'a')
}

// Code returns the key a country or international body is known by in
// terms: the ISO code of a country, the canonical name of a body.
func (e *Entry) Code() string {
	if e.Kind == EntryCountry {
		return e.Country
	}
	return e.Name
}

// Entries returns every entry of the given kind, sorted by name.
func (l *Lexicon) Entries(kind EntryKind) []*Entry {
	var out []*Entry
	for _, e := range l.entries {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// civil returns midnight UTC of the calendar date of t in t's location.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
