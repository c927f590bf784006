package extract

import (
	"sort"
	"strings"

	"github.com/dipnews/diplomacy/model"
)

// meetingCue is what a trigger tells of a meeting.
type meetingCue struct {
	kind model.MeetingKind
	mode model.Mode
	rank int // a sentence with several cues takes the highest rank
	// weak marks a mode inferred from a word that does not fix it
	// ("talks" may be held by phone).
	weak bool
}

// meetingCues is indexed by the tags of the triggers below.
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

// meetingTriggers matches the triggers, tagged by their cue. meetingKeys
// holds a word of each trigger that names a meeting: one that is a
// trigger on its own if it has any, else its longest (and, as every
// single word of a phrase set, its plural). A sentence without one holds
// no trigger, though most hold a word that starts one ("to", "on", "by"):
// the meeting extractor passes over it.
var meetingTriggers, meetingKeys = func() (*phrases, *phrases) {
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
		cueConversation: {"conversation", "spoke with", "spoke to", "talked with", "talked to", "spoke", "spoken with",
			"spoken to", "speaks with", "speaking with", "speak with"},
		cueMeeting: {"meeting", "met", "meet", "meets", "hosted", "host", "hosts", "sit down", "sat down with", "sits down with",
			"encounter", "discussed", "discuss", "discusses", "received", "receives", "welcomed", "welcomes"},
		cueNotMeeting: {"news conference", "press conference", "joint press conference", "press briefing", "news briefing",
			"called for", "called on", "so-called", "calls for", "calls on", "call for", "call on", "phone number",
			"meet the", "meets the", "met the demands", "meeting the", "to meet demands", "talks about", "spoke of", "spoke about",
			"spoke out", "telephone number", "phone lines", "phone line", "meeting point", "cabinet meeting",
			"security cabinet meeting", "board meeting", "party congress", "assist in negotiations",
			"assist in the negotiations", "assist with negotiations", "help in negotiations", "help with negotiations"},
	}
	var words, keys []string
	var tags []int
	alone := map[string]bool{}
	for tag := cuePhone; tag <= cueNotMeeting; tag++ {
		for _, w := range list[tag] {
			words, tags = append(words, w), append(tags, tag)
			if tag != cueNotMeeting && !strings.Contains(w, " ") {
				alone[w] = true
			}
		}
	}
	for tag := cuePhone; tag < cueNotMeeting; tag++ {
		for _, w := range list[tag] {
			key := ""
			for _, f := range strings.Fields(w) {
				if alone[f] {
					key = f
					break
				}
				if len(f) > len(key) {
					key = f
				}
			}
			keys = append(keys, key)
		}
	}
	return newPhrases(words, tags), newPhrases(keys, nil)
}()

// The cues of a meeting's status and manner: proposedCues and plannedCues
// stand before a trigger, futureCues after it.
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
	mannerCues  = newPhrases([]string{"by phone", "by telephone", "over the phone", "on the phone", "via video", "by video", "via video link", "by video link"}, nil)
	withAndWith = newPhrases([]string{"and with", "and separately with", "as well as with"}, nil)
	bothLeaders = newPhrases([]string{"both leaders", "the two leaders", "both presidents", "both sides", "both men"}, nil)
	lastedCues  = newPhrases([]string{"lasted", "lasting", "went on for", "lasts", "last"}, nil)
)

// roundQualifiers make "round" a round of talks: "a new round".
var roundQualifiers = newWordSet("new", "next", "latest", "previous", "fresh", "last", "final", "current")

// npWords may stand in the noun phrase before a trigger: "Thursday's
// planned trilateral meeting".
var npWords = newWordSet(
	"'s", "the", "a", "an", "this", "next", "last", "planned",
	"upcoming", "trilateral", "tripartite", "bilateral", "top-level",
	"high-level", "first", "second", "third", "joint", "three-way",
	"four-way", "informal", "emergency", "extraordinary", "expected",
	"proposed", "possible", "new", "fresh", "direct", "face-to-face",
)

// phraseStart returns where the noun phrase ending with the trigger at
// trig begins, not before lo.
func (a *Analysis) phraseStart(trig, lo int) int {
	k := trig
	for k > lo {
		if !npWords.has(a.word(k-1)) && !a.inDate(a.Tokens[k-1].Start) {
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

// triggerStandsAlone filters the weakest triggers: a bare "phone",
// "call", "spoke" or "round", "host", "received", "welcomed" or "called"
// with no person after it, "hosted by", "discussed" with no "with" after it and
// fewer than two people before it, a conversation or a meeting with an
// audience ("spoke to reporters"), and a denied one ("did not meet").
func (a *Analysis) triggerStandsAlone(tag, k, end int, s Sentence) bool {
	n := a.norm(k)
	switch {
	case a.negated(k, s):
		return false // "did not meet", "no talks were held", "refused to meet"
	case tag == cuePhone && (n == "phone" || n == "telephone" || n == "call") && end == k+1:
		return n == "call" && k > s.First && (a.norm(k-1) == "phone" || a.norm(k-1) == "a" || a.norm(k-1) == "the") && a.callIsNoun(k, s)
	case tag == cueConversation && n == "spoke" && end == k+1:
		return false
	case (tag == cueConversation || tag == cueMeeting) && a.audienceAt(end, s.End):
		return false // "spoke to reporters", "met students": no party to talks
	case tag == cueMeeting && (n == "host" || n == "hosts") && end == k+1:
		return a.namesPersonAt(end, s.End) // "will host Putin", not "a host of issues"
	case tag == cueMeeting && n == "hosted" && end < s.End && a.norm(end) == "by":
		return false // "talks in Malaysia hosted by its prime minister": the host takes part
	case tag == cueTalks && n == "round" && end == k+1:
		return k > s.First && (ordinal(a.norm(k-1)) > 0 || roundQualifiers.has(a.word(k-1))) // "the first round"
	case tag == cueMeeting && (n == "received" || n == "receives" || n == "welcomed" || n == "welcomes"):
		return a.namesPersonAt(end, s.End) // "Putin received Erdogan", not "received a letter"
	case tag == cuePhone && n == "called" && end == k+1:
		return a.namesActorAt(end, s.End) // "Trump called Erdogan", not "called for"
	case tag == cueMeeting && (n == "discussed" || n == "discuss" || n == "discusses"):
		// "discussed Gaza with Sisi", or "Putin and Erdogan discussed".
		return a.indexNorm(end, min(s.End, end+8), "with") >= 0 || a.peopleBefore(s.First, k) >= 2
	}
	return true
}

// negators before a trigger say that the meeting did not take place.
var negators = newWordSet("not", "'t", "never", "no", "refused", "refuses", "declined", "declines")

// negationFillers may stand between a negator and the trigger: "has not
// yet met", "never even spoke with", "refused to meet".
var negationFillers = newWordSet("yet", "ever", "even", "also", "to", "any", "been", "have", "has")

// negated reports whether the trigger at k is denied: a negator shortly
// before it, with nothing but fillers between.
func (a *Analysis) negated(k int, s Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-4; j-- {
		w := a.word(j)
		if negators.has(w) {
			return true
		}
		if !negationFillers.has(w) {
			return false
		}
	}
	return false
}

// audienceNouns name those a leader speaks to or meets who are no party
// to a diplomatic meeting.
var audienceNouns = newWordSet(
	"reporters", "reporter", "journalists", "journalist", "press", "media", "newsmen",
	"correspondents", "newspaper", "broadcaster", "television", "tv", "radio",
	"audience", "crowd", "crowds", "supporters", "students",
)

// audienceAt reports whether the words at k, past an article and an
// adjective or two, name an audience ("the local media", "foreign
// journalists").
func (a *Analysis) audienceAt(k, end int) bool {
	for n := 0; n < 3 && k < end; n, k = n+1, k+1 {
		if audienceNouns.has(a.word(k)) {
			return true
		}
		if a.Tokens[k].Kind != Word || a.Tokens[k].Cap {
			return false
		}
	}
	return false
}

// callIsNoun reports whether "call" at k is the noun of a conversation
// ("a call with", "the call between"), not an appeal ("a call for").
func (a *Analysis) callIsNoun(k int, s Sentence) bool {
	if k+1 >= s.End {
		return true
	}
	switch a.norm(k + 1) {
	case "with", "between", "on", "to", "from", "late", "earlier", "was", "lasted", ",", ".":
		return true
	}
	return false
}

// namesPersonAt reports whether the words at k name a person or an
// office holder ("his Turkish counterpart"), possibly after "the" or "his".
func (a *Analysis) namesPersonAt(k, end int) bool {
	for k < end && (a.norm(k) == "his" || a.norm(k) == "her" || a.norm(k) == "the") {
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
	for k < end && (a.norm(k) == "his" || a.norm(k) == "her" || a.norm(k) == "the" || a.norm(k) == "both") {
		k++
	}
	for _, m := range a.MentionsIn(k, min(end, k+4)) {
		if m.First == k && m.Kind != MentionPlace && m.Kind != MentionRoad {
			return true
		}
	}
	return k < end && (a.norm(k) == "leaders" || a.norm(k) == "counterparts")
}
