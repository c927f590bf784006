package extract

import "github.com/dipnews/diplomacy/model"

// MentionKind is what a mention names.
type MentionKind uint8

// The kinds of mention.
const (
	// MentionPerson names a person of the lexicon ("Erdogan").
	MentionPerson MentionKind = iota
	// MentionCountry names a country ("Turkey", "Türkiye", "Ankara" as a
	// metonym is a MentionPlace).
	MentionCountry
	// MentionDemonym is a country adjective ("Turkish", "Russian").
	MentionDemonym
	// MentionOffice is an office title ("Foreign Minister", "president").
	MentionOffice
	// MentionPlace names a city, province, region, sea or crossing.
	MentionPlace
	// MentionGroup names an armed group, coalition or international body.
	MentionGroup
	// MentionRoad names a road ("M4", "the M-5 highway").
	MentionRoad
)

// Mention is a run of tokens that names an entry of the lexicon.
type Mention struct {
	Kind MentionKind
	Span model.Span
	// First and End index the mention's tokens in Analysis.Tokens.
	First, End int
	// Entry is the lexicon entry named; for offices, the office entry.
	Entry *Entry
}
