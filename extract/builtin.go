package extract

import (
	"cmp"
	"slices"

	"github.com/dipnews/diplomacy/model"
)

// Builtin returns the built-in extractors, one per record type of the
// report: meetings, ceasefires, zones and patrols.
func Builtin() []Extractor {
	return []Extractor{meetingExtractor{}, ceasefireExtractor{}, zoneExtractor{}, patrolExtractor{}}
}

// Merge is the final pass over a report: it drops records that repeat
// another to the letter (a custom extractor may find what a built-in one
// did), sorts every list by the position of its evidence, so the same
// article always gives the same report.
func Merge(r *model.Report) {
	sortBy(r.Meetings, func(m *model.Meeting) *model.Span { return &m.Evidence })
	sortBy(r.Ceasefires, func(c *model.Ceasefire) *model.Span { return &c.Evidence })
	sortBy(r.Zones, func(z *model.Zone) *model.Span { return &z.Evidence })
	sortBy(r.Patrols, func(p *model.Patrol) *model.Span { return &p.Evidence })
	sortBy(r.Other, func(o *model.Other) *model.Span { return &o.Evidence })
	r.Other = dedupOther(r.Other)
	for i := range r.Meetings {
		m := &r.Meetings[i]
		m.Participants = nonNil(m.Participants)
		if len(m.Topics) == 0 {
			m.Topics = nil
		}
	}
	for i := range r.Ceasefires {
		r.Ceasefires[i].Parties = nonNil(r.Ceasefires[i].Parties)
		r.Ceasefires[i].Guarantors = nilIfEmpty(r.Ceasefires[i].Guarantors)
	}
	for i := range r.Zones {
		r.Zones[i].Parties = nilIfEmpty(r.Zones[i].Parties)
	}
	for i := range r.Patrols {
		r.Patrols[i].Parties = nonNil(r.Patrols[i].Parties)
	}
}

// nonNil makes an absent list an empty one, so that JSON shows [] where the
// contract promises a list.
func nonNil(as []model.Actor) []model.Actor {
	if as == nil {
		return []model.Actor{}
	}
	return as
}

// nilIfEmpty makes an empty optional list absent, as JSON will omit it.
func nilIfEmpty(as []model.Actor) []model.Actor {
	if len(as) == 0 {
		return nil
	}
	return as
}

// sortBy sorts list by the span of its records, stably. The extractors
// add their records in text order, so the list is most often sorted
// already: that is checked first, through pointers, as the records are
// large to copy.
func sortBy[T any](list []T, span func(*T) *model.Span) {
	byStart := func(a, b *model.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	}
	for i := 1; i < len(list); i++ {
		if byStart(span(&list[i-1]), span(&list[i])) > 0 {
			slices.SortStableFunc(list, func(x, y T) int { return byStart(span(&x), span(&y)) })
			return
		}
	}
}

func dedupOther(list []model.Other) []model.Other {
	out := list[:0]
	for i, o := range list {
		if i > 0 && o.Type == list[i-1].Type && o.Evidence == list[i-1].Evidence && string(o.Data) == string(list[i-1].Data) {
			continue
		}
		out = append(out, o)
	}
	return out
}
