package extract

import (
	"context"
	"sort"
	"strings"
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
			"phone", "telephone", "conference call", "call", "called"},
		cueVideo:           {"video call", "video link", "via video", "by video", "videolink", "virtual meeting", "virtual summit", "video talks"},
		cueVideoConference: {"video conference", "videoconference", "video-conference"},
		cueSummit:          {"summit"},
		cueCongress:        {"congress"},
		cueConference:      {"conference"},
		cueTalks:           {"talks", "negotiations", "round of talks", "consultations", "held talks", "round"},
		cueVisit:           {"visit", "visited", "visiting", "state visit", "official visit"},
		cueConversation:    {"conversation", "spoke with", "spoke to", "talked with", "talked to", "spoke"},
		cueMeeting: {"meeting", "met", "meet", "meets", "hosted", "host", "sit down", "encounter", "discussed", "discuss",
			"discusses", "received", "receives"},
		cueNotMeeting: {"news conference", "press conference", "joint press conference", "press briefing", "news briefing",
			"called for", "called on", "so-called", "calls for", "calls on", "call for", "call on", "phone number",
			"meet the", "meets the", "met the demands", "meeting the", "to meet demands", "talks about", "spoke of", "spoke about",
			"spoke out", "telephone number", "phone lines", "phone line", "meeting point", "cabinet meeting",
			"security cabinet meeting", "board meeting", "party congress", "assist in negotiations",
			"assist in the negotiations", "assist with negotiations", "help in negotiations", "help with negotiations"},
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
		"would like", "explore", "arrange", "offered", "offers", "suggest",
	}, nil)
	plannedCues = newPhrases([]string{
		"will", "would", "to be held", "scheduled", "expected to", "expected", "set to", "plans to", "planned",
		"plan to", "due to", "upcoming", "ahead of", "to meet", "to hold", "is to", "are to",
		"forthcoming", "next", "shall", "going to", "to visit", "to travel", "before the", "prepare for",
		"preparing for", "preparations for", "in preparation for", "must", "to be signed",
	}, nil)
	// futureCues after a trigger make it the subject of a future verb:
	// "the talks between ... will take place".
	futureCues = newPhrases([]string{
		"will", "shall", "to take place", "is to", "are to", "is scheduled", "are scheduled", "is expected",
		"is due", "is set", "is planned", "would take place", "to be held", "is anticipated", "is expected to",
		"are expected", "are due", "are set", "are planned", "to be signed",
	}, nil)
	cancelledCues = newPhrases([]string{
		"cancelled", "canceled", "called off", "postponed", "scrapped", "cancel", "calls off", "postpone",
	}, nil)
	initiativeCues = newPhrases([]string{
		"at the initiative of", "at the request of", "initiated by", "at the invitation of", "requested by",
	}, nil)
	bothLeaders = newPhrases([]string{"both leaders", "the two leaders", "both presidents", "both sides", "both men"}, nil)
	lastedCues  = newPhrases([]string{"lasted", "lasting", "went on for", "lasts", "last"}, nil)
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
	// weakStatus marks a status read by default, with no cue: "the talks
	// were detailed" may speak of talks yet to come.
	weakStatus bool
	heading    bool // told in a headline or subheading
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
		cands = a.meetingsIn(si, cands)
	}
	for _, m := range mergeMeetings(cands) {
		r.Meetings = append(r.Meetings, m.Meeting)
	}
	return nil
}

// meetingTrigger is a word or phrase that names a meeting.
type meetingTrigger struct {
	start, end int
	cue        meetingCue
	// from is where the words about this trigger may start: the end of
	// the trigger before it, or the sentence's start.
	from int
}

// meetingsIn appends to cands the meetings sentence si tells of, each
// seeing those before it, without a copy of the list. A sentence with
// several triggers is cut before each trigger after the first, so that
// "Monday's meeting with his counterpart ... ahead of Thursday's meeting
// of the presidents" gives each meeting its own parties and date; a part
// that names no parties of its own then joins the meeting before it.
func (a *Analysis) meetingsIn(si int, cands []meetingCand) []meetingCand {
	s := a.Sentences[si]
	trigs := a.meetingTriggers(s)
	for i, t := range trigs {
		seg := s
		if i > 0 {
			seg.First = a.phraseStart(t.start, trigs[i-1].end)
		}
		t.from = s.First
		if i > 0 {
			t.from = trigs[i-1].end
		}
		if i+1 < len(trigs) {
			seg.End = trigs[i+1].start
		}
		seg.Span = model.Span{Start: a.Tokens[seg.First].Start, End: a.Tokens[seg.End-1].End}
		cands = append(cands, a.meetingAt(si, seg, t, cands)...)
	}
	return cands
}

// roundQualifiers make "round" a round of talks: "a new round".
var roundQualifiers = map[string]bool{"new": true, "next": true, "latest": true, "previous": true, "fresh": true, "last": true, "final": true, "current": true}

// npWords may stand in the noun phrase before a trigger: "Thursday's
// planned trilateral meeting".
var npWords = map[string]bool{
	"'s": true, "the": true, "a": true, "an": true, "this": true, "next": true, "last": true, "planned": true,
	"upcoming": true, "trilateral": true, "tripartite": true, "bilateral": true, "top-level": true,
	"high-level": true, "first": true, "second": true, "third": true, "joint": true, "three-way": true,
	"four-way": true, "informal": true, "emergency": true, "extraordinary": true, "expected": true,
	"proposed": true, "possible": true, "new": true, "fresh": true, "direct": true, "face-to-face": true,
}

// phraseStart returns where the noun phrase ending with the trigger at
// trig begins, not before lo.
func (a *Analysis) phraseStart(trig, lo int) int {
	k := trig
	for k > lo {
		t := a.Tokens[k-1]
		if !npWords[t.Norm] && !a.inDate(t.Start) {
			break
		}
		k--
	}
	return k
}

// inDate reports whether the byte offset off lies in a temporal expression.
func (a *Analysis) inDate(off int) bool {
	i := sort.Search(len(a.Dates), func(i int) bool { return a.Dates[i].Span.End > off })
	return i < len(a.Dates) && a.Dates[i].Span.Start <= off
}

// meetingTriggers lists the triggers of sentence s; a phone or video cue
// anywhere in it sets the mode of every trigger.
func (a *Analysis) meetingTriggers(s Sentence) []meetingTrigger {
	var out []meetingTrigger
	mode := model.ModeUnknown
	for k := s.First; k < s.End; {
		end, tag := meetingTriggers.match(a.Tokens, k, s.End)
		if end == 0 {
			k++
			continue
		}
		if tag != cueNotMeeting && a.triggerStandsAlone(tag, k, end, s) {
			c := meetingCues[tag]
			if c.mode == model.Phone || c.mode == model.Video {
				mode = c.mode
			}
			if n := len(out); n > 0 && out[n-1].end >= k-1 {
				if c.rank > out[n-1].cue.rank { // "held talks by phone": one trigger
					out[n-1].cue = c
				}
				out[n-1].end = end
			} else {
				out = append(out, meetingTrigger{start: k, end: end, cue: c})
			}
		}
		k = end
	}
	if mode != model.ModeUnknown {
		for i := range out {
			out[i].cue.mode, out[i].cue.weak = mode, false
		}
	}
	return out
}

// meetingAt reads the meeting whose trigger is t, within the part seg of
// sentence si.
func (a *Analysis) meetingAt(si int, s Sentence, t meetingTrigger, before []meetingCand) []meetingCand {
	toks := a.Tokens
	trig, trigEnd, cue := t.start, t.end, t.cue
	m := meetingCand{sentence: si, heading: a.Sentences[si].Heading}
	m.Mode, m.Kind, m.weakMode = cue.mode, cue.kind, cue.weak
	whole := a.Sentences[si].Span
	m.Evidence = a.Span(whole.Start, whole.End)
	m.Status, m.weakStatus = a.meetingStatus(s, trig, t.from)
	if d, ok := a.eventDate(s, trig, trigEnd); ok && !a.inRange(s, d) {
		if m.Status == model.Planned || m.Status == model.Proposed {
			d = a.forward(d)
		}
		d = a.dayOf(d)
		m.Date, m.dateGiven = &d, true
	}
	day := a.Anchor.Day
	if m.Date != nil && !m.Date.From.IsZero() {
		day = m.Date.From
	}
	if m.Mode != model.Phone && m.Mode != model.Video {
		m.Location = a.meetingPlace(s, trig, trigEnd) // a call has no venue
	}
	m.Duration = a.meetingDuration(s)
	m.Topics = a.topics(s, m.Location)

	parts := a.participants(s, trig, day)
	if cue.kind == model.Visit && m.Location == nil {
		if p, ok := a.visited(s, trigEnd); ok {
			m.Location = placeOf(p) // "will visit Pyongyang"
			parts = a.withHost(parts, p)
		}
	}
	separate := trig > s.First && (toks[trig-1].Norm == "separate" || trig-2 >= s.First && toks[trig-2].Norm == "separate")
	if n, ok := a.countedCountries(s, trig, si); ok {
		parts = n
	}
	if a.isDefinite(s, trig, parts) {
		parts = nil
	}
	if len(parts) == 1 && parts[0].Person && a.hasPronoun(s) {
		if r, ok := a.lastPersonBefore(s.First, parts, day); ok {
			parts = append([]actorRef{r}, parts...) // "after a meeting with Pendarovski, he thanked ..."
		}
	}
	if len(parts) == 1 && bothLeaders.has(toks, trigEnd, min(s.End, trigEnd+3)) {
		if prev := lastHeldMeeting(before); prev != nil {
			// "Trump called both leaders": one call to each of the two.
			var out []meetingCand
			for _, p := range prev.Participants {
				if p.Name != parts[0].Name && p.Country != parts[0].Country && len(out) < 2 {
					c := m
					c.Participants = []model.Actor{parts[0].Actor, p}
					out = append(out, c)
				}
			}
			if len(out) == 2 {
				return out
			}
		}
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
// sentence mentions besides them. A source clause that itself tells of
// the meeting ("..., the two mediators said after talks in Jeddah") keeps
// its actors.
func (a *Analysis) participants(s Sentence, trig int, day time.Time) []actorRef {
	rs := withoutSources(a.actorsOutside(s.First, s.End, day, a.attribution(s.First, s.End).except(trig)))
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
	case tag == cueMeeting && n == "hosted" && end < s.End && a.Tokens[end].Norm == "by":
		return false // "talks in Malaysia hosted by its prime minister": the host takes part
	case tag == cueTalks && n == "round" && end == k+1:
		return k > s.First && (ordinal(a.Tokens[k-1].Norm) > 0 || roundQualifiers[a.Tokens[k-1].Norm]) // "the first round"
	case tag == cueMeeting && (n == "received" || n == "receives"):
		return a.namesPersonAt(end, s.End) // "Putin received Erdogan", not "received a letter"
	case tag == cuePhone && n == "called" && end == k+1:
		return a.namesActorAt(end, s.End) // "Trump called Erdogan", not "called for"
	case tag == cueMeeting && (n == "discussed" || n == "discuss" || n == "discusses"):
		// "discussed Gaza with Sisi", or "Putin and Erdogan discussed".
		return indexNorm(a.Tokens, end, min(s.End, end+8), "with") >= 0 || a.peopleBefore(s.First, k) >= 2
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

// meetingStatus reads the status from the words around the trigger, not
// looking back past lo. byDefault is set when no word tells it.
func (a *Analysis) meetingStatus(s Sentence, trig, lo int) (status model.MeetingStatus, byDefault bool) {
	from := max(lo, trig-9)
	to := min(s.End, trig+3)
	switch {
	case cancelledCues.has(a.Tokens, from, clauseEnd(a.Tokens, trig+1, min(s.End, trig+16))):
		return model.Cancelled, false
	case proposedCues.has(a.Tokens, from, to):
		return model.Proposed, false
	case plannedCues.has(a.Tokens, from, to), a.futureAfter(s, trig):
		return model.Planned, false
	}
	for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
		if d.Type == model.TypeDate && !d.From.IsZero() && a.Anchor.Known() && d.Grain >= model.Day && d.From.After(a.Anchor.Day) {
			return model.Planned, false
		}
	}
	return model.Held, !a.pastAround(s, trig)
}

// pastAround reports whether a verb in the past tense stands near the
// trigger: "met", "was held", "held talks".
func (a *Analysis) pastAround(s Sentence, trig int) bool {
	for k := max(s.First, trig-6); k < min(s.End, trig+8); k++ {
		n := a.Tokens[k].Norm
		if pastVerbs[n] || len(n) > 4 && strings.HasSuffix(n, "ed") {
			return true
		}
	}
	return false
}

// pastVerbs end the search for a future verb after a trigger: "the
// meeting took place on Monday, and they will meet again".
var pastVerbs = map[string]bool{"was": true, "were": true, "took": true, "held": true, "met": true, "had": true, "ended": true, "concluded": true}

// futureAfter reports whether a future verb follows the trigger at trig
// in its sentence, before any past one: "the talks between ... will take
// place", "a meeting of ... is anticipated".
func (a *Analysis) futureAfter(s Sentence, trig int) bool {
	for k := trig + 1; k < s.End && k < trig+24; k++ {
		n := a.Tokens[k].Norm
		if n == ";" || n == "." || pastVerbs[n] {
			return false
		}
		if e, _ := futureCues.match(a.Tokens, k, s.End); e > 0 {
			return true
		}
	}
	return false
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
		if d.Type == model.TypeTime {
			dist += 1 << 16 // a calendar date says the day better than a clock time
		}
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

// rangeWords join the two ends of a span of days: "began on May 2 and
// concluded on June 8", "from May 2 to June 8".
var rangeWords = map[string]bool{"and": true, "to": true, "until": true, "till": true, "through": true, "-": true, "–": true}

// inRange reports whether d is one end of a span of days written in
// sentence s: such a span has no single TIMEX3 value.
func (a *Analysis) inRange(s Sentence, d model.Date) bool {
	ds := a.DatesIn(s.Span.Start, s.Span.End)
	for i := 0; i+1 < len(ds); i++ {
		x, y := ds[i], ds[i+1]
		if x.Type != model.TypeDate || y.Type != model.TypeDate || x.Grain != y.Grain || x.Span != d.Span && y.Span != d.Span {
			continue
		}
		gap := a.Tokens[a.tokenAt(x.Span.End):a.tokenAt(y.Span.Start)]
		if len(gap) > 0 && len(gap) <= 4 && rangeWords[gap[0].Norm] {
			return true
		}
	}
	return false
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
// "in Moscow", "in the western Russian city of Sochi", "the Sochi summit";
// failing that, a country right after the trigger ("talks in Malaysia").
func (a *Analysis) meetingPlace(s Sentence, trig, trigEnd int) *model.Place {
	if p := a.meetingSite(s, trig, trigEnd); p != nil {
		return p
	}
	toks := a.Tokens
	for _, m := range a.MentionsIn(s.First, s.End) {
		if m.Kind != MentionCountry || m.First <= s.First || m.First <= trigEnd && m.First >= trig || m.First > trigEnd+20 ||
			m.First < trig-8 || a.possessive(m.End) {
			continue
		}
		switch toks[m.First-1].Norm {
		case "in":
			if m.First > trigEnd && a.onlyParties(trigEnd, m.First-1) {
				return a.countryPlace(m.Entry.Country) // "met Biden in Italy"
			}
		case "to":
			if m.First < trig && m.First-2 >= s.First && travelVerbs[toks[m.First-2].Norm] {
				return a.countryPlace(m.Entry.Country) // "will travel to Switzerland for a conference"
			}
		}
	}
	return nil
}

// travelVerbs take the place a visitor goes to after "to".
var travelVerbs = map[string]bool{
	"travel": true, "travels": true, "traveled": true, "travelled": true, "fly": true, "flew": true,
	"flies": true, "go": true, "went": true, "heads": true, "headed": true, "came": true, "come": true,
}

// onlyParties reports whether tokens [from, to) only name the other
// parties of a meeting: names, titles, "with", "his": "met U.S. President
// Joe Biden in Italy", not "talks for a settlement in Syria".
func (a *Analysis) onlyParties(from, to int) bool {
	ms := a.MentionsIn(from, to)
	for k := from; k < to; k++ {
		switch a.Tokens[k].Norm {
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

// meetingSite is the city or venue named with the trigger.
func (a *Analysis) meetingSite(s Sentence, trig, trigEnd int) *model.Place {
	toks := a.Tokens
	for _, m := range a.MentionsIn(s.First, s.End) {
		if m.Kind == MentionCountry && m.End+1 < s.End && toks[m.End].Norm == "'s" && toks[m.End+1].Norm == "capital" {
			if p := a.capitalOf(m.Entry); p != nil && m.First > trigEnd && m.First <= trigEnd+24 && a.Tokens[m.First-1].Norm == "in" {
				return p // "in Qatar's capital"
			}
		}
		if m.Kind != MentionPlace || !isSite(m.Entry) || m.End < s.End && nameNouns[toks[m.End].Norm] {
			continue
		}
		if m.End == trig || m.End+1 == trig && toks[m.End].Norm == "'s" {
			return &model.Place{Name: m.Entry.Name, Country: m.Entry.Country}
		}
		if k := m.First - 1; k >= s.First && m.End < trig && (toks[k].Norm == "in" || toks[k].Norm == "at") && a.onlyDatesBefore(s.First, k) {
			return placeOf(m.Entry) // "In Sochi, the leaders discussed ...", "3 May in Sochi, ..."
		}
		if m.First < trig && m.First-2 >= s.First && toks[m.First-1].Norm == "to" && travelVerbs[toks[m.First-2].Norm] && m.First > trig-8 {
			return placeOf(m.Entry) // "will travel to Geneva for talks"
		}
		if m.First <= trigEnd || m.First > trigEnd+20 {
			continue
		}
		for k := m.First - 1; k >= trigEnd && k >= m.First-6; k-- {
			n := toks[k].Norm
			if n == "in" || n == "at" {
				return &model.Place{Name: m.Entry.Name, Country: m.Entry.Country}
			}
			if n == "," || n == "." || n == "between" || n == "with" || n == "to" || n == "province" || n == "provinces" || n == "region" || n == "regions" {
				break
			}
		}
	}
	return nil
}

// hasPronoun reports whether sentence s refers to a person by a singular
// pronoun.
func (a *Analysis) hasPronoun(s Sentence) bool {
	for _, t := range a.Tokens[s.First:s.End] {
		if pronounsSingular[t.Norm] {
			return true
		}
	}
	return false
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

// onlyDatesBefore reports whether tokens [first, k) are all part of
// temporal expressions (or there are none).
func (a *Analysis) onlyDatesBefore(first, k int) bool {
	for j := first; j < k; j++ {
		if n := a.Tokens[j].Norm; !a.inDate(a.Tokens[j].Start) && n != "," && n != "on" {
			return false
		}
	}
	return true
}

// visited returns the place named right after a visit word.
func (a *Analysis) visited(s Sentence, trigEnd int) (*Entry, bool) {
	for _, m := range a.MentionsIn(trigEnd, min(s.End, trigEnd+3)) {
		if m.First == trigEnd && m.Kind == MentionPlace && m.Entry.Type != "road" {
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

// namesPersonAt reports whether the words at k name a person or an
// office holder ("his Turkish counterpart"), possibly after "the" or "his".
func (a *Analysis) namesPersonAt(k, end int) bool {
	for k < end && (a.Tokens[k].Norm == "his" || a.Tokens[k].Norm == "her" || a.Tokens[k].Norm == "the") {
		k++
	}
	for _, m := range a.MentionsIn(k, min(end, k+4)) {
		if m.First == k && (m.Kind == MentionPerson || m.Kind == MentionOffice || m.Kind == MentionDemonym) {
			return true
		}
	}
	return false
}

// namesActorAt reports whether the words at k name an actor: a person, an
// office, a country or a demonym, possibly after "his" or "the".
func (a *Analysis) namesActorAt(k, end int) bool {
	for k < end && (a.Tokens[k].Norm == "his" || a.Tokens[k].Norm == "her" || a.Tokens[k].Norm == "the" || a.Tokens[k].Norm == "both") {
		k++
	}
	for _, m := range a.MentionsIn(k, min(end, k+4)) {
		if m.First == k && m.Kind != MentionPlace && m.Kind != MentionRoad {
			return true
		}
	}
	return k < end && (a.Tokens[k].Norm == "leaders" || a.Tokens[k].Norm == "counterparts")
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

// lastHeldMeeting is the last meeting held between two or more parties.
func lastHeldMeeting(ms []meetingCand) *meetingCand {
	for i := len(ms) - 1; i >= 0; i-- {
		if len(ms[i].Participants) >= 2 && ms[i].Status == model.Held {
			return &ms[i]
		}
	}
	return nil
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

// forward moves a weekday read as past to the week ahead: a meeting still
// to come on "Thursday" is the coming Thursday.
func (a *Analysis) forward(d model.Date) model.Date {
	if d.Grain != model.Day || d.From.IsZero() || !a.Anchor.Known() || !d.From.Before(a.Anchor.Day) || !namesWeekday(d.Text) {
		return d
	}
	d.From, d.To = d.From.AddDate(0, 0, 7), d.To.AddDate(0, 0, 7)
	d.Value = d.From.Format("2006-01-02")
	return d
}

// namesWeekday reports whether s names a weekday and no number, as a date
// read relative to the anchor does.
func namesWeekday(s string) bool {
	f := Fold(s)
	for i := 0; i < len(f); i++ {
		if f[i] >= '0' && f[i] <= '9' {
			return false
		}
	}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// dayOf turns a clock time into the day it falls on, in the anchor's
// zone: a meeting's date is kept at day grain.
func (a *Analysis) dayOf(d model.Date) model.Date {
	if d.Grain <= model.Day || d.From.IsZero() {
		return d
	}
	loc := time.UTC
	if a.Anchor.Known() {
		loc = a.Anchor.Day.Location()
	}
	y, mo, dd := d.From.In(loc).Date()
	from := time.Date(y, mo, dd, 0, 0, 0, 0, loc)
	d.Type, d.Grain, d.Mod = model.TypeDate, model.Day, ""
	d.From, d.To = from, from.AddDate(0, 0, 1)
	d.Value = from.Format(time.DateOnly)
	return d
}

// nameNouns follow a place in the name of a format or a deal, not a venue:
// "the Astana format", "the Sochi agreement".
var nameNouns = map[string]bool{
	"format": true, "process": true, "framework": true, "agreement": true, "agreements": true, "accord": true,
	"accords": true, "memorandum": true, "deal": true, "protocol": true, "declaration": true, "formula": true,
	"group": true, "platform": true, "track": true,
}

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
