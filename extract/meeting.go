package extract

import (
	"context"

	"github.com/dipnews/diplomacy/model"
)

// meetingExtractor finds meetings: talks, summits, calls, visits.
type meetingExtractor struct{}

// Name implements Extractor.
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
	// were detailed" may speak of talks yet to come. It is set for an
	// anaphoric meeting only, the only one whose weak status is read.
	weakStatus bool
	heading    bool // told in a headline or subheading
	// generic marks a meeting named only by a verb such as "met": it
	// needs parties to stand on its own.
	generic bool
	// names holds the bits of the parties' names (namesMask), set when
	// the candidates are merged.
	names uint64
}

// Extract implements Extractor.
func (meetingExtractor) Extract(ctx context.Context, a *Analysis, r *model.Report) error {
	sc := meetingScratches.Get().(*meetingScratch)
	defer sc.release()
	for si, s := range a.Sentences {
		if si%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if !a.mayHold(si, meetingKeys) || a.isTeaser(s) {
			continue
		}
		a.meetingsIn(si, sc)
	}
	sc.report(a, r, mergeMeetings(sc.cands))
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

// meetingsIn appends to sc.cands the meetings sentence si tells of, each
// seeing those before it. A sentence with several triggers is cut before
// each trigger after the first, so that
// "Monday's meeting with his counterpart ... ahead of Thursday's meeting
// of the presidents" gives each meeting its own parties and date; a part
// that names no parties of its own then joins the meeting before it.
func (a *Analysis) meetingsIn(si int, sc *meetingScratch) {
	s := a.Sentences[si]
	var buf [4]meetingTrigger
	trigs := a.triggersIn(s, buf[:0])
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
		sc.cands = a.meetingAt(sc, si, seg, t)
	}
}

// triggersIn appends to out the triggers of sentence s; a phone or video
// cue anywhere in it sets the mode of every trigger.
func (a *Analysis) triggersIn(s Sentence, out []meetingTrigger) []meetingTrigger {
	mode := model.ModeUnknown
	for k := s.First; ; {
		if k = a.nextCue(meetingTriggers.bit, k, s.End); k >= s.End {
			break
		}
		end, tag := meetingTriggers.match(a, k, s.End)
		if end == 0 {
			k++
			continue
		}
		if tag != cueNotMeeting && a.triggerStandsAlone(tag, k, end, s) {
			c := meetingCues[tag]
			if c.mode == model.Phone || c.mode == model.Video {
				mode = c.mode
			}
			if n := len(out); n > 0 && (out[n-1].end >= k-1 || mannerCues.has(a, k, end)) {
				// "held talks by phone", "spoke with Biden by phone": one
				// meeting, the manner telling how it was held.
				if c.rank > out[n-1].cue.rank {
					out[n-1].cue.kind, out[n-1].cue.rank = c.kind, c.rank
				}
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

// meetingAt appends to sc.cands, the meetings told so far, the meeting
// whose trigger is t, within the part seg of sentence si (or one meeting
// for each pair of parties, when the sentence tells of several), and
// returns the list.
func (a *Analysis) meetingAt(sc *meetingScratch, si int, s Sentence, t meetingTrigger) []meetingCand {
	before := sc.cands
	trig, trigEnd, cue := t.start, t.end, t.cue
	m := meetingCand{sentence: si, heading: a.Sentences[si].Heading, generic: cue.rank == meetingCues[cueMeeting].rank}
	m.Mode, m.Kind, m.weakMode = cue.mode, cue.kind, cue.weak
	// The evidence is the whole sentence; its text is taken when the
	// meeting is reported, as most candidates are merged or dropped.
	m.Evidence = model.Span{Start: a.Sentences[si].Span.Start, End: a.Sentences[si].Span.End}
	// The mentions and dates of the part, which several of the readings
	// below go through: looked up once, not by each.
	ms, ds := a.MentionsIn(s.First, s.End), a.DatesIn(s.Span.Start, s.Span.End)
	status, byDefault := a.meetingStatus(s, ds, trig, t.from)
	m.Status = status
	var cutBuf [4][2]int
	cut := a.attribution(cutBuf[:0], s.First, s.End)
	if d, ok := a.eventDate(ds, trig, trigEnd, cut); ok && !a.inRange(ds, d) {
		if m.Status == model.Planned || m.Status == model.Proposed {
			d = a.forward(d)
		}
		m.Date, m.dateGiven = sc.date(a.dayOf(d)), true
	}
	day := a.Anchor.Day
	if m.Date != nil && !m.Date.From.IsZero() {
		day = m.Date.From
	}
	if m.Mode != model.Phone && m.Mode != model.Video {
		m.Location = a.meetingPlace(s, ms, trig, trigEnd) // a call has no venue
	}
	m.Duration = a.meetingDuration(s, ds)
	m.Topics = topics(ms, m.Location)

	// The parties are copied into the scratch room (sc.actorsOf): their list
	// needs no room on the heap.
	var partsBuf [8]actorRef
	initEnd := a.initiativeEnd(s)
	parts := a.participants(partsBuf[:0], s, ms, trig, day, cut, initEnd)
	if cue.kind == model.Visit && m.Location == nil {
		if p, ok := a.visited(s, trigEnd); ok {
			m.Location = placeOf(p) // "will visit Pyongyang"
			parts = a.withHost(parts, p)
		}
	}
	// "separate phone conversations with his Turkish and Iranian
	// counterparts", "a conversation with X and with Y": one meeting each.
	separate := trig > s.First && (a.norm(trig-1) == "separate" || trig-2 >= s.First && a.norm(trig-2) == "separate") ||
		withAndWith.has(a, trigEnd, s.End)
	if len(parts) < 2 {
		var countedBuf [4]actorRef
		if n, ok := a.countedCountries(countedBuf[:0], s, trig); ok {
			parts = n
		}
	}
	if a.isDefinite(s, trig, parts) {
		parts = nil
	}
	if len(parts) == 1 && parts[0].Person && a.hasPronoun(s) {
		if r, ok := a.lastPersonBefore(s.First, parts, day); ok {
			parts = append([]actorRef{r}, parts...) // "after a meeting with Pendarovski, he thanked ..."
		}
	}
	if len(parts) == 1 && bothLeaders.has(a, trigEnd, min(s.End, trigEnd+3)) {
		if prev := lastMeeting(before, true); prev != nil {
			// "Trump called both leaders": one call to each of the two.
			var out [2]meetingCand
			n := 0
			for _, p := range prev.Participants {
				if p.Name != parts[0].Name && p.Country != parts[0].Country && n < 2 {
					out[n] = m
					out[n].Participants = sc.actorsOf(parts[0], actorRef{Actor: p})
					n++
				}
			}
			if n == 2 {
				return append(before, out[:]...)
			}
		}
	}
	if len(parts) < 2 {
		if prev := lastMeeting(before, false); prev != nil && a.refersBack(s, trig, len(parts)) {
			m.Participants = prev.Participants
			m.anaphoric = len(parts) == 0 || samePeople(parts, prev.Participants)
		} else if len(parts) == 0 || a.isNamedEvent(trig) {
			m.anaphoric = true
		} else {
			m.Participants = sc.actorsOf(parts...)
			m.anaphoric = true
		}
	} else {
		m.Participants = sc.actorsOf(parts...)
	}
	// Only an anaphoric meeting's weak status is ever read (see
	// meetingsAgree): the words are read for no other.
	m.weakStatus = m.anaphoric && byDefault && a.heldIsWeak(s, trig)
	if m.Date == nil && m.Status == model.Held && !m.anaphoric {
		if d, ok := a.recentDate(si); ok {
			m.Date = sc.date(d)
		}
	}
	m.Initiator = a.initiator(s, m.Participants, day, initEnd)
	if separate && len(parts) > 2 {
		for _, p := range parts[1:] {
			c := m
			c.Participants = sc.actorsOf(parts[0], p)
			before = append(before, c)
		}
		return before
	}
	return append(before, m)
}

// meetingDuration is the length of a meeting said to have lasted so long,
// in sentence part s, whose dates are ds.
func (a *Analysis) meetingDuration(s Sentence, ds []model.Date) string {
	if !lastedCues.has(a, s.First, s.End) {
		return ""
	}
	for _, d := range ds {
		if d.Type == model.TypeDuration {
			return d.Value
		}
	}
	return ""
}
