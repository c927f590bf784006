package extract

import (
	"context"
	"slices"
	"strings"

	"github.com/dipnews/diplomacy/model"
)

var zoneTriggers = func() *phrases {
	kinds := map[model.ZoneKind][]string{
		model.DeEscalation: {"de-escalation zone", "de-escalation area", "de-escalation region", "deescalation zone",
			"de-escalation zones", "zone of de-escalation", "de-escalation"},
		model.SecurityCorridor: {"security corridor", "safe corridor", "security belt"},
		model.Buffer:           {"buffer zone", "buffer area", "buffer strip", "zone of separation", "separation zone"},
		model.Demilitarized:    {"demilitarized zone", "demilitarised zone", "dmz", "de-militarized zone", "demilitarized area", "demilitarised area", "demilitarized buffer zone"},
		model.Safe:             {"safe zone", "safe area", "safe haven", "security zone"},
		model.ZoneOther: {"no-fly zone", "exclusion zone", "humanitarian corridor", "humanitarian zone", "neutral zone",
			"protection zone", "safety zone", "security and protection zone", "control zone"},
	}
	var words []string
	var tags []int
	for k := model.ZoneOther; k <= model.Safe; k++ {
		for _, w := range kinds[k] {
			words, tags = append(words, w), append(tags, int(k))
		}
	}
	return newPhrases(words, tags)
}()

var (
	creationCues    = newPhrases([]string{"agreed", "creation", "create", "created", "establish", "established", "establishment", "set up", "signed", "declared", "announced"}, nil)
	roadAnaphorList = []string{"the aforementioned road", "the road", "the highway", "the motorway", "this road", "the said road", "the route"}
	roadAnaphors    = newPhrases(roadAnaphorList, nil)
	// roadNouns gives the last words of roadAnaphors a cue bit: a sentence
	// with none of them refers to no road, and its many "the" need not be
	// read.
	roadNouns = newPhrases(lastWords(roadAnaphorList), nil)
)

// lastWords returns the last words of the phrases of list, each once.
func lastWords(list []string) []string {
	var out []string
	for _, p := range list {
		if w := p[strings.LastIndexByte(p, ' ')+1:]; !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// zoneExtractor finds zones: de-escalation zones, corridors, buffers.
type zoneExtractor struct{}

// Name implements Extractor.
func (zoneExtractor) Name() string { return "zone" }

// zoneCand is a zone found in one sentence, before merging.
type zoneCand struct {
	model.Zone
	// named is set when the zone is written as a name ("the Demilitarized
	// Zone", "the DMZ"): it is known without an area.
	named bool
}

// Extract implements Extractor.
func (zoneExtractor) Extract(ctx context.Context, a *Analysis, r *model.Report) error {
	var outBuf [4]zoneCand // an article has few zones
	out := outBuf[:0]
	for si := range a.Sentences {
		if si%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		// Most sentences have no cue: they are passed over before being
		// copied or read further.
		if !a.mayHold(si, zoneTriggers) && !a.mayHold(si, zoneNounCues) {
			continue
		}
		s := a.Sentences[si]
		if a.isTeaser(s) {
			continue
		}
		var inSentence *zoneCand
		for k := s.First; ; {
			// a trigger or a zone noun (zoneNounCues) starts at a cue
			if k = a.nextCue(zoneTriggers.bit|zoneNounCues.bit, k, s.End); k >= s.End {
				break
			}
			end, tag := zoneTriggers.match(a, k, s.End)
			if end == 0 && zoneNouns.has(a.word(k)) && (a.measuredZone(s, k) || a.namedCorridor(s, k)) {
				end, tag = k+1, int(model.ZoneOther) // "a 30-kilometer (19-mile) zone", "the Lachin corridor"
			}
			if end == 0 {
				k++
				continue
			}
			z := a.zoneAt(si, k, end, model.ZoneKind(tag))
			if inSentence != nil && z.Area == nil {
				// "a corridor ..., which means a 12 km wide buffer zone": what
				// the sentence tells of both, inSentence holds already.
				absorbZone(inSentence, &z)
			} else {
				a.zoneFacts(si, &z)
				var i int
				out, i = mergeZone(out, z)
				inSentence = &out[i]
			}
			k = end
		}
	}
	n := 0
	for i := range out {
		if out[i].told() {
			n++
		}
	}
	r.Zones = slices.Grow(r.Zones, n)
	for _, z := range out {
		if z.told() {
			r.Zones = append(r.Zones, z.Zone)
		}
	}
	return nil
}

// told reports whether z is told enough to be reported: named, or given
// an area, a road, a count or a size.
func (z *zoneCand) told() bool {
	return z.Area != nil || z.Along != "" || z.Count > 0 || z.WidthKm != nil || z.DepthKm != nil || z.named
}

// zoneAt reads the zone whose trigger is [trig, trigEnd) in sentence si:
// what tells it apart from the other zones of the sentence (see
// zoneFacts).
func (a *Analysis) zoneAt(si, trig, trigEnd int, kind model.ZoneKind) zoneCand {
	s, toks := a.Sentences[si], a.Tokens
	z := zoneCand{Zone: model.Zone{Kind: kind, Evidence: a.Span(s.Span.Start, s.Span.End)}, named: (toks[trig].Cap || a.norm(trig) == "corridor") && !s.Heading && trig > s.First}
	z.Area, _, _ = a.areaNear(s, trig, trigEnd)
	if z.Area == nil {
		z.Area = a.areaOfClause(s, trigEnd)
	}
	if k := trig - 1; k >= s.First {
		if n := numberWord(a.norm(k)); n > 1 && a.norm(k) != "both" {
			z.Count = n
		}
	}
	if creationCues.has(a, s.First, s.End) {
		var rb [8]actorRef // countries copies what it keeps
		z.Parties = countries(a.actors(rb[:0], s.First, trig, a.Anchor.Day), a)
	}
	return z
}

// zoneFacts adds to z what sentence si tells of every zone it names: the
// road the zone runs along, its width and depth, and when it was set up
// and for how long.
func (a *Analysis) zoneFacts(si int, z *zoneCand) {
	s := a.Sentences[si]
	for _, m := range a.MentionsIn(s.First, s.End) {
		if m.Kind == MentionRoad || m.Kind == MentionPlace && m.Entry.Type == "road" {
			z.Along = m.Entry.Name
			break
		}
	}
	if z.Along == "" && a.mayHold(si, roadNouns) && roadAnaphors.has(a, s.First, s.End) {
		z.Along = a.roadBefore(si)
	}
	z.WidthKm, z.DepthKm = a.measures(s)
	if z.DepthKm != nil && z.WidthKm == nil && eachSide.has(a, s.First, s.End) {
		z.WidthKm = &model.Range{Lo: 2 * z.DepthKm.Lo, Hi: 2 * z.DepthKm.Hi}
	}
	if creationCues.has(a, s.First, s.End) {
		for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
			switch {
			case d.Type == model.TypeDuration && z.Duration == "":
				z.Duration = d.Value
			case d.Type == model.TypeDate && d.Value != "" && z.Established == nil:
				d := d
				z.Established = &d
			}
		}
	}
}

// measuredZone reports whether the token at k is a bare "zone" given a
// length just before it, which makes it a stretch of land rather than a
// time zone or a war zone.
func (a *Analysis) measuredZone(s Sentence, k int) bool {
	if !measuredNouns.has(a.word(k)) {
		return false
	}
	for j := k - 1; j >= s.First && j >= k-5; j-- {
		if a.isMeasure(j) {
			return true
		}
	}
	return false
}

// namedCorridor reports whether the token at k is "corridor" after a
// name: "the Lachin corridor", "the Philadelphi corridor".
func (a *Analysis) namedCorridor(s Sentence, k int) bool {
	return corridorNouns.has(a.word(k)) && k > s.First+1 && a.Tokens[k-1].Cap && a.Tokens[k-1].Kind == Word &&
		a.norm(k-2) == "the"
}

// zoneNouns are looked for at every token, by number, before the rules
// that read around them: measuredNouns those of measuredZone,
// corridorNouns those of namedCorridor.
var (
	zoneNouns = newWordSet("zone", "zones", "corridor")
	// zoneNounCues gives the zone nouns a cue bit: a sentence with none of
	// them, and no trigger, holds no zone.
	zoneNounCues  = newPhrases([]string{"zone", "corridor"}, nil)
	measuredNouns = newWordSet("zone", "zones")
	corridorNouns = newWordSet("corridor")
)

// roadBefore returns the road named last in the sentences before sentence
// si, or "". Few zones refer to a road named before ("the road"): it is
// sought back from them, not followed through every sentence.
func (a *Analysis) roadBefore(si int) string {
	for j := si - 1; j >= 0; j-- {
		ms := a.MentionsIn(a.Sentences[j].First, a.Sentences[j].End)
		for i := len(ms) - 1; i >= 0; i-- {
			if m := &ms[i]; m.Kind == MentionRoad || m.Kind == MentionPlace && m.Entry.Type == "road" {
				return m.Entry.Name
			}
		}
	}
	return ""
}

// mergeZone adds z, or folds it into a zone of the same kind and area. It
// returns the list and the index of the zone z ended in.
func mergeZone(list []zoneCand, z zoneCand) ([]zoneCand, int) {
	for i := range list {
		if sameZone(&list[i].Zone, &z.Zone) {
			absorbZone(&list[i], &z)
			return list, i
		}
	}
	return append(list, z), len(list)
}

func sameZone(t, z *model.Zone) bool {
	if t.Kind != z.Kind {
		return false
	}
	if t.Area != nil && z.Area != nil {
		return t.Area.Name == z.Area.Name
	}
	if t.Along != "" && z.Along != "" {
		return t.Along == z.Along
	}
	return t.Area == nil && z.Area == nil && (t.Along == "" || z.Along == "")
}

func absorbZone(t, z *zoneCand) {
	t.named = t.named || z.named
	if t.Area == nil {
		t.Area = z.Area
	}
	if t.Along == "" {
		t.Along = z.Along
	}
	if t.WidthKm == nil {
		t.WidthKm = z.WidthKm
	}
	if t.DepthKm == nil {
		t.DepthKm = z.DepthKm
	}
	if t.Count == 0 {
		t.Count = z.Count
	}
	if t.Established == nil {
		t.Established = z.Established
	}
	if t.Duration == "" {
		t.Duration = z.Duration
	}
	if len(t.Parties) == 0 {
		t.Parties = z.Parties
	}
}

// areaOfClause is the place or country named in a relative clause right
// after a zone, which tells of the zone itself: "the buffer zone that has
// divided Cyprus since 1974".
func (a *Analysis) areaOfClause(s Sentence, trigEnd int) *model.Place {
	if trigEnd >= s.End || a.norm(trigEnd) != "that" && a.norm(trigEnd) != "which" {
		return nil
	}
	stop := a.clauseEnd(trigEnd+1, s.End)
	// not the clause's subject: "a safe zone, which Russia opposes"
	place, first, _ := a.placesAmong(a.MentionsIn(trigEnd+2, stop), func(Mention) bool { return true })
	if place == nil && first != "" {
		place = a.countryPlace(first)
	}
	return place
}
