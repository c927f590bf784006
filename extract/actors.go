package extract

import (
	"slices"
	"time"

	"github.com/dipnews/diplomacy/model"
)

// actorRef is an actor named in a sentence, with the tokens naming it.
type actorRef struct {
	model.Actor
	First, End int
	Person     bool
}

// actorNouns turn a preceding demonym into the country acting as a whole:
// "Russian and Turkish leaders", "the Turkish army".
var actorNouns = newWordSet(
	"leader", "leaders", "army", "armies", "forces", "force",
	"troops", "military", "militaries", "government", "governments",
	"side", "sides", "officials", "official", "delegation", "delegations",
	"authorities", "diplomats", "diplomat", "ministers", "soldiers",
	"ministry", "presidents", "negotiators", "envoys", "envoy", "heads",
	"counterparts", "counterpart", "units", "administration", "navy",
	"colleague", "colleagues",
)

// relativeNouns name the holder of the same office in another country:
// "his Turkish counterpart", "my Iranian colleague".
var relativeNouns = newWordSet("counterpart", "counterparts", "colleague", "colleagues")

// governmentNouns after a leader's name make the country act: "the
// Gustavo Petro government".
var governmentNouns = newWordSet("government", "administration", "cabinet", "regime")

// placePrepositions make a following country a place, not an actor.
var placePrepositions = newWordSet(
	"in", "into", "inside", "across", "throughout", "from",
	"to", "of", "over", "near", "within", "at", "on",
	// a country after these is a topic, not an actor: "met to discuss Syria"
	"discuss", "discussed", "discussing", "about", "regarding", "concerning",
)

// actors returns the actors named in tokens [first, end), outside
// attribution clauses, resolved on day (offices are looked up as held
// that day), in the room of buf; see actorsOutside.
func (a *Analysis) actors(buf []actorRef, first, end int, day time.Time) []actorRef {
	var cut [4][2]int
	return a.actorsOutside(buf, first, end, day, a.attribution(cut[:0], first, end), "")
}

// actorsOutside is actors with the ranges to leave out given, appended
// to buf[:0] (a new list when buf has no room). subject is the office a
// "counterpart" or "colleague" is relative to when no person with an
// office is named before it (the speaker of "my colleague").
func (a *Analysis) actorsOutside(buf []actorRef, first, end int, day time.Time, cut ranges, subject string) []actorRef {
	return a.actorsAmong(buf, a.MentionsIn(first, end), first, end, day, cut, subject)
}

// actorsAmong is actorsOutside for a caller that has looked up ms, the
// mentions of tokens [first, end), already.
func (a *Analysis) actorsAmong(buf []actorRef, ms []Mention, first, end int, day time.Time, cut ranges, subject string) []actorRef {
	if len(ms) == 0 {
		return nil // many ranges name no one: no list to allocate
	}
	// countries waiting for the noun they qualify, seldom more than a few
	var demBuf [4]string
	demonyms := demBuf[:0]
	demFirst := -1
	placeEnd := -1 // end of the last country named as a place
	out := buf[:0]
	if cap(out) == 0 {
		// Most mentions give one actor, and few give more.
		out = make([]actorRef, 0, len(ms)+1)
	}
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if cut.contains(m.First) {
			demonyms = demonyms[:0]
			continue
		}
		switch m.Kind {
		case MentionDemonym:
			if len(demonyms) == 0 {
				demFirst = m.First
			}
			demonyms = append(demonyms, m.Entry.Country)
			next := m.End
			for next < end && (a.word(next) == wAnd || a.word(next) == wComma) {
				next++
			}
			if i+1 < len(ms) && ms[i+1].First == next && ms[i+1].Kind == MentionDemonym {
				continue
			}
			if next < end && actorNouns.has(a.word(next)) && !a.nextIsPerson(ms, i, next) {
				if relativeNouns.has(a.word(next)) {
					if subject == "" {
						subject = firstRole(out)
					}
					for _, c := range demonyms {
						out = append(out, a.holderOrCountry(c, subject, day, demFirst, next+1))
					}
				} else if n := a.norm(next); n == "leader" || n == "leaders" {
					for _, c := range demonyms {
						out = append(out, a.leaderOrCountry(c, day, demFirst, next+1))
					}
				} else {
					for _, c := range demonyms {
						out = append(out, a.countryActor(c, demFirst, next+1))
					}
				}
				demonyms = demonyms[:0]
			}
		case MentionCountry:
			if m.End < end && a.word(m.End) == wPossessive {
				if m.End+1 < end && actorNouns.has(a.word(m.End+1)) && !relativeNouns.has(a.word(m.End+1)) {
					out = append(out, a.forceOf(m.Entry, m.First, m.End+2)) // "Ethiopia's government", "Sudan's army"
					demonyms = demonyms[:0]
					continue
				}
				demonyms, demFirst = append(demonyms[:0], m.Entry.Country), m.First
				continue
			}
			if i+1 < len(ms) && ms[i+1].First == m.End && (ms[i+1].Kind == MentionOffice || ms[i+1].Kind == MentionPerson) {
				demonyms, demFirst = append(demonyms[:0], m.Entry.Country), m.First // "U.S. President Donald Trump"
				continue
			}
			if a.isPlaceUse(m.First, first) || placeEnd >= 0 && a.onlyJoiners(placeEnd, m.First) {
				placeEnd, demonyms = m.End, demonyms[:0]
				continue
			}
			out = append(out, a.countryActor(m.Entry.Country, m.First, m.End))
			demonyms = demonyms[:0]
		case MentionOffice:
			if i+1 < len(ms) && ms[i+1].Kind == MentionPerson && ms[i+1].First <= m.End+1 {
				continue // "Foreign Minister Sergey Lavrov": the person says it all
			}
			if a.personAfter(ms, i) {
				continue // "Special Envoy for Syria Geir Pedersen"
			}
			for _, c := range demonyms {
				out = append(out, a.holderOrCountry(c, m.Entry.Name, day, demFirst, m.End))
			}
			demonyms = demonyms[:0]
		case MentionPerson:
			if m.End < end && governmentNouns.has(a.word(m.End)) {
				out = append(out, a.countryActor(a.personActor(m.Entry, day, 0, 0).Country, m.First, m.End+1))
			} else {
				r := a.personActor(m.Entry, day, m.First, m.End)
				if r.Role == "" && i > 0 && ms[i-1].Kind == MentionOffice && ms[i-1].End >= m.First-1 {
					// no office of the lexicon that day: the one the text gives
					// ("Defense Secretary Dick Cheney" in 1991)
					r.Role = ms[i-1].Entry.Name
				}
				out = append(out, r)
			}
			demonyms = demonyms[:0]
		case MentionPlace:
			if m.Entry.Type == "capital" && !a.isPlaceUse(m.First, first) && !a.possessive(m.End) && a.capitalActs(m.End, end) {
				out = append(out, a.countryActor(m.Entry.Country, m.First, m.End)) // "Ankara and Moscow agreed"
			}
			demonyms = demonyms[:0]
		case MentionGroup:
			if i+1 < len(ms) && ms[i+1].Kind == MentionOffice && ms[i+1].First == m.End && a.personAfter(ms, i+1) {
				continue // "UN Special Envoy Geir Pedersen": the person acts
			}
			out = append(out, actorRef{Actor: model.Actor{Name: m.Entry.Name, Country: m.Entry.Country}, First: m.First, End: m.End})
			demonyms = demonyms[:0]
		default:
			demonyms = demonyms[:0]
		}
	}
	return out
}

// personAfter reports whether a person is named right after the office
// mentioned at ms[i], or after the region it is for ("Special Envoy for
// Syria Geir Pedersen").
func (a *Analysis) personAfter(ms []Mention, i int) bool {
	k, last := a.afterOffice(ms, i)
	return last+1 < len(ms) && ms[last+1].Kind == MentionPerson && ms[last+1].First == k
}

// afterOffice returns the token after the office mentioned at ms[i] and
// the region it is for, if any ("Special Envoy for Syria"), where a name
// would begin, and the index of the last mention that covers.
func (a *Analysis) afterOffice(ms []Mention, i int) (k, last int) {
	k = ms[i].End
	if i+1 < len(ms) && ms[i+1].First == k+1 && a.word(k) == wFor && (ms[i+1].Kind == MentionPlace || ms[i+1].Kind == MentionCountry) {
		return ms[i+1].End, i + 1
	}
	return k, i
}

// nextIsPerson reports whether the mention after ms[i] is a person named
// right after the noun at tok ("his Turkish counterpart Recep Tayyip Erdogan").
func (a *Analysis) nextIsPerson(ms []Mention, i, tok int) bool {
	return i+1 < len(ms) && ms[i+1].Kind == MentionPerson && ms[i+1].First == tok+1
}

func firstRole(out []actorRef) string {
	for _, r := range out {
		if r.Person && r.Role != "" {
			return r.Role
		}
	}
	return ""
}

func (a *Analysis) countryActor(code string, first, end int) actorRef {
	name := code
	if e, ok := a.Lexicon.Country(code); ok {
		name = e.Name
	}
	return actorRef{Actor: model.Actor{Name: name, Country: code}, First: first, End: end}
}

// forceOf is the actor that "<country>'s <noun>" (tokens [first, end),
// the noun last) names: the group the lexicon knows by the country's
// demonym and the noun ("Sudan's army" is the "Sudanese army", a group of
// its own), or the country acting as a whole ("Ethiopia's government").
func (a *Analysis) forceOf(country *Entry, first, end int) actorRef {
	noun := a.norm(end - 1)
	for _, d := range country.Demonyms {
		if g, ok := a.Lexicon.Lookup(d + " " + noun); ok && g.Kind == EntryGroup {
			return actorRef{Actor: model.Actor{Name: g.Name, Country: g.Country}, First: first, End: end}
		}
	}
	return a.countryActor(country.Country, first, end)
}

// holderOrCountry is the person holding office in country on day, or the
// country itself when the lexicon does not know who did.
func (a *Analysis) holderOrCountry(country, office string, day time.Time, first, end int) actorRef {
	if office != "" {
		if e, ok := a.Lexicon.Holder(country, office, day); ok {
			return a.personActor(e, day, first, end)
		}
	}
	return a.countryActor(country, first, end)
}

// leaderOrCountry is the person who led country on day ("the Turkish
// leader"), or the country when the lexicon does not know.
func (a *Analysis) leaderOrCountry(country string, day time.Time, first, end int) actorRef {
	if !day.IsZero() {
		if e, ok := a.Lexicon.Leader(country, day); ok {
			return a.personActor(e, day, first, end)
		}
	}
	return a.countryActor(country, first, end)
}

// personActor is the person of entry e with the office held on day.
func (a *Analysis) personActor(e *Entry, day time.Time, first, end int) actorRef {
	r := actorRef{Actor: model.Actor{Name: e.Name, Country: e.Country}, First: first, End: end, Person: true}
	if t := a.termAt(e, day); t != nil {
		r.Role, r.Country = t.Office, t.Country
	}
	return r
}

// termAt returns the office e held on day (see Entry.TermAt), or with no
// day the latest term; nil for none. A person who held none of the
// lexicon's offices that day has none: "Defense Secretary Dick Cheney" in
// 1991 is no Vice President yet.
func (a *Analysis) termAt(e *Entry, day time.Time) *Term {
	if len(e.Terms) == 0 {
		return nil
	}
	if day.IsZero() {
		return &e.Terms[len(e.Terms)-1]
	}
	// Nearly every person is looked up on the anchor day, whose date
	// analyze works out once.
	d := a.civilDay
	if day != a.Anchor.Day || d.IsZero() {
		d = civil(day)
	}
	return e.termOn(d)
}

// directions qualify a country named as a place ("northwestern Syria").
var directions = newWordSet(
	"north", "south", "east", "west", "northern", "southern",
	"eastern", "western", "northwestern", "northeastern", "southwestern",
	"southeastern", "northwest", "northeast", "southwest", "southeast",
	"central", "the", "war-torn", "neighbouring", "neighboring",
)

// isPlaceUse reports whether the country named at token k, in a range
// starting at first, is a place rather than an actor: it follows a
// preposition of place ("in Syria", "in war-torn Syria") or stands in
// apposition to a place ("the Idlib governorate, northwestern Syria").
func (a *Analysis) isPlaceUse(k, first int) bool {
	j := k - 1
	qualified := false
	for j >= first && directions.has(a.word(j)) {
		qualified = qualified || a.word(j) != wThe
		j--
	}
	if j < first {
		return false
	}
	w := a.word(j)
	if w == wComma && j > first && a.placeEndsAt(j) {
		return true // "Havana, Cuba"
	}
	if (w == wOf || w == wFrom) && j > first && (actorNouns.has(a.word(j-1)) || officeWords.has(a.word(j-1)) || a.officeEndsAt(j)) {
		return false // "the presidents of Russia", "foreign ministers from Iran"
	}
	return placePrepositions.has(w) || qualified && w == wComma
}

// officeWords are plural offices that take their countries after "of".
var officeWords = newWordSet(
	"presidents", "president", "leaders", "heads", "ministers",
	"minister", "representatives", "delegations", "envoys", "chiefs",
)

// onlyJoiners reports whether tokens [from, to) only join list items.
func (a *Analysis) onlyJoiners(from, to int) bool {
	for k := from; k < to; k++ {
		if !joiners.has(a.word(k)) {
			return false
		}
	}
	return from < to
}

// placeEndsAt reports whether a place is named just before token k.
func (a *Analysis) placeEndsAt(k int) bool {
	for _, m := range a.MentionsIn(max(0, k-4), k) {
		if m.End == k && m.Kind == MentionPlace {
			return true
		}
	}
	return false
}

// officeEndsAt reports whether an office is named just before token k.
func (a *Analysis) officeEndsAt(k int) bool {
	for _, m := range a.MentionsIn(max(0, k-3), k) {
		if m.End == k && m.Kind == MentionOffice {
			return true
		}
	}
	return false
}

// lastPersonBefore returns the last person named before token k, other
// than those in skip, looking back at most a few sentences.
func (a *Analysis) lastPersonBefore(k int, skip []actorRef, day time.Time) (actorRef, bool) {
	lo := 0
	if si := a.SentenceAt(a.Tokens[min(k, len(a.Tokens)-1)].Start); si > 3 {
		lo = a.Sentences[si-3].First
	}
	ms := a.MentionsIn(lo, k)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Kind != MentionPerson {
			continue
		}
		r := a.personActor(ms[i].Entry, day, ms[i].First, ms[i].End)
		if isSource(r) {
			continue
		}
		if !hasActor(skip, r.Name) {
			return r, true
		}
	}
	return actorRef{}, false
}

// capitalActs reports whether a capital named just before token k acts
// for its government: "and" or one of the verbs of governments follows
// ("Ankara and Moscow agreed", "Moscow said").
func (a *Analysis) capitalActs(k, end int) bool {
	if k >= end {
		return false
	}
	return capitalVerbs.has(a.word(k))
}

// capitalVerbs after a capital make it act: "and" or one of the verbs of
// governments.
var capitalVerbs = newWordSet(
	"and", "said", "says", "agreed", "agree", "signed", "announced", "rejected", "accused", "denied",
	"has", "have", "had", "will", "would", "is", "was", "wants", "insists", "demanded", "proposed",
)

// joiners join the items of a list.
var joiners = newWordSet(",", "and", "or")

// hasActor reports whether one of rs has the name n.
func hasActor(rs []actorRef, n string) bool {
	return slices.ContainsFunc(rs, func(r actorRef) bool { return r.Name == n })
}

// named reports whether one of as has the name n.
func named(as []model.Actor, n string) bool {
	return slices.ContainsFunc(as, func(a model.Actor) bool { return a.Name == n })
}
