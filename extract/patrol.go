package extract

import (
	"context"
	"sort"

	"github.com/dipnews/diplomacy/model"
)

var (
	patrolTriggers = newPhrases([]string{"patrol", "patrols", "patrolling", "patrolled"}, nil)
	jointCues      = newPhrases([]string{"joint", "jointly", "combined", "coordinated", "together"}, nil)
	notPatrol      = newPhrases([]string{"border patrol", "coast guard", "patrol boat", "patrol car", "patrol vessel", "police patrol"}, nil)
)

// patrolExtractor finds patrol programmes and single patrols.
type patrolExtractor struct{}

// Name implements Extractor.
func (patrolExtractor) Name() string { return "patrol" }

// Extract implements Extractor.
func (patrolExtractor) Extract(ctx context.Context, a *Analysis, r *model.Report) error {
	// An article has few patrols, and a sentence few segments: their
	// lists start on the stack.
	var outBuf [4]model.Patrol
	var segBuf [4]patrolSegment
	out := outBuf[:0]
	for si := range a.Sentences {
		if si%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if !a.mayHold(si, patrolTriggers) {
			continue // most sentences, passed over before being copied
		}
		s := a.Sentences[si]
		if a.isTeaser(s) {
			continue
		}
		for _, seg := range a.patrolSegments(segBuf[:0], s) {
			p := a.patrolAt(seg.s, seg.trig, seg.end)
			p.Evidence = a.Span(s.Span.Start, s.Span.End)
			if len(p.Parties) == 0 && p.Route == "" && p.Area == nil && p.Start == nil && p.Number == 0 {
				continue // "joint patrolling activities are held": nothing to record
			}
			if len(p.Parties) == 0 && p.Kind == model.Joint && len(out) > 0 {
				p.Parties = out[len(out)-1].Parties // the same series: "the tenth joint patrol"
			}
			out = mergePatrol(out, p)
		}
	}
	r.Patrols = append(r.Patrols, out...)
	return nil
}

// patrolSegment is the part of a sentence that tells of one patrol.
type patrolSegment struct {
	s         Sentence
	trig, end int
}

// patrolSegments cuts sentence s between its patrol mentions, at the
// last comma, semicolon or "and" between two of them: "police will start
// patrols on Wednesday, and joint Russian-Turkish patrols will begin".
// The segments are appended to out.
func (a *Analysis) patrolSegments(out []patrolSegment, s Sentence) []patrolSegment {
	for k := s.First; k < s.End; {
		start, end, _ := patrolTriggers.find(a, k, s.End)
		if start < 0 {
			break
		}
		k = end
		if notPatrol.has(a, max(s.First, start-1), min(s.End, end+1)) {
			continue
		}
		if n := len(out); n > 0 {
			cut := start
			for j := start - 1; j >= out[n-1].end; j-- {
				if t := a.norm(j); t == "," || t == ";" || t == "and" {
					cut = j
					break
				}
			}
			if cut == out[n-1].end {
				out[n-1].end = end // "joint patrols and patrolling": one mention
				continue
			}
			out[n-1].s.End = cut
			seg := s
			seg.First = cut
			out = append(out, patrolSegment{seg, start, end})
			continue
		}
		out = append(out, patrolSegment{s, start, end})
	}
	for i := range out {
		seg := &out[i].s
		seg.Span = model.Span{Start: a.Tokens[seg.First].Start, End: a.Tokens[seg.End-1].End}
	}
	return out
}

func (a *Analysis) patrolAt(s Sentence, trig, trigEnd int) model.Patrol {
	p := model.Patrol{Kind: model.Single}
	if jointCues.has(a, max(s.First, trig-5), min(s.End, trigEnd+2)) {
		p.Kind = model.Joint
	}
	for k := max(s.First, trig-5); k < trig; k++ {
		if n := ordinal(a.norm(k)); n > 0 {
			p.Number = n
		}
	}
	day := a.Anchor.Day
	// The parties stand before the patrol, or after "with" or "by": not as
	// the object of another verb ("patrol the zone that divides Cyprus").
	var cutBuf [4][2]int
	cut := a.attribution(cutBuf[:0], s.First, s.End)
	var rb, rb2 [8]actorRef // countries copies what it keeps
	parties := append(a.actorsOutside(rb[:0], s.First, trig, day, cut, ""), a.patrolOwners(s, trig)...)
	for _, w := range []string{"with", "by"} {
		if k := a.indexNorm(trigEnd, min(s.End, trigEnd+4), w); k >= 0 {
			parties = append(parties, a.actorsOutside(rb2[:0], k+1, a.listEnd(k+1, s.End), day, cut, "")...)
			break
		}
	}
	p.Parties = countries(parties, a)
	if len(p.Parties) > 1 {
		p.Kind = model.Joint
	}
	for _, m := range a.MentionsIn(s.First, s.End) {
		if m.Kind == MentionRoad || m.Kind == MentionPlace && m.Entry.Type == "road" {
			p.Route = m.Entry.Name
			break
		}
	}
	p.Area, _, _ = a.areaNear(s, trig, trigEnd)
	for _, party := range p.Parties {
		if p.Area != nil && p.Area.Country == party.Country && p.Area.Name == party.Name {
			p.Area = nil // "Turkish and Russian patrols": the parties, not the area
		}
	}
	// A source's date ("the ministry said on Thursday") dates a single,
	// numbered patrol that has no other, never a programme. A week will
	// do ("will start joint patrols next week"); a month or a year is too
	// loose to say when patrols start.
	for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
		if d.Type != model.TypeDate || d.Value == "" || d.Grain < model.Week {
			continue
		}
		if !cut.contains(a.tokenAt(d.Span.Start)) {
			d := d
			p.Start = &d
			break
		}
		if p.Number > 0 && p.Start == nil {
			d := d
			p.Start = &d
		}
	}
	return p
}

// listEnd returns where the list of actors starting at k ends: at the end
// of its clause, where a comma is not followed by another actor.
func (a *Analysis) listEnd(k, end int) int {
	for ; k < end; k++ {
		switch a.norm(k) {
		case ";", ".", "in", "on", "at", "near", "along", "which", "who":
			return k
		case ",":
			if k+1 >= end || !a.inMention(a.Tokens[k+1].Start) {
				return k
			}
		}
	}
	return end
}

// patrolOwners are the countries named in the noun phrase before a
// patrol: "joint Turkish and Russian patrols", "Turkish-Russian patrols".
func (a *Analysis) patrolOwners(s Sentence, trig int) []actorRef {
	var out []actorRef
	for _, m := range a.MentionsIn(max(s.First, trig-6), trig) {
		if m.Kind != MentionDemonym && m.Kind != MentionCountry {
			continue
		}
		ok := true
		for k := m.End; k < trig; k++ {
			switch a.norm(k) {
			case "and", ",", "-", "joint", "military", "police", "army", "'s":
			default:
				ok = ok && a.inMention(a.Tokens[k].Start)
			}
		}
		if ok {
			out = append(out, a.countryActor(m.Entry.Country, m.First, m.End))
		}
	}
	return out
}

// inMention reports whether the byte offset off lies in a mention.
func (a *Analysis) inMention(off int) bool {
	i := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Span.End > off })
	return i < len(a.Mentions) && a.Mentions[i].Span.Start <= off
}

// mergePatrol adds p, or folds it into the patrol it speaks of again:
// one with the same number (a programme has none) on no other road; the
// first patrol of a programme is the programme's start. As for meetings,
// only the last lookBack patrols are searched.
func mergePatrol(list []model.Patrol, p model.Patrol) []model.Patrol {
	for i := max(0, len(list)-lookBack); i < len(list); i++ {
		t := &list[i]
		sameStart := t.Start == nil || p.Start == nil || t.Start.Value == p.Start.Value
		sameNumber := t.Number == p.Number || t.Number == 0 && p.Number == 1 && sameStart
		if !sameNumber || !sameStart && p.Number == 0 || t.Route != "" && p.Route != "" && t.Route != p.Route ||
			len(t.Parties) > 0 && len(p.Parties) > 0 && !sameActors(t.Parties, p.Parties) {
			continue
		}
		if t.Area != nil && p.Area != nil && t.Area.Country != p.Area.Country && len(p.Parties) > 0 {
			continue
		}
		if t.Route == "" {
			t.Route = p.Route
		}
		if t.Area == nil {
			t.Area = p.Area
		}
		if t.Start == nil {
			t.Start = p.Start
		}
		if len(t.Parties) < len(p.Parties) {
			t.Parties = p.Parties
		}
		if p.Kind == model.Joint {
			t.Kind = model.Joint
		}
		return list
	}
	return append(list, p)
}
