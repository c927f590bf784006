package extract

import (
	"slices"
	"sync"

	"github.com/dipnews/diplomacy/model"
)

// meetingScratch is the room the meeting extractor reuses from text to
// text: the candidates, and the parties and dates they point to. Most
// candidates are folded into others or dropped; the parties and dates of
// those kept are copied out to the report at the end, in one list each,
// so that a text does not allocate them candidate by candidate and no
// report points into room that the next text writes over.
type meetingScratch struct {
	cands []meetingCand
	// actors and dates hold what the candidates point to. A list that
	// grows leaves the candidates before pointing into its old array,
	// which stays theirs.
	actors []model.Actor
	dates  []model.Date
}

// meetingScratches holds the scratch room of the texts parsed before: a
// part of an archive has hundreds of candidates, which the lists would
// otherwise copy each time they grow.
var meetingScratches = sync.Pool{New: func() any { return new(meetingScratch) }}

// release empties sc, whose contents are the report's or garbage, and
// returns it to the pool.
func (sc *meetingScratch) release() {
	clear(sc.cands)
	clear(sc.actors)
	clear(sc.dates)
	sc.cands, sc.actors, sc.dates = sc.cands[:0], sc.actors[:0], sc.dates[:0]
	meetingScratches.Put(sc)
}

// actorsOf returns the actors of rs, in the room of sc.
func (sc *meetingScratch) actorsOf(rs ...actorRef) []model.Actor {
	start := len(sc.actors)
	for _, r := range rs {
		sc.actors = append(sc.actors, r.Actor)
	}
	return sc.actors[start:len(sc.actors):len(sc.actors)]
}

// date returns a pointer to a copy of d, in the room of sc.
func (sc *meetingScratch) date(d model.Date) *model.Date {
	sc.dates = append(sc.dates, d)
	return &sc.dates[len(sc.dates)-1]
}

// report appends the meetings ms of a to r, their parties and dates
// copied out of the scratch room, and the text of their evidence taken.
func (sc *meetingScratch) report(a *Analysis, r *model.Report, ms []meetingCand) {
	nActors, nDates := 0, 0
	for i := range ms {
		nActors += len(ms[i].Participants)
		if ms[i].Date != nil {
			nDates++
		}
	}
	actors := make([]model.Actor, 0, nActors)
	dates := make([]model.Date, 0, nDates)
	r.Meetings = slices.Grow(r.Meetings, len(ms))
	for _, m := range ms {
		if len(m.Participants) > 0 {
			start := len(actors)
			actors = append(actors, m.Participants...)
			m.Participants = actors[start:len(actors):len(actors)]
		}
		if m.Date != nil {
			dates = append(dates, *m.Date)
			m.Date = &dates[len(dates)-1]
		}
		m.Evidence = a.Span(m.Evidence.Start, m.Evidence.End)
		r.Meetings = append(r.Meetings, m.Meeting)
	}
}
