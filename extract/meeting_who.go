package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/dipnews/diplomacy/model"
)

// participants returns the actors of sentence s that can take part in a
// meeting: not the sources it cites, not whoever took the initiative
// (told apart later), and, when people are named, not the countries the
// sentence mentions besides them. A source clause that itself tells of
// the meeting ("..., the two mediators said after talks in Jeddah") keeps
// its actors; cut holds the sentence's attribution clauses, ms its
// mentions, and initEnd the end of its cue of initiative (see
// initiativeEnd). The list is made in the room of buf when it is large
// enough.
func (a *Analysis) participants(buf []actorRef, s Sentence, ms []Mention, trig int, day time.Time, cut ranges, initEnd int) []actorRef {
	speaker, quoted := a.speaker(s, day)
	rs := withoutSources(a.actorsAmong(buf, ms, s.First, s.End, day, cut.except(trig), speaker.Role))
	if quoted && !hasActor(rs, speaker.Name) {
		rs = append([]actorRef{speaker}, rs...) // "I had a conversation with ..."
	}
	if k := a.nextClause(trig, s.End); k >= 0 {
		// "proposed talks ..., and China and the United States offered to
		// assist": the actors of the next clause are not the talks' parties.
		rs = filterRefs(rs, func(r actorRef) bool { return r.First < k })
	}
	if end := initEnd; end > 0 {
		stop := a.clauseEnd(end, s.End)
		rs = filterRefs(rs, func(r actorRef) bool { return r.First < end || r.First >= stop })
	}
	if stop, ok := a.frontedPhrase(s, trig); ok && len(rs) > 0 && rs[0].First < stop {
		// "After a meeting with Pendarovski, he thanked North Macedonia
		// ...": when the phrase names a party, the parties are those of
		// the phrase and the subject the sentence goes on with, not what
		// it says next; the subject takes part even when it is the one
		// who speaks ("..., Bush said").
		rs = filterRefs(rs, func(r actorRef) bool { return r.First < stop })
		var sb [8]actorRef
		if subj := a.actorsOutside(sb[:0], stop+1, a.clauseEnd(stop+1, s.End), day, nil, ""); len(subj) > 0 && subj[0].First == stop+1 && !hasActor(rs, subj[0].Name) {
			rs = append(rs, subj[0])
		}
	}
	people := 0
	for _, r := range rs {
		if r.Person {
			people++
		}
	}
	if people >= 2 {
		rs = filterRefs(rs, func(r actorRef) bool { return r.Person || r.Role != "" })
	}
	return rs
}

// frontedPrepositions open a phrase that sets a meeting before or after
// what a sentence tells: "After talks with Erdogan, Putin said ...".
var frontedPrepositions = newWordSet("after", "before", "following", "during")

// frontedPhrase reports whether the trigger at trig is in a phrase that
// opens the sentence or a clause of it ("After a meeting with X, ...",
// "In Skopje, after a meeting with X, ..."), and returns the comma that
// closes the phrase.
func (a *Analysis) frontedPhrase(s Sentence, trig int) (int, bool) {
	k := trig - 1
	// past what qualifies the trigger: "after a two-hour meeting"
	for k > s.First && k >= trig-6 && !frontedPrepositions.has(a.word(k)) && a.word(k) != wComma && !a.Tokens[k].Cap {
		k--
	}
	if k < s.First || !frontedPrepositions.has(a.word(k)) || k > s.First && a.word(k-1) != wComma {
		return 0, false
	}
	stop := a.clauseEnd(trig+1, s.End)
	if stop >= s.End || a.word(stop) != wComma {
		return 0, false
	}
	return stop, true
}

// filterRefs keeps the actors of rs that keep accepts, in the room of rs.
func filterRefs(rs []actorRef, keep func(actorRef) bool) []actorRef {
	out := rs[:0]
	for _, r := range rs {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

// isDefinite reports whether the trigger is a definite noun that points
// back ("The meeting was held amid ... a war between Turkey and Russia"):
// no actor is named before it, and none right after it.
func (a *Analysis) isDefinite(s Sentence, trig int, parts []actorRef) bool {
	if trig == s.First || !definiteWords.has(a.word(trig-1)) {
		return false
	}
	for _, r := range parts {
		if r.First < trig {
			return false
		}
	}
	return trig+1 >= s.End || !partiesAfter.has(a.word(trig+1))
}

// definiteWords make a trigger a definite noun; partiesAfter name its
// parties after it ("the meeting between ...").
var (
	definiteWords = newWordSet("the", "this", "that")
	partiesAfter  = newWordSet("between", "with", "of")
)

// hasPronoun reports whether sentence s refers to a person by a singular
// pronoun.
func (a *Analysis) hasPronoun(s Sentence) bool {
	return a.wordBefore(s.End, s.First, pronounsSingular)
}

// peopleBefore counts the people named in tokens [first, k).
func (a *Analysis) peopleBefore(first, k int) int {
	n := 0
	for _, m := range a.MentionsIn(first, k) {
		if m.Kind == MentionPerson {
			n++
		}
	}
	return n
}

// initiativeEnd returns the end of the first cue of initiative in
// sentence part s ("at the request of"), or 0 when there is none.
func (a *Analysis) initiativeEnd(s Sentence) int {
	_, end, _ := initiativeCues.find(a, s.First, s.End)
	return end
}

// initiator is the participant at whose initiative the meeting was held;
// end is the end of the cue of initiative in s (see initiativeEnd).
func (a *Analysis) initiator(s Sentence, parts []model.Actor, day time.Time, end int) *model.Actor {
	if end == 0 {
		return nil
	}
	var rb [8]actorRef
	named := a.actors(rb[:0], end, a.clauseEnd(end, s.End), day)
	if len(named) == 0 {
		return nil
	}
	r := named[0]
	for _, p := range parts {
		if p.Name == r.Name || p.Country != "" && p.Country == r.Country && !r.Person {
			init := p // "the Turkish leader" is the Turkish participant
			return &init
		}
	}
	init := r.Actor
	return &init
}

// refersBack reports whether the sentence points back at a meeting told
// before: an anaphor in the same clause before the trigger ("the leaders
// also agreed to arrange a meeting"), or a definite "the talks".
func (a *Analysis) refersBack(s Sentence, trig, named int) bool {
	for k := trig - 1; k >= s.First; k-- {
		if w := a.word(k); w == wComma || w == wSemicolon || w == wQuote {
			break
		}
		if e, _ := anaphors.match(a, k, trig); e > 0 || pronounsSingular.has(a.word(k)) && named > 0 {
			return true
		}
	}
	return trig > s.First && (a.word(trig-1) == wThe || a.word(trig-1) == wThis) && named == 0
}

// isNamedEvent reports whether the trigger ends a capitalised name, as in
// "the Syrian National Dialogue Congress".
func (a *Analysis) isNamedEvent(trig int) bool {
	return a.Tokens[trig].Cap && trig > 0 && a.Tokens[trig-1].Cap
}

// countedCountries resolves "the leaders of the three countries" to the
// last three countries named, appended to buf[:0].
func (a *Analysis) countedCountries(buf []actorRef, s Sentence, trig int) ([]actorRef, bool) {
	for k := max(trig, 1); k+2 < s.End && k < trig+12; k++ {
		w := a.word(k)
		groups := groupNouns.has(w)
		if !groups && !stateNouns.has(w) {
			continue
		}
		count := numberWord(a.norm(k - 1))
		if count < 2 {
			return nil, false
		}
		// The last count countries (or groups) named before the sentence.
		out := buf[:0]
		seen := map[string]bool{}
		first := a.tokenAt(s.Span.Start)
		ms := a.MentionsIn(max(0, first-countedLookBack), first)
		for i := len(ms) - 1; i >= 0 && len(out) < count; i-- {
			m := ms[i]
			switch {
			case m.Kind == MentionCountry && !seen[m.Entry.Name]:
				out = append(out, a.countryActor(m.Entry.Country, m.First, m.End))
			case groups && m.Kind == MentionGroup && !seen[m.Entry.Name]:
				out = append(out, actorRef{Actor: model.Actor{Name: m.Entry.Name, Country: m.Entry.Country}, First: m.First, End: m.End})
			default:
				continue
			}
			seen[m.Entry.Name] = true
		}
		if len(out) == count {
			slices.Reverse(out)
			return out, true
		}
	}
	return nil, false
}

// countedLookBack bounds how far back "the three countries" looks for the
// countries it counts, in tokens.
const countedLookBack = 400

// groupNouns and stateNouns are what "the three ..." counts: groups, or
// countries only.
var (
	groupNouns = newWordSet("sides", "parties")
	stateNouns = newWordSet("countries", "nations", "states")
)

// lookBack is how many meetings told before a sentence it may refer back
// to. An anaphor ("the talks") points at a meeting told a few sentences
// earlier; searching the whole list instead made an archive of such
// sentences take time quadratic in its length.
const lookBack = 64

// lastMeeting is the last of the latest lookBack meetings of ms with two
// or more parties; only one held, when held is set.
func lastMeeting(ms []meetingCand, held bool) *meetingCand {
	for i := len(ms) - 1; i >= max(0, len(ms)-lookBack); i-- {
		if len(ms[i].Participants) >= 2 && (!held || ms[i].Status == model.Held) {
			return &ms[i]
		}
	}
	return nil
}

// isSource reports whether r speaks for others: a spokesman is quoted,
// never a party.
func isSource(r actorRef) bool {
	return strings.HasSuffix(r.Role, "Spokesman") || strings.HasSuffix(r.Role, "Spokesperson")
}

// withoutSources drops spokesmen and other sources quoted by the text.
// It filters rs in place.
func withoutSources(rs []actorRef) []actorRef {
	out := rs[:0]
	for _, r := range rs {
		if isSource(r) {
			continue
		}
		if !hasActor(out, r.Name) {
			out = append(out, r)
		}
	}
	return out
}

// samePeople reports whether every actor of rs is named in as.
func samePeople(rs []actorRef, as []model.Actor) bool {
	for _, r := range rs {
		if !named(as, r.Name) {
			return false
		}
	}
	return true
}

// firstPersonWords say that the speaker of a quotation takes part;
// firstPersonCues gives them a cue bit, so that a sentence is searched
// for them at its few tokens that may be one (the bit also marks "is").
var (
	firstPersonWords = newWordSet("i", "my", "me")
	firstPersonCues  = newPhrases([]string{"i", "my", "me"}, nil)
)

// speaker returns the person who says "I" in sentence s, when s stands in
// a quotation, opened before it or at its start: the person named where the quotation is attributed
// ("..., Lavrov said"), or, when that names only a country or an office
// ("the top Russian diplomat said"), the last person of that country
// named before the quotation.
func (a *Analysis) speaker(s Sentence, day time.Time) (actorRef, bool) {
	k := a.nextCue(firstPersonCues.bit, s.First, s.End)
	for k < s.End && !firstPersonWords.has(a.word(k)) {
		k = a.nextCue(firstPersonCues.bit, k+1, s.End)
	}
	if k == s.End {
		return actorRef{}, false
	}
	lo, hi := a.lineTokens(s)
	open, close, inside := -1, -1, false
	for k := lo; k < hi; k++ {
		if a.word(k) != wQuote {
			continue
		}
		switch {
		case k <= s.First:
			inside, open = !inside, k
		case inside && close < 0:
			close = k
		}
	}
	if !inside {
		return actorRef{}, false
	}
	var named []actorRef
	var rb [8]actorRef
	if close >= 0 {
		named = a.actorsOutside(rb[:0], close+1, a.clauseEnd(close+1, hi), day, nil, "")
	}
	if len(named) == 0 {
		named = a.actorsOutside(rb[:0], lo, open, day, nil, "") // Lavrov said: "..."
	}
	country := ""
	for _, r := range named {
		if r.Person {
			return r, true
		}
		if country == "" {
			country = r.Country
		}
	}
	for k, skip := open, []actorRef(nil); ; {
		r, ok := a.lastPersonBefore(k, skip, day)
		if !ok {
			return actorRef{}, false
		}
		if country == "" || r.Country == country {
			return r, true
		}
		skip = append(skip, r)
	}
}

// lineTokens returns the tokens of the line (paragraph) sentence s is on.
func (a *Analysis) lineTokens(s Sentence) (lo, hi int) {
	lo, hi = s.First, s.End
	for i := a.SentenceAt(s.Span.Start); i >= 0 && a.Sentences[i].Line == s.Line; i-- {
		lo = a.Sentences[i].First
	}
	for i := a.SentenceAt(s.Span.Start); i >= 0 && i < len(a.Sentences) && a.Sentences[i].Line == s.Line; i++ {
		hi = a.Sentences[i].End
	}
	return lo, hi
}

// nextClause returns the token where a clause coordinated after the
// trigger begins (", and", ", but", ";"), or -1. A ", and" after an
// earlier comma closes a list ("Trump, Pashinyan, and Aliyev") instead.
func (a *Analysis) nextClause(trig, end int) int {
	commas := 0
	// Only a comma or a semicolon ends the clause (clauseCues).
	for k := a.nextCue(clauseCues.bit, trig+1, end-1); k+1 < end; k = a.nextCue(clauseCues.bit, k+1, end-1) {
		switch w, next := a.word(k), a.word(k+1); {
		case w == wSemicolon:
			return k
		case w == wComma && (next == wAnd || next == wBut || next == wWhile):
			if commas == 0 || next != wAnd {
				return k
			}
		case w == wComma:
			commas++
		}
	}
	return -1
}

// clauseCues gives the comma and the semicolon a cue bit.
var clauseCues = newPhrases([]string{",", ";"}, nil)
