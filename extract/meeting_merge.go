package extract

import (
	"slices"

	"github.com/dipnews/diplomacy/model"
)

// mergeMeetings folds the meetings found sentence by sentence into one
// record per event. A sentence that refers back ("the talks", "the
// leaders met") joins the latest meeting it agrees with; one that names
// its parties joins a meeting of the same parties whose date, mode and
// status agree. A meeting with no parties is kept only when it is named
// or stands on both a date and a place.
//
// Only the last lookBack meetings kept are searched: an account joins a
// meeting of its own article, not one told far before it in an archive,
// and merging stays linear in the length of the text.
//
// The meetings kept are written over the candidates, which are read in
// order: a candidate is read before its room is written.
func mergeMeetings(cands []meetingCand) []meetingCand {
	for i := range cands {
		cands[i].names = namesMask(cands[i].Participants)
	}
	out := cands[:0]
	for i := range cands {
		// c points at the candidate in place, not at a copy of it: the
		// room out writes over is that of candidates already read.
		c := &cands[i]
		target := -1
		lo := max(0, len(out)-lookBack)
		if c.anaphoric {
			// The meeting mentioned most recently, which need not be the
			// last in the list: a headline tells several at the top. The
			// list is read from its end, where the recent ones mostly
			// are, so that the sentence rules out most meetings before
			// the slower tests; of two told last in one sentence, the
			// first in the list is taken.
			for i := len(out) - 1; i >= lo; i-- {
				if (target < 0 || out[i].sentence >= out[target].sentence) &&
					meetingsAgree(&out[i], c) && (len(c.Participants) == 0 || sameActorsOf(&out[i], c)) {
					target = i
				}
			}
		} else {
			for i := lo; i < len(out); i++ {
				if sameActorsOf(&out[i], c) && meetingsAgree(&out[i], c) {
					target = i
					break
				}
			}
		}
		switch {
		case target >= 0:
			absorbMeeting(&out[target], c)
		case c.Location != nil && c.Date != nil && !c.generic, len(c.Participants) > 0 && !c.vague():
			out = append(out, *c)
		}
	}
	return out
}

// meetingsAgree reports whether two accounts can be of one meeting.
func meetingsAgree(t, c *meetingCand) bool {
	if !statusesAgree(t.Status, c.Status) && !(c.anaphoric && c.weakStatus) {
		return false // "I confirm the telephone conversation" takes the status of the call it names
	}
	if t.Mode != c.Mode && t.Mode != model.ModeUnknown && c.Mode != model.ModeUnknown && !t.weakMode && !c.weakMode {
		return false
	}
	if t.Date != nil && c.Date != nil && t.dateGiven && c.dateGiven && !datesOverlap(t.Date, c.Date) {
		return false // a date borrowed from the sentences before yields to one written
	}
	if t.Location != nil && c.Location != nil && t.Location.Name != c.Location.Name {
		return false
	}
	return true
}

func statusesAgree(a, b model.MeetingStatus) bool {
	if a == b {
		return true
	}
	future := func(s model.MeetingStatus) bool { return s == model.Planned || s == model.Proposed }
	return future(a) && future(b)
}

// datesOverlap reports whether two dates can name the same time: equal
// values, or intervals that overlap.
func datesOverlap(a, b *model.Date) bool {
	if a.Value == b.Value {
		return true
	}
	if a.From.IsZero() || b.From.IsZero() {
		return a.Value == "" || b.Value == ""
	}
	return a.From.Before(b.To) && b.From.Before(a.To)
}

// namesMask returns the set of the bits of the names of as (nameBit).
func namesMask(as []model.Actor) uint64 {
	var m uint64
	for i := range as {
		m |= nameBit(as[i].Name)
	}
	return m
}

// nameBit is the bit of a name in a candidate's names: one of 64, picked
// by its length and its first and last bytes.
func nameBit(n string) uint64 {
	if n == "" {
		return 1
	}
	return 1 << ((uint(len(n)) + 7*uint(n[0]) + 3*uint(n[len(n)-1])) % 64)
}

// sameActorsOf is sameActors for the parties of t and c. Their names'
// bits rule out most pairs of candidates at once: each name of t is
// among c's only if each bit of t's is among c's.
func sameActorsOf(t, c *meetingCand) bool {
	return t.names&^c.names == 0 && sameActors(t.Participants, c.Participants)
}

// sameActors reports whether two lists name the same actors.
func sameActors(a, b []model.Actor) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for _, x := range a {
		if !named(b, x.Name) {
			return false
		}
	}
	return true
}

// absorbMeeting completes t with what c adds. A sentence of the body
// makes better evidence than a headline. t's sentence becomes the last
// that mentions it.
func absorbMeeting(t, c *meetingCand) {
	t.sentence = max(t.sentence, c.sentence)
	if t.heading && !c.heading {
		t.Evidence, t.heading = c.Evidence, false
		if len(c.Participants) > 0 {
			t.Participants, t.names = c.Participants, c.names
		}
	}
	if meetingCues[kindRank(c.Kind)].rank > meetingCues[kindRank(t.Kind)].rank {
		t.Kind = c.Kind
	}
	if t.Mode == model.ModeUnknown || t.weakMode && !c.weakMode && c.Mode != model.ModeUnknown {
		t.Mode, t.weakMode = c.Mode, c.weakMode
	}
	if t.Status == model.Proposed && c.Status == model.Planned {
		t.Status = model.Planned
	}
	if c.Date != nil && (t.Date == nil || !t.dateGiven && c.dateGiven || c.dateGiven && c.Date.Grain > t.Date.Grain) {
		t.Date, t.dateGiven = c.Date, c.dateGiven
	}
	if t.Location == nil {
		t.Location = c.Location
	}
	if c.Duration != "" && (t.Duration == "" || hasX(t.Duration) && !hasX(c.Duration)) {
		t.Duration = c.Duration
	}
	if t.Initiator == nil {
		t.Initiator = c.Initiator
	}
	if len(t.Participants) == 0 {
		t.Participants, t.names = c.Participants, c.names
	}
	for _, topic := range c.Topics {
		if !slices.Contains(t.Topics, topic) {
			t.Topics = append(t.Topics, topic)
		}
	}
}

// kindRank maps a kind to the cue that ranks it.
func kindRank(k model.MeetingKind) int {
	switch k {
	case model.Summit:
		return cueSummit
	case model.Congress:
		return cueCongress
	case model.Conference:
		return cueConference
	case model.Call:
		return cuePhone
	case model.Visit:
		return cueVisit
	case model.Talks:
		return cueTalks
	}
	return cueMeeting
}

func hasX(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == 'X' {
			return true
		}
	}
	return false
}

// vague reports whether a meeting is told too loosely to be one event:
// with neither a date nor a place, it names one party only, or it was
// held between countries only.
func (c *meetingCand) vague() bool {
	if c.Date != nil || c.Location != nil {
		return false
	}
	if len(c.Participants) < 2 {
		return true
	}
	if c.Status != model.Held {
		return false
	}
	for _, p := range c.Participants {
		if p.Role != "" {
			return false
		}
	}
	return true
}
