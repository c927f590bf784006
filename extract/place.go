package extract

import (
	"strings"

	"github.com/dipnews/diplomacy/model"
)

// sites are the kinds of place a meeting is held in.
var sites = map[string]bool{"city": true, "capital": true, "venue": true, "base": true}

func isSite(e *Entry) bool { return e.Kind == EntryPlace && sites[e.Type] }

// areaPrepositions introduce the area a ceasefire, zone or patrol covers.
var areaPrepositions = newWordSet(
	"in", "across", "around", "near", "along", "over", "for",
	"of", "within", "throughout", "inside", "at", "into",
)

// areaNear returns the area named with the trigger at [trig, trigEnd):
// a place just before it ("the Idlib ceasefire", "a Syrian ceasefire") or
// in the phrase after it ("in the northwestern Syrian province of Idlib"),
// preferring a province or city to the country around it. wide reports
// that the area is a whole country, loose that it was found elsewhere in
// the sentence, not with the trigger.
func (a *Analysis) areaNear(s Sentence, trig, trigEnd int) (area *model.Place, wide, loose bool) {
	toks := a.Tokens
	ms := a.MentionsIn(s.First, s.End)
	place, _, lastCountry := a.placesAmong(ms, func(m Mention) bool {
		if m.End > trig || m.End < trig-3 || !a.onlyModifiers(m.End, trig) {
			return false
		}
		// "the Lebanon-Israel ceasefire" names parties, not the area
		return m.Kind == MentionPlace || !(strings.Contains(a.norm(m.First), "-") && m.End == trig)
	})
	if place != nil {
		return place, false, false
	}
	// The phrase after the trigger, up to the end of its clause, past a
	// date ("launched joint patrols Friday in northeastern Syria").
	k := trigEnd
	for k < s.End && (toks[k].Kind == Punct && a.norm(k) != "," && a.norm(k) != "." || a.norm(k) == "regime" ||
		a.norm(k) == "agreement" || a.norm(k) == "deal" || a.inDate(toks[k].Start)) {
		k++
	}
	if k >= s.End || !areaPrepositions.has(a.word(k)) {
		if lastCountry != "" {
			return a.countryPlace(lastCountry), true, false
		}
		area, wide = a.areaInSentence(s, ms, trig, trigEnd)
		return area, wide, true
	}
	stop := min(s.End, k+12)
	for j := k + 1; j < stop; j++ {
		if n := a.norm(j); n == "," || n == ";" || n == "." || toks[j].Kind == Word && isVerbLike(n) {
			stop = j
			break
		}
	}
	place, after, _ := a.placesAmong(ms, func(m Mention) bool { return m.First > k && m.First < stop })
	if place != nil {
		return place, false, false
	}
	if after != "" {
		return a.countryPlace(after), true, false
	}
	if lastCountry != "" {
		return a.countryPlace(lastCountry), true, false
	}
	area, wide = a.areaInSentence(s, ms, trig, trigEnd)
	return area, wide, true
}

// areaInSentence is the place of sentence s, whose mentions are ms,
// nearest to the trigger at trig, outside attribution clauses; failing
// that, a country the sentence names as a place ("Warring sides in Sudan
// agreed a truce").
func (a *Analysis) areaInSentence(s Sentence, ms []Mention, trig, trigEnd int) (*model.Place, bool) {
	// A mention in a source's clause or a relative clause is never taken.
	// Those clauses, costly to find, are looked for only once a mention
	// would be taken: most sentences have none.
	var cutBuf [4][2]int
	var cut ranges
	cutDone := false
	inCut := func(k int) bool {
		if !cutDone {
			cut, cutDone = a.relativeClauses(a.attribution(cutBuf[:0], s.First, s.End), s, trig), true
		}
		return cut.contains(k)
	}
	var best, country, owner *Mention
	for i := range ms {
		m := &ms[i]
		if m.First < trigEnd && trig < m.End {
			continue // the trigger itself ("the Demilitarized Zone")
		}
		switch {
		case m.Kind == MentionPlace && m.Entry.Type != "road":
			if m.Entry.Type == "capital" || m.Entry.Type == "venue" {
				continue // "Ankara's incursion", "In Astana, they signed": not the area
			}
			if isSite(m.Entry) && a.afterMeeting(m.First, s.First) {
				continue // "talks in Jeddah": where the parties met
			}
			if (best == nil || abs(m.First-trig) < abs(best.First-trig)) && !inCut(m.First) {
				best = m
			}
		case m.Kind == MentionCountry && country == nil && a.isLocative(m.First, s.First) && !a.possessive(m.End) &&
			!(m.First > s.First && a.norm(m.First-1) == ",") && // "in Havana, Cuba": the venue's country
			!a.afterMeeting(m.First, s.First): // "after talks in South Africa"
			if !inCut(m.First) {
				country = m
			}
		case m.Kind == MentionCountry && owner == nil && a.possessive(m.End) && m.First > trig && m.First < trig+4:
			if !inCut(m.First) {
				owner = m // "a truce between Yemen's warring parties"
			}
		}
	}
	switch {
	case best != nil:
		return placeOf(best.Entry), false
	case country != nil:
		return a.countryPlace(country.Entry.Country), true
	case owner != nil:
		return a.countryPlace(owner.Entry.Country), true
	}
	return nil, false
}

// placesAmong returns the first place among the mentions ms that keep
// accepts, roads aside, or else the codes of the first and the last
// country they name ("" for none).
func (a *Analysis) placesAmong(ms []Mention, keep func(Mention) bool) (place *model.Place, first, last string) {
	for _, m := range ms {
		if !keep(m) {
			continue
		}
		switch m.Kind {
		case MentionPlace:
			if m.Entry.Type != "road" {
				return placeOf(m.Entry), "", ""
			}
		case MentionCountry, MentionDemonym:
			if first == "" {
				first = m.Entry.Country
			}
			last = m.Entry.Country
		}
	}
	return nil, first, last
}

// onlyModifiers reports whether tokens [from, to) are nothing but words
// that can sit between a place and the noun it qualifies ("Idlib
// de-escalation").
func (a *Analysis) onlyModifiers(from, to int) bool {
	for k := from; k < to; k++ {
		switch a.norm(k) {
		case "'s", "-", "de-escalation", "humanitarian", "regional", "local", "joint", "new", "fragile", "rapid":
		default:
			return false
		}
	}
	return true
}

// isVerbLike marks words that end the phrase naming an area.
func isVerbLike(n string) bool {
	switch n {
	case "which", "who", "that", "and", "but", "was", "were", "is", "are", "will", "would", "has", "have", "had", "to", "after", "before", "since", "when":
		return true
	}
	return false
}

func placeOf(e *Entry) *model.Place { return &model.Place{Name: e.Name, Country: e.Country} }

func (a *Analysis) countryPlace(code string) *model.Place {
	if e, ok := a.Lexicon.Country(code); ok {
		return &model.Place{Name: e.Name, Country: code}
	}
	return &model.Place{Name: code, Country: code}
}

// countries turns actors into the countries and groups they act for,
// without repeats: parties to a ceasefire or patrol are states and groups.
func countries(rs []actorRef, a *Analysis) []model.Actor {
	// Listed on the stack, then copied to a list of their number: one
	// allocation, none for no actor.
	var buf [8]model.Actor
	out := buf[:0]
	for _, r := range rs {
		act := r.Actor
		if r.Person {
			if act.Country == "" {
				continue
			}
			act = a.countryActor(act.Country, 0, 0).Actor
		}
		if !named(out, act.Name) {
			out = append(out, act)
		}
	}
	return append([]model.Actor{}, out...)
}

// afterMeeting reports whether the place at token k follows a meeting
// word closely: "talks in Havana", "a summit at Sochi".
func (a *Analysis) afterMeeting(k, first int) bool {
	for j := k - 1; j >= first && j >= k-4; j-- {
		if e, tag := meetingTriggers.match(a, j, k); e > 0 && tag != cueNotMeeting {
			return true
		}
	}
	return false
}

// possessive reports whether token k is the possessive "'s".
func (a *Analysis) possessive(k int) bool { return k < len(a.Tokens) && a.norm(k) == "'s" }

// relativeClauses appends to out the relative clauses of sentence s that
// do not hold the trigger: "Petro, who traveled to Cuba, hailed the truce".
func (a *Analysis) relativeClauses(out ranges, s Sentence, trig int) ranges {
	for k := s.First; k < s.End; k++ {
		if w := a.word(k); (w == wWho || w == wWhich) && k > s.First && a.word(k-1) == wComma {
			end := a.clauseEnd(k+1, s.End)
			if trig < k || trig >= end {
				out = append(out, [2]int{k, end})
			}
			k = end
		}
	}
	return out
}

// locatives put what follows them in a place: "in Syria", "across Yemen".
var locatives = newWordSet(
	"in", "inside", "across", "throughout", "within", "near", "into",
)

// isLocative reports whether the country named at token k stands in a
// place: after "in", "across", "inside" ... past "the" and directions,
// and not as part of a compound ("U.S.-led").
func (a *Analysis) isLocative(k, first int) bool {
	if strings.Contains(a.norm(k), "-") {
		return false
	}
	j := k - 1
	for j >= first && directions.has(a.word(j)) {
		j--
	}
	return j >= first && locatives.has(a.word(j))
}
