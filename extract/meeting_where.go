package extract

import (
	"github.com/dipnews/diplomacy/model"
	"slices"
)

// meetingPlace is the city or venue the meeting is said to be held in:
// "in Moscow", "in the western Russian city of Sochi", "the Sochi summit";
// failing that, a country right after the trigger ("talks in Malaysia").
// ms are the mentions of sentence part s.
func (a *Analysis) meetingPlace(s Sentence, ms []Mention, trig, trigEnd int) *model.Place {
	if p := a.meetingSite(s, ms, trig, trigEnd); p != nil {
		return p
	}
	for _, m := range ms {
		if m.Kind != MentionCountry || m.First <= s.First || m.First <= trigEnd && m.First >= trig || m.First > trigEnd+20 ||
			m.First < trig-8 || a.possessive(m.End) {
			continue
		}
		switch a.norm(m.First - 1) {
		case "in":
			if m.First > trigEnd && a.onlyParties(trigEnd, m.First-1) {
				return a.countryPlace(m.Entry.Country) // "met Biden in Italy"
			}
		case "to":
			if m.First < trig && m.First-2 >= s.First && travelVerbs.has(a.word(m.First-2)) {
				return a.countryPlace(m.Entry.Country) // "will travel to Switzerland for a conference"
			}
		}
	}
	return nil
}

// travelVerbs take the place a visitor goes to after "to".
var travelVerbs = newWordSet(
	"travel", "travels", "traveled", "travelled", "fly", "flew",
	"flies", "go", "went", "heads", "headed", "came", "come",
)

// onlyParties reports whether tokens [from, to) only name the other
// parties of a meeting: names, titles, "with", "his": "met U.S. President
// Joe Biden in Italy", not "talks for a settlement in Syria".
func (a *Analysis) onlyParties(from, to int) bool {
	ms := a.MentionsIn(from, to)
	for k := from; k < to; k++ {
		switch a.norm(k) {
		case "with", "his", "her", "their", "the", "and", ",", "counterpart", "counterparts", "'s":
			continue
		}
		named := false
		for _, m := range ms {
			named = named || m.First <= k && k < m.End
		}
		if !named {
			return false
		}
	}
	return true
}

// meetingSite is the city or venue named with the trigger; ms are the
// mentions of sentence part s.
func (a *Analysis) meetingSite(s Sentence, ms []Mention, trig, trigEnd int) *model.Place {
	for _, m := range ms {
		if m.Kind == MentionCountry && m.End+1 < s.End && a.norm(m.End) == "'s" && a.norm(m.End+1) == "capital" {
			if p := a.capitalOf(m.Entry); p != nil && m.First > trigEnd && m.First <= trigEnd+24 && a.norm(m.First-1) == "in" {
				return p // "in Qatar's capital"
			}
		}
		if m.Kind != MentionPlace || !isSite(m.Entry) || m.End < s.End && nameNouns.has(a.word(m.End)) {
			continue
		}
		if m.End == trig || m.End+1 == trig && a.norm(m.End) == "'s" {
			return placeOf(m.Entry)
		}
		if k := m.First - 1; k >= s.First && m.End < trig && (a.norm(k) == "in" || a.norm(k) == "at") && a.onlyDatesBefore(s.First, k) {
			return placeOf(m.Entry) // "In Sochi, the leaders discussed ...", "3 May in Sochi, ..."
		}
		if m.First < trig && m.First-2 >= s.First && a.norm(m.First-1) == "to" && travelVerbs.has(a.word(m.First-2)) && m.First > trig-8 {
			return placeOf(m.Entry) // "will travel to Geneva for talks"
		}
		if m.End < trig && trig-m.End <= 4 && (a.norm(m.End) == "to" || a.norm(m.End) == "for") && a.presentIn(m.First, s.First) {
			return placeOf(m.Entry) // "was in the split capital Nicosia to hold meetings", "arrived in Geneva for talks"
		}
		if m.First <= trigEnd || m.First > trigEnd+20 {
			continue
		}
		if a.placeAfterIn(m.First, trigEnd) {
			return placeOf(m.Entry)
		}
	}
	return nil
}

// beingVerbs put someone in a place: "was in Nicosia", "arrived in
// Geneva", "is expected in Ankara".
var beingVerbs = newWordSet(
	"is", "was", "are", "were", "be", "been", "arrived", "arrives", "arriving",
	"expected", "landed", "lands", "stayed", "stays", "remained", "remains",
)

// presentIn reports whether the place named at token k is where someone
// is: "in" or "at" before it, after a verb of being or arriving ("was
// expected in the capital Nicosia"), not "diplomats based in Washington".
func (a *Analysis) presentIn(k, first int) bool {
	for j := k - 1; j > first && j >= k-6; j-- {
		if n := a.norm(j); n == "in" || n == "at" {
			return beingVerbs.has(a.word(j - 1))
		}
	}
	return false
}

// placeAfterIn reports whether "in" or "at" comes shortly before the
// place named at token k, past what describes it ("in the western Russian
// city of Sochi"), and not before token first.
func (a *Analysis) placeAfterIn(k, first int) bool {
	for j := k - 1; j >= first && j >= k-6; j-- {
		n := a.norm(j)
		if n == "in" || n == "at" {
			return true
		}
		if n == "," || n == "." || n == "between" || n == "with" || n == "to" || n == "province" || n == "provinces" || n == "region" || n == "regions" {
			return false
		}
	}
	return false
}

// onlyDatesBefore reports whether tokens [first, k) are all part of
// temporal expressions (or there are none).
func (a *Analysis) onlyDatesBefore(first, k int) bool {
	for j := first; j < k; j++ {
		if n := a.norm(j); !a.inDate(a.Tokens[j].Start) && n != "," && n != "on" {
			return false
		}
	}
	return true
}

// visited returns the place named right after a visit word, or after
// "to" ("a visit to Cairo").
func (a *Analysis) visited(s Sentence, trigEnd int) (*Entry, bool) {
	at := trigEnd
	if at < s.End && a.norm(at) == "to" {
		at++
	}
	for _, m := range a.MentionsIn(at, min(s.End, at+3)) {
		if m.First == at && m.Kind == MentionPlace && m.Entry.Type != "road" {
			return m.Entry, true
		}
	}
	return nil, false
}

// withHost adds the country of the place visited to the parties, unless
// one of them already stands for it.
func (a *Analysis) withHost(parts []actorRef, p *Entry) []actorRef {
	for _, r := range parts {
		if r.Country == p.Country {
			return parts
		}
	}
	if p.Country == "" {
		return parts
	}
	return append(parts, a.countryActor(p.Country, 0, 0))
}

// topics are the conflict areas of ms, the mentions of a sentence,
// besides its location.
func topics(ms []Mention, loc *model.Place) []string {
	var out []string
	for _, m := range ms {
		if m.Kind != MentionPlace || isSite(m.Entry) || loc != nil && m.Entry.Name == loc.Name {
			continue
		}
		if !slices.Contains(out, m.Entry.Name) {
			out = append(out, m.Entry.Name)
		}
	}
	return out
}

// nameNouns follow a place in the name of a format or a deal, not a venue:
// "the Astana format", "the Sochi agreement".
var nameNouns = newWordSet(
	"format", "process", "framework", "agreement", "agreements", "accord",
	"accords", "memorandum", "deal", "protocol", "declaration", "formula",
	"group", "platform", "track",
)

// capitalOf returns the capital of the country of entry e, if known.
func (a *Analysis) capitalOf(e *Entry) *model.Place {
	if e.Capital == "" {
		return nil
	}
	if c, ok := a.Lexicon.Lookup(e.Capital); ok {
		return placeOf(c)
	}
	return &model.Place{Name: e.Capital, Country: e.Country}
}
