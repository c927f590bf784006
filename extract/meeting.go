package extract

import (
	"context"
	"time"

	"github.com/dipnews/diplomacy/model"
)

type meetingCue struct {
	kind model.MeetingKind
	mode model.Mode
	rank int // a sentence with several cues takes the highest rank
	// weak marks a mode inferred from a word that does not fix it
	// ("talks" may be held by phone).
	weak bool
}

var meetingCues = []meetingCue{
	{model.Call, model.Phone, 9, false},
	{model.Call, model.Video, 9, false},
	{model.Conference, model.Video, 9, false},
	{model.Summit, model.InPerson, 8, false},
	{model.Congress, model.InPerson, 7, false},
	{model.Conference, model.InPerson, 6, false},
	{model.Talks, model.InPerson, 5, true},
	{model.Visit, model.InPerson, 4, false},
	{model.Call, model.ModeUnknown, 3, false},
	{model.Talks, model.InPerson, 2, true},
}

const (
	cuePhone = iota
	cueVideo
	cueVideoConference
	cueSummit
	cueCongress
	cueConference
	cueTalks
	cueVisit
	cueConversation
	cueMeeting
	cueNotMeeting
)

var meetingTriggers = func() *phrases {
	list := map[int][]string{
		cuePhone: {"phone call", "telephone call", "phone conversation", "telephone conversation", "phone talks",
			"telephone talks", "by phone", "by telephone", "over the phone", "on the phone", "phoned", "telephoned",
			"phone", "telephone", "conference call", "call"},
		cueVideo:           {"video call", "video link", "via video", "by video", "videolink", "virtual meeting", "virtual summit", "video talks"},
		cueVideoConference: {"video conference", "videoconference", "video-conference"},
		cueSummit:          {"summit"},
		cueCongress:        {"congress"},
		cueConference:      {"conference"},
		cueTalks:           {"talks", "negotiations", "round of talks", "consultations", "held talks"},
		cueVisit:           {"visit", "visited", "visiting", "state visit", "official visit"},
		cueConversation:    {"conversation", "spoke with", "spoke to", "talked with", "talked to", "spoke"},
		cueMeeting:         {"meeting", "met", "meet", "meets", "hosted", "host", "sit down", "encounter"},
		cueNotMeeting: {"news conference", "press conference", "joint press conference", "press briefing", "news briefing",
			"called for", "called on", "so-called", "calls for", "calls on", "call for", "call on", "phone number",
			"meet the", "meets the", "met the demands", "meeting the", "to meet demands", "talks about", "spoke of", "spoke about",
			"spoke out", "telephone number", "phone lines", "phone line", "meeting point"},
	}
	var words []string
	var tags []int
	for tag := cuePhone; tag <= cueNotMeeting; tag++ {
		for _, w := range list[tag] {
			words, tags = append(words, w), append(tags, tag)
		}
	}
	return newPhrases(words, tags)
}()

// meetingStatusCues look at the words before a trigger.
var (
	proposedCues = newPhrases([]string{
		"try to arrange", "possibility of", "possibility of holding", "proposed", "propose", "proposes", "proposal",
		"suggested", "suggests", "offered to host", "offer to host", "invited", "invitation", "idea of", "could meet",
		"might meet", "may meet", "called for a", "calls for a", "push for", "pushing for", "ready to meet",
		"willing to meet", "ready for", "open to", "want to meet", "wants to meet", "hopes to meet", "hoped to meet",
		"would like", "explore", "arrange",
	}, nil)
	plannedCues = newPhrases([]string{
		"will", "would", "to be held", "scheduled", "expected to", "expected", "set to", "plans to", "planned",
		"plan to", "due to", "upcoming", "ahead of", "preparing for", "to meet", "to hold", "is to", "are to",
		"forthcoming", "next", "shall", "going to", "to visit", "to travel", "before the",
	}, nil)
	cancelledCues = newPhrases([]string{
		"cancelled", "canceled", "called off", "postponed", "scrapped", "cancel", "calls off", "postpone",
	}, nil)
	initiativeCues = newPhrases([]string{
		"at the initiative of", "at the request of", "initiated by", "at the invitation of", "requested by",
	}, nil)
	lastedCues = newPhrases([]string{"lasted", "lasting", "went on for", "lasts", "last"}, nil)
)

// meetingExtractor finds meetings: talks, summits, calls, visits.
type meetingExtractor struct{}

func (meetingExtractor) Name() string { return "meeting" }

// meetingCand is a meeting found in one sentence, before merging.
type meetingCand struct {
	model.Meeting
	sentence int
	// anaphoric is set when the sentence names no parties of its own and
	// refers to a meeting told before ("the talks", "the leaders met").
	anaphoric bool
	dateGiven bool
	weakMode  bool
}

func (meetingExtractor) Extract(ctx context.Context, a *Analysis, r *model.Report) error {
	var cands []meetingCand
	for si, s := range a.Sentences {
		if si%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if a.isTeaser(s) {
			continue
		}
		cands = append(cands, a.meetingsIn(si, cands)...)
	}
	for _, m := range mergeMeetings(cands) {
		if m.weakMode && m.Status != model.Held {
			m.Mode = model.ModeUnknown // how a meeting yet to come is held is not known
		}
		r.Meetings = append(r.Meetings, m.Meeting)
	}
	return nil
}

// meetingsIn returns the meetings sentence si tells of.
func (a *Analysis) meetingsIn(si int, before []meetingCand) []meetingCand {
	s := a.Sentences[si]
	toks := a.Tokens
	trig, trigEnd, cue := -1, 0, meetingCue{}
	mode := model.ModeUnknown
	for k := s.First; k < s.End; {
		end, tag := meetingTriggers.match(toks, k, s.End)
		if end == 0 {
			k++
			continue
		}
		if tag != cueNotMeeting && a.triggerStandsAlone(tag, k, end, s) {
			c := meetingCues[tag]
			if trig < 0 || c.rank > cue.rank {
				trig, trigEnd, cue = k, end, c
			}
			if c.mode == model.Phone || c.mode == model.Video {
				mode = c.mode
			}
		}
		k = end
	}
	if trig < 0 {
		return nil
	}
	m := meetingCand{sentence: si}
	m.Mode, m.Kind, m.weakMode = cue.mode, cue.kind, cue.weak
	if mode != model.ModeUnknown {
		m.Mode, m.weakMode = mode, false
	}
	m.Evidence = a.Span(s.Span.Start, s.Span.End)
	m.Status = a.meetingStatus(s, trig)
	if d, ok := a.eventDate(s, trig, trigEnd); ok {
		m.Date, m.dateGiven = &d, true
	}
	day := a.Anchor.Day
	if m.Date != nil && !m.Date.From.IsZero() {
		day = m.Date.From
	}
	m.Location = a.meetingPlace(s, trig, trigEnd)
	m.Duration = a.meetingDuration(s)
	m.Topics = a.topics(s, m.Location)

	parts := a.participants(s, day)
	separate := trig > s.First && (toks[trig-1].Norm == "separate" || trig-2 >= s.First && toks[trig-2].Norm == "separate")
	if n, ok := a.countedCountries(s, trig, si); ok {
		parts = n
	}
	if a.isDefinite(s, trig, parts) {
		parts = nil
	}
	if len(parts) < 2 {
		if prev := lastMeeting(before); prev != nil && a.refersBack(s, trig, len(parts)) {
			m.Participants = prev.Participants
			m.anaphoric = len(parts) == 0 || samePeople(parts, prev.Participants)
		} else if len(parts) == 0 || a.isNamedEvent(trig) {
			m.anaphoric = true
		} else {
			m.Participants = actorsOf(parts)
			m.anaphoric = true
		}
	} else {
		m.Participants = actorsOf(parts)
	}
	if m.Date == nil && m.Status == model.Held && !m.anaphoric {
		if d, ok := a.recentDate(si); ok {
			m.Date = &d
		}
	}
	m.Initiator = a.initiator(s, m.Participants, day)
	if separate && len(parts) > 2 {
		var out []meetingCand
		for _, p := range parts[1:] {
			c := m
			c.Participants = []model.Actor{parts[0].Actor, p.Actor}
			out = append(out, c)
		}
		return out
	}
	return []meetingCand{m}
}

// participants returns the actors of sentence s that can take part in a
// meeting: not the sources it cites, not whoever took the initiative
// (told apart later), and, when people are named, not the countries the
// sentence mentions besides them.
func (a *Analysis) participants(s Sentence, day time.Time) []actorRef {
	rs := withoutSources(a.actors(s.First, s.End, day))
	if _, end, _ := initiativeCues.find(a.Tokens, s.First, s.End); end > 0 {
		stop := clauseEnd(a.Tokens, end, s.End)
		rs = filterRefs(rs, func(r actorRef) bool { return r.First < end || r.First >= stop })
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

func filterRefs(rs []actorRef, keep func(actorRef) bool) []actorRef {
	out := rs[:0:0]
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
	toks := a.Tokens
	if trig == s.First || toks[trig-1].Norm != "the" && toks[trig-1].Norm != "this" && toks[trig-1].Norm != "that" {
		return false
	}
	for _, r := range parts {
		if r.First < trig {
			return false
		}
	}
	if trig+1 < s.End {
		switch toks[trig+1].Norm {
		case "between", "with", "of":
			return false
		}
	}
	return true
}

// triggerStandsAlone filters the weakest triggers: a bare "phone",
// "call" or "spoke" counts only next to a person or pronoun, and a
// capitalised "Congress" or "Conference" in a name of an institution
// ("the US Congress") is no meeting unless held somewhere.
func (a *Analysis) triggerStandsAlone(tag, k, end int, s Sentence) bool {
	n := a.Tokens[k].Norm
	switch {
	case tag == cuePhone && (n == "phone" || n == "telephone" || n == "call") && end == k+1:
		return n == "call" && k > s.First && (a.Tokens[k-1].Norm == "phone" || a.Tokens[k-1].Norm == "a" || a.Tokens[k-1].Norm == "the") && a.callIsNoun(k, s)
	case tag == cueConversation && n == "spoke" && end == k+1:
		return false
	case tag == cueMeeting && n == "host" && end == k+1:
		return false
	}
	return true
}

// callIsNoun reports whether "call" at k is the noun of a conversation
// ("a call with", "the call between"), not an appeal ("a call for").
func (a *Analysis) callIsNoun(k int, s Sentence) bool {
	if k+1 >= s.End {
		return true
	}
	switch a.Tokens[k+1].Norm {
	case "with", "between", "on", "to", "from", "late", "earlier", "was", "lasted", ",", ".":
		return true
	}
	return false
}

// meetingStatus reads the status from the words before the trigger.
func (a *Analysis) meetingStatus(s Sentence, trig int) model.MeetingStatus {
	from := max(s.First, trig-9)
	to := min(s.End, trig+3)
	switch {
	case cancelledCues.has(a.Tokens, from, min(s.End, trig+6)):
		return model.Cancelled
	case proposedCues.has(a.Tokens, from, to):
		return model.Proposed
	case plannedCues.has(a.Tokens, from, to):
		return model.Planned
	}
	for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
		if d.Type == model.TypeDate && !d.From.IsZero() && a.Anchor.Known() && d.Grain >= model.Day && d.From.After(a.Anchor.Day) {
			return model.Planned
		}
	}
	return model.Held
}

// eventDate picks the date of the event whose trigger is at trig: the
// resolved day-or-coarser date nearest to it, preferring dates outside
// attribution clauses.
func (a *Analysis) eventDate(s Sentence, trig, trigEnd int) (model.Date, bool) {
	cut := a.attribution(s.First, s.End)
	at := a.Tokens[trig].Start
	best, bestDist, found := model.Date{}, 0, false
	for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
		if d.Type != model.TypeDate && d.Type != model.TypeTime || d.Value == "" || d.Grain == model.GrainNone {
			continue
		}
		dist := abs(d.Span.Start - at)
		dk := a.tokenAt(d.Span.Start)
		if a.subordinate(trig, trigEnd, dk) {
			continue
		}
		if cut.contains(dk) {
			dist += 1 << 20
		}
		if !found || dist < bestDist {
			best, bestDist, found = d, dist, true
		}
	}
	return best, found
}

// subordinators open a clause whose dates are not the event's own ("after
// an attack that began in December").
var subordinators = map[string]bool{"that": true, "which": true, "who": true, "after": true, "before": true, "since": true, "while": true, "whereas": true}

// subordinate reports whether the date at dk lies in a clause of its own,
// apart from the trigger at [trig, trigEnd): a subordinator stands
// between them. A relative clause opening right after the trigger
// describes the event itself ("the Congress, which was held on ...").
func (a *Analysis) subordinate(trig, trigEnd, dk int) bool {
	lo, hi := trigEnd, dk
	if dk < trig {
		lo, hi = dk+1, trig
	}
	for k := lo; k < hi; k++ {
		if !subordinators[a.Tokens[k].Norm] {
			continue
		}
		if k == trigEnd || k == trigEnd+1 && a.Tokens[trigEnd].Norm == "," {
			continue
		}
		return true
	}
	return false
}

// recentDate is the date of a held event told in the two sentences
// before si, for a sentence that names none ("made the remarks during a
// telephone conversation" after "the Kremlin said Thursday").
func (a *Analysis) recentDate(si int) (model.Date, bool) {
	for j := si - 1; j >= 0 && j >= si-2; j-- {
		s := a.Sentences[j]
		ds := a.DatesIn(s.Span.Start, s.Span.End)
		for i := len(ds) - 1; i >= 0; i-- {
			d := ds[i]
			if d.Type == model.TypeDate && d.Grain >= model.Day && d.Grain <= model.Day && !d.From.IsZero() &&
				(!a.Anchor.Known() || !d.From.After(a.Anchor.Day)) {
				return d, true
			}
		}
	}
	return model.Date{}, false
}

// tokenAt returns the index of the token starting at or after off.
func (a *Analysis) tokenAt(off int) int {
	lo, hi := 0, len(a.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// meetingPlace is the city or venue the meeting is said to be held in:
// "in Moscow", "in the western Russian city of Sochi", "the Sochi summit".
func (a *Analysis) meetingPlace(s Sentence, trig, trigEnd int) *model.Place {
	toks := a.Tokens
	for _, m := range a.MentionsIn(s.First, s.End) {
		if m.Kind != MentionPlace || !isSite(m.Entry) {
			continue
		}
		if m.End == trig || m.End+1 == trig && toks[m.End].Norm == "'s" {
			return &model.Place{Name: m.Entry.Name, Country: m.Entry.Country}
		}
		if m.First <= trigEnd || m.First > trigEnd+12 {
			continue
		}
		for k := m.First - 1; k >= trigEnd && k >= m.First-6; k-- {
			n := toks[k].Norm
			if n == "in" || n == "at" {
				return &model.Place{Name: m.Entry.Name, Country: m.Entry.Country}
			}
			if n == "," || n == "." || n == "between" || n == "with" {
				break
			}
		}
	}
	return nil
}

// meetingDuration is the length of a meeting said to have lasted so long.
func (a *Analysis) meetingDuration(s Sentence) string {
	if !lastedCues.has(a.Tokens, s.First, s.End) {
		return ""
	}
	for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
		if d.Type == model.TypeDuration {
			return d.Value
		}
	}
	return ""
}

// topics are the conflict areas a sentence names, besides its location.
func (a *Analysis) topics(s Sentence, loc *model.Place) []string {
	var out []string
	for _, m := range a.MentionsIn(s.First, s.End) {
		if m.Kind != MentionPlace || isSite(m.Entry) || loc != nil && m.Entry.Name == loc.Name {
			continue
		}
		if !containsString(out, m.Entry.Name) {
			out = append(out, m.Entry.Name)
		}
	}
	return out
}

// initiator is the participant at whose initiative the meeting was held.
func (a *Analysis) initiator(s Sentence, parts []model.Actor, day time.Time) *model.Actor {
	_, end, _ := initiativeCues.find(a.Tokens, s.First, s.End)
	if end == 0 {
		return nil
	}
	stop := clauseEnd(a.Tokens, end, s.End)
	for _, r := range a.actors(end, stop, day) {
		for _, p := range parts {
			if p.Name == r.Name || p.Country != "" && p.Country == r.Country && (!r.Person || p.Name == r.Name) {
				init := p
				return &init
			}
		}
		init := r.Actor
		return &init
	}
	return nil
}

// refersBack reports whether the sentence points back at a meeting told
// before: an anaphor in the same clause before the trigger ("the leaders
// also agreed to arrange a meeting"), or a definite "the talks".
func (a *Analysis) refersBack(s Sentence, trig, named int) bool {
	toks := a.Tokens
	for k := trig - 1; k >= s.First; k-- {
		n := toks[k].Norm
		if n == "," || n == ";" || n == "\"" {
			break
		}
		if e, _ := anaphors.match(toks, k, trig); e > 0 || pronounsSingular[n] && named > 0 {
			return true
		}
	}
	return trig > s.First && (toks[trig-1].Norm == "the" || toks[trig-1].Norm == "this") && named == 0
}

// isNamedEvent reports whether the trigger ends a capitalised name, as in
// "the Syrian National Dialogue Congress".
func (a *Analysis) isNamedEvent(trig int) bool {
	return a.Tokens[trig].Cap && trig > 0 && a.Tokens[trig-1].Cap
}

// countedCountries resolves "the leaders of the three countries" to the
// last three countries named.
func (a *Analysis) countedCountries(s Sentence, trig, si int) ([]actorRef, bool) {
	toks := a.Tokens
	for k := trig; k+2 < s.End && k < trig+12; k++ {
		if toks[k].Norm != "countries" && toks[k].Norm != "nations" && toks[k].Norm != "states" {
			continue
		}
		n := numberWord(toks[k-1].Norm)
		if n < 2 {
			return nil, false
		}
		var out []actorRef
		seen := map[string]bool{}
		for j := a.tokenAt(s.Span.Start) - 1; j >= 0 && len(out) < n; j-- {
			for _, m := range a.MentionsIn(j, j+1) {
				if m.Kind == MentionCountry && m.First == j && !seen[m.Entry.Country] {
					seen[m.Entry.Country] = true
					out = append(out, a.countryActor(m.Entry.Country, m.First, m.End))
				}
			}
		}
		if len(out) == n {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
			return out, true
		}
	}
	return nil, false
}

func lastMeeting(ms []meetingCand) *meetingCand {
	for i := len(ms) - 1; i >= 0; i-- {
		if len(ms[i].Participants) >= 2 {
			return &ms[i]
		}
	}
	return nil
}

// withoutSources drops spokesmen and other sources quoted by the text.
func withoutSources(rs []actorRef) []actorRef {
	out := rs[:0:0]
	for _, r := range rs {
		if r.Role == "Spokesman" || r.Role == "Spokesperson" {
			continue
		}
		dup := false
		for _, o := range out {
			if o.Name == r.Name {
				dup = true
			}
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

func actorsOf(rs []actorRef) []model.Actor {
	out := make([]model.Actor, len(rs))
	for i, r := range rs {
		out[i] = r.Actor
	}
	return out
}

func samePeople(rs []actorRef, as []model.Actor) bool {
	for _, r := range rs {
		found := false
		for _, x := range as {
			if x.Name == r.Name {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
