package extract

import (
	"strings"
	"time"
)

// holding is a term in the index of office holders.
type holding struct {
	term   Term
	person *Entry
}

// Holder returns the person who holds the office of the country on day:
// Holder("TR", "foreign minister", 2018-02-08) is Mevlut Cavusoglu. The
// office may be given in any of its spellings, or as "leader" for the
// country's leader (see Leader). For the offices of an international
// body, country is the body's name or abbreviation ("UN").
func (l *Lexicon) Holder(country, office string, day time.Time) (*Entry, bool) {
	if strings.EqualFold(office, "leader") || strings.EqualFold(office, "leaders") {
		return l.Leader(country, day)
	}
	country, office = l.holderKey(country, office)
	// The key is built where it is used, so that it needs no allocation.
	hs := l.holders[country+"\x00"+office]
	// Scan backwards so that, of overlapping terms, the latest wins.
	d := civil(day)
	for i := len(hs) - 1; i >= 0; i-- {
		if hs[i].term.holdsOn(d) {
			return hs[i].person, true
		}
	}
	return nil, false
}

// defaultLeaders are the offices that lead a country with no leader
// record, in order: a president where there is one, else the head of
// government, else the monarch.
var defaultLeaders = []string{"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Head of State"}

// Leader returns the person who leads the country on day, as news means
// "the Turkish leader": the holder of the first office of the country's
// leader record that has one (Prime Minister for the United Kingdom,
// Supreme Leader for Iran), or by default of President, Prime Minister,
// Chancellor, King, Queen, Emir, Sultan, Head of State.
func (l *Lexicon) Leader(country string, day time.Time) (*Entry, bool) {
	code := country
	if e, ok := l.Country(country); ok {
		code = e.Country
	} else if e, ok := l.Lookup(country); ok && e.Kind == EntryCountry {
		code = e.Country
	}
	offices, ok := l.leaders[code]
	if !ok {
		offices = defaultLeaders
	}
	for _, o := range offices {
		if e, ok := l.Holder(code, o, day); ok {
			return e, true
		}
	}
	return nil, false
}

// holderKey resolves the spellings of a country or body and an office to
// the two halves of the key of the holders index.
func (l *Lexicon) holderKey(country, office string) (string, string) {
	if e, ok := l.Country(country); ok {
		country = e.Code()
	} else if e, ok := l.Lookup(country); ok && (e.Kind == EntryGroup || e.Kind == EntryCountry) {
		country = e.Code()
	}
	if e, ok := l.Lookup(office); ok && e.Kind == EntryOffice {
		office = e.Name
	}
	return country, office
}
