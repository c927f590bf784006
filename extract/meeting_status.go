package extract

import (
	"strings"

	"github.com/dipnews/diplomacy/model"
)

// meetingStatus reads the status from the words around the trigger, not
// looking back past lo, and from ds, the dates of sentence part s.
// byDefault is set when neither a word nor a date tells it: the status is
// then Held (see weakStatus).
func (a *Analysis) meetingStatus(s Sentence, ds []model.Date, trig, lo int) (status model.MeetingStatus, byDefault bool) {
	from := max(lo, trig-9)
	to := min(s.End, trig+3)
	// Few parts hold a word of cancelling: the end of the clause, which
	// bounds the search for one, is looked for only when there is one.
	cancelEnd := min(s.End, trig+16)
	switch {
	case a.nextCue(cancelledCues.bit, from, cancelEnd) < cancelEnd && cancelledCues.has(a, from, a.clauseEnd(trig+1, cancelEnd)):
		return model.Cancelled, false
	case proposedCues.has(a, from, to):
		return model.Proposed, false
	case plannedCues.has(a, from, to), a.futureAfter(s, trig):
		return model.Planned, false
	}
	for _, d := range ds {
		if d.Type == model.TypeDate && !d.From.IsZero() && a.Anchor.Known() && d.Grain >= model.Day && d.From.After(a.Anchor.Day) {
			return model.Planned, false
		}
	}
	return model.Held, true
}

// heldIsWeak reports whether a Held status read by default, for the
// trigger at trig in sentence part s, has no past verb near the trigger
// to stand on ("the talks were detailed" may speak of talks yet to come).
func (a *Analysis) heldIsWeak(s Sentence, trig int) bool {
	return !a.pastAround(s, trig)
}

// pastAround reports whether a verb in the past tense stands near the
// trigger: "met", "was held", "held talks".
func (a *Analysis) pastAround(s Sentence, trig int) bool {
	for k := max(s.First, trig-6); k < min(s.End, trig+8); k++ {
		if pastVerbs.has(a.word(k)) {
			return true
		}
		if n := a.norm(k); len(n) > 4 && strings.HasSuffix(n, "ed") {
			return true
		}
	}
	return false
}

// pastVerbs end the search for a future verb after a trigger: "the
// meeting took place on Monday, and they will meet again".
var pastVerbs = newWordSet("was", "were", "took", "held", "met", "had", "ended", "concluded")

// futureStops gives the words that end futureAfter's search a cue bit:
// pastVerbs, the semicolon and the full stop.
var futureStops = newPhrases([]string{"was", "were", "took", "held", "met", "had", "ended", "concluded", ";", "."}, nil)

// futureAfter reports whether a future verb follows the trigger at trig
// in its sentence, before any past one: "the talks between ... will take
// place", "a meeting of ... is anticipated".
func (a *Analysis) futureAfter(s Sentence, trig int) bool {
	end := min(s.End, trig+24)
	// Only a token with one of the two bits stops the search.
	bits := futureStops.bit | futureCues.bit
	for k := a.nextCue(bits, trig+1, end); k < end; k = a.nextCue(bits, k+1, end) {
		if w := a.word(k); w == wSemicolon || w == wPeriod || pastVerbs.has(w) {
			return false
		}
		if e, _ := futureCues.match(a, k, s.End); e > 0 {
			return true
		}
	}
	return false
}
