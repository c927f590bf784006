package extract

import "time"

// EntryKind is the kind of a lexicon entry.
type EntryKind uint8

// The kinds of lexicon entry.
const (
	EntryCountry EntryKind = iota
	EntryPerson
	EntryPlace
	EntryGroup
	EntryOffice
)

// Term is an office held by a person over a period.
type Term struct {
	Office  string // canonical office, such as "Foreign Minister"
	Country string // ISO 3166-1 alpha-2
	// From and To bound the term (To exclusive); a zero To means the term
	// is still running.
	From, To time.Time
}

// Entry is one actor, place or office of the lexicon.
type Entry struct {
	Kind EntryKind
	// Name is the canonical spelling used in output.
	Name string
	// Country is the ISO 3166-1 alpha-2 code.
	Country string
	// Zone is the time zone of a place or country; nil when unknown.
	Zone *time.Location
	// Terms lists a person's offices.
	Terms []Term
}

// Lexicon is the set of known actors, places and offices. A Lexicon is
// immutable once built and safe for concurrent use.
type Lexicon struct{}
