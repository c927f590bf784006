package extract

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/dipnews/diplomacy/model"
)

var (
	ceasefireTriggers = newPhrases([]string{
		"ceasefire", "cease-fire", "cease fire", "truce", "armistice", "cessation of hostilities",
		"cessation of military operations", "cessation of fighting", "humanitarian pause", "halt to the fighting",
		"halt to fighting", "pause in the fighting", "pause in fighting", "stop to the fighting",
		"cease all military actions", "cease military actions", "cease hostilities", "cease all hostilities",
		"halt hostilities", "halt to hostilities", "cessation of offensive operations",
		"halt all offensive military operations", "halt all military operations", "halt military operations",
		"halt offensive operations", "stop all military operations", "cease all military operations",
		"stop all firing", "cease firing", "cessation of firing", "stop all military action",
		"cease all military action",
	}, nil)
	notCeasefire = newPhrases([]string{"ceasefire line", "cease-fire line", "ceasefire lines"}, nil)

	endedCues = newPhrases([]string{
		"collapsed", "collapse", "collapses", "ended", "expired", "broke down", "came to an end", "abandoned",
		"end of the", "ends", "no longer", "scrapped", "terminated",
	}, nil)
	violatedCues = newPhrases([]string{
		"violate", "violated", "violating", "violation", "violations", "breach", "breached", "breaches",
		"breaching", "broke", "broken", "despite the", "flouted",
	}, nil)
	proposedCeasefireCues = newPhrases([]string{
		"proposed", "propose", "proposes", "proposal", "called for", "calls for", "call for", "urged", "urges",
		"urge", "hoped", "hopes", "hope", "push for", "pushed for", "pushing for", "seek", "seeks", "sought",
		"seeking", "want", "wants", "demand", "demanded", "demands", "offered", "offer", "offers", "strike a deal",
		"could", "should", "negotiate", "negotiating", "negotiations on", "talks on", "appeal", "appealed",
		"efforts", "working on", "aims at", "aimed at", "aims to", "possible", "potential", "to reach", "plan",
		"plans", "pressing for", "press for", "mediate", "mediating", "rejected", "rejects",
	}, nil)
	agreedCues = newPhrases([]string{
		"agreed", "agree", "agrees", "agreement", "reached", "signed", "sign", "announced", "brokered", "accepted",
		"declared", "deal", "struck", "secured", "will begin", "will take effect",
		"will come into", "will enter", "to take effect", "unilateral",
	}, nil)
	// "entered into force" is found as "into force"; extensions are read
	// before these (extensionCues).
	inForceCues = newPhrases([]string{
		"in force", "took effect", "takes effect", "came into effect", "went into effect",
		"holding", "held", "in place", "since", "observing", "observed", "fragile", "existing", "current",
		"regime", "implementing", "implementation", "implement", "into force", "guarantors of", "guarantor of",
	}, nil)
	nationwide    = newPhrases([]string{"nationwide", "countrywide", "across the country", "throughout the country", "nation-wide"}, nil)
	extensionCues = newPhrases([]string{"extend", "extended", "extension", "extending", "prolong", "prolonged"}, nil)
	guarantorCues = newPhrases([]string{"guarantor", "guarantors", "guaranteed by", "brokered by", "mediated by", "mediators",
		"country-guarantors", "guarantor countries", "guarantor states", "guarantor nations"}, nil)
	startCues     = newWordSet("from", "as", "starting", "effective", "beginning", "at", "begin", "begins", "start", "starts")
	endCues       = newWordSet("until", "till", "through", "to", "expires", "expire")
	permanentCues = newPhrases([]string{"permanent", "lasting", "durable", "indefinite", "comprehensive and lasting"}, nil)
)

// ceasefireExtractor finds truces and their status, area, parties and
// start.
type ceasefireExtractor struct{}

// Name implements Extractor.
func (ceasefireExtractor) Name() string { return "ceasefire" }

type ceasefireCand struct {
	model.Ceasefire
	cued    bool // the status came from a cue, not the default
	wide    bool // the area is a whole country
	heading bool // told in a headline or subheading
	// loose marks an area read from elsewhere in the sentence ("Petro,
	// who traveled to Cuba, hailed the ceasefire"): it yields to any other.
	loose bool
	// nationwide is set for a truce "applicable nationwide": its area is
	// the country of the state that is party to it.
	nationwide bool
}

// Extract implements Extractor.
func (ceasefireExtractor) Extract(ctx context.Context, a *Analysis, r *model.Report) error {
	var outBuf [4]ceasefireCand // an article has few truces
	out := outBuf[:0]
	for si := range a.Sentences {
		if si%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if !a.mayHold(si, ceasefireTriggers) {
			continue // most sentences, passed over before being copied
		}
		s := a.Sentences[si]
		if a.isTeaser(s) {
			continue
		}
		trig, trigEnd, _ := ceasefireTriggers.find(a, s.First, s.End)
		if trig < 0 || notCeasefire.has(a, trig, min(s.End, trig+3)) {
			continue
		}
		c := a.ceasefireIn(s, trig, trigEnd)
		out = a.mergeCeasefire(out, c)
	}
	r.Ceasefires = slices.Grow(r.Ceasefires, len(out))
	for _, c := range out {
		r.Ceasefires = append(r.Ceasefires, c.Ceasefire)
	}
	return nil
}

func (a *Analysis) ceasefireIn(s Sentence, trig, trigEnd int) ceasefireCand {
	c := ceasefireCand{heading: s.Heading}
	c.Evidence = a.Span(s.Span.Start, s.Span.End)
	c.Area, c.wide, c.loose = a.areaNear(s, trig, trigEnd)
	from, to := max(s.First, trig-10), min(s.End, trigEnd+6)
	after := trigEnd
	if after < s.End && (a.norm(after) == "agreement" || a.norm(after) == "deal") {
		after++ // "the ceasefire agreement" names the truce; it does not say it was agreed
	}
	c.cued = true
	near := func(p *phrases) bool { return p.has(a, from, trig) || p.has(a, after, to) }
	switch {
	case near(endedCues):
		c.Status = model.Ended
	case near(violatedCues):
		c.Status = model.Violated
	case near(proposedCeasefireCues):
		c.Status = model.ProposedCeasefire
	case guarantorCues.has(a, max(s.First, trig-4), trig), extensionCues.has(a, from, to):
		c.Status = model.InForce // guarantors and extensions speak of a truce already running
	case near(agreedCues):
		c.Status = model.Agreed
	case near(inForceCues):
		c.Status = model.InForce
	default:
		c.Status, c.cued = model.InForce, false
	}
	day := a.Anchor.Day
	c.Parties = []model.Actor{}
	// The actors are listed on the stack: countries copies what it keeps.
	var rb, rb2 [8]actorRef
	compound, with := a.compoundParties(trig), a.withAfter(trigEnd, s.End)
	switch k := a.indexNorm(trigEnd, min(s.End, trigEnd+4), "between"); {
	case k >= 0:
		c.Parties = countries(a.actors(rb[:0], k+1, a.clauseEnd(k+1, s.End), day), a)
	case len(compound) >= 2:
		c.Parties = compound // "the Israel-Lebanon ceasefire"
	case c.Status == model.Agreed || c.Status == model.ProposedCeasefire:
		c.Parties = countries(a.actors(rb[:0], s.First, s.End, day), a)
	case c.Status == model.Violated && a.indexNorm(s.First, trig, "each") >= 0 && a.indexNorm(s.First, trig, "other") >= 0:
		// "Russia and Ukraine accused each other of violating the truce"
		c.Parties = countries(a.actors(rb[:0], s.First, a.indexNorm(s.First, trig, "each"), day), a)
	case with >= 0:
		// "Lebanon would extend a ceasefire agreement with Israel"
		rs := a.actors(rb[:0], s.First, trig, day)
		c.Parties = countries(append(rs, a.actors(rb2[:0], with+1, a.clauseEnd(with+1, s.End), day)...), a)
	}
	if g, gEnd, _ := guarantorCues.find(a, s.First, s.End); g >= 0 {
		var rs []actorRef
		if a.norm(g) == "guarantor" || a.norm(g) == "guarantors" || a.norm(g) == "mediators" {
			rs = a.actors(rb[:0], s.First, g, day)
		} else {
			rs = a.actors(rb[:0], gEnd, a.clauseEnd(gEnd, s.End), day)
		}
		c.Guarantors = countries(rs, a)
		c.Parties = without(c.Parties, c.Guarantors)
	}
	c.nationwide = nationwide.has(a, s.First, s.End)
	c.Start, c.End = a.startEnd(s)
	c.Permanent = permanentCues.has(a, s.First, s.End)
	return c
}

// withAfter returns the index of a "with" right after a truce ("a
// ceasefire agreement with Israel"), or -1.
func (a *Analysis) withAfter(trigEnd, end int) int {
	for k := trigEnd; k < end && k < trigEnd+3; k++ {
		switch a.norm(k) {
		case "with":
			return k
		case "agreement", "deal", "accord", "pact":
		default:
			return -1
		}
	}
	return -1
}

// sameDay reports whether the instant of t falls within the day d covers.
func sameDay(d, t *model.Date) bool {
	return !d.From.IsZero() && !t.From.IsZero() && !t.From.Before(d.From) && t.From.Before(d.To)
}

// compoundParties returns the countries and groups joined by hyphens in
// the token just before the trigger at trig: "the Israel-Lebanon truce".
func (a *Analysis) compoundParties(trig int) []model.Actor {
	if trig == 0 || !strings.Contains(a.norm(trig-1), "-") {
		return nil
	}
	var rs []actorRef
	for _, m := range a.MentionsIn(trig-1, trig) {
		switch m.Kind {
		case MentionCountry, MentionDemonym:
			rs = append(rs, a.countryActor(m.Entry.Country, m.First, m.End))
		case MentionGroup:
			rs = append(rs, actorRef{Actor: model.Actor{Name: m.Entry.Name, Country: m.Entry.Country}, First: m.First, End: m.End})
		}
	}
	return countries(rs, a)
}

// startWords, a few words before a date, make it the start of a truce:
// "took effect on Nov. 27", "will enter into force on August 3".
var startWords = newWordSet(
	"effect", "effective", "force", "begin", "begins", "began",
	"start", "starts", "started", "from", "starting", "beginning",
	"implemented", "implementation", "as", "since",
)

// startEnd picks the start and end of a truce in sentence s: a clock time
// (moved to the day written after it, see onDay), or a date right after
// one of startCues or a few words after one of startWords; an end right
// after one of endCues ("until").
func (a *Analysis) startEnd(s Sentence) (start, end *model.Date) {
	for _, d := range a.DatesIn(s.Span.Start, s.Span.End) {
		if d.Value == "" || d.Type == model.TypeDuration || d.Type == model.TypeSet {
			continue
		}
		k := a.tokenAt(d.Span.Start)
		var prev wordID
		if k > s.First {
			prev = a.word(k - 1)
			if a.norm(k-1) == "of" && k-2 >= s.First {
				prev = a.word(k - 2)
			}
		}
		switch {
		case endCues.has(prev) && end == nil:
			d := d
			end = &d
		case start == nil && (d.Type == model.TypeTime || startCues.has(prev) || a.wordBefore(k, max(s.First, k-4), startWords)),
			start != nil && start.Type == model.TypeDate && d.Type == model.TypeTime && sameDay(start, &d):
			d := d
			start = &d // "took effect on Saturday at 7 p.m.": the clock time says more
		}
	}
	if start != nil && start.Type == model.TypeTime {
		start = a.onDay(s, start)
	}
	return start, end
}

// zoneWords reports whether the tokens between a clock time and a day
// only name a zone and join them: "Khartoum time on", "local time,".
func (a *Analysis) zoneWords(from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		t := &a.Tokens[k]
		switch n := a.norm(k); {
		case n == "on" || n == "," || n == "time" || n == "local" || n == "(" || n == ")":
		case t.Kind == Word && t.Cap:
		default:
			return false
		}
	}
	return true
}

// onDay moves a clock time to the day written right after it: "at 9:45
// pm Khartoum time on May 22" is 9:45 pm on May 22, whatever day the
// clock time alone was read on.
func (a *Analysis) onDay(s Sentence, t *model.Date) *model.Date {
	after := a.DatesIn(t.Span.End, s.Span.End)
	if len(after) == 0 {
		return t
	}
	d := after[0]
	if d.Type != model.TypeDate || d.Grain != model.Day || d.From.IsZero() || t.From.IsZero() || !a.zoneWords(a.tokenAt(t.Span.End), a.tokenAt(d.Span.Start)) {
		return t
	}
	loc := d.From.Location()
	y, m, dd := t.From.In(loc).Date()
	shift := d.From.Sub(time.Date(y, m, dd, 0, 0, 0, 0, loc))
	if shift == 0 {
		return t
	}
	moved := *t
	moved.From, moved.To = t.From.Add(shift), t.To.Add(shift)
	// The value keeps its form: an instant in UTC, or a wall clock time
	// when its zone is unknown.
	if strings.HasSuffix(t.Value, "Z") {
		moved.Value = moved.From.UTC().Format("2006-01-02T15:04Z")
	} else {
		moved.Value = moved.From.Format("2006-01-02T15:04")
	}
	moved.Span = model.Span{Start: t.Span.Start, End: d.Span.End}
	moved.Text = a.Span(t.Span.Start, d.Span.End).Text
	return &moved
}

// mergeCeasefire adds c to the list, or folds it into the ceasefire it
// speaks of again: the same area, or, with no area of its own, the last,
// unless both are firmly between different sides (twoTruces).
func (a *Analysis) mergeCeasefire(list []ceasefireCand, c ceasefireCand) []ceasefireCand {
	for i := len(list) - 1; i >= 0; i-- {
		t := &list[i]
		if c.Area != nil && t.Area != nil && t.Area.Name != c.Area.Name &&
			!(t.Area.Country == c.Area.Country && (t.wide || c.wide) && ceasefireStatusesAgree(t, &c)) {
			continue
		}
		if a.twoTruces(t, &c) {
			continue // "Israel and Hezbollah" and "Thailand and Cambodia"
		}
		if t.heading && !c.heading {
			t.Evidence, t.heading = c.Evidence, false
		}
		if t.Area == nil || c.Area != nil && (t.loose && !c.loose || t.wide && !c.wide && !c.loose) {
			t.Area, t.wide, t.loose = c.Area, c.wide, c.loose
		}
		if !t.cued && c.cued {
			t.Status, t.cued = c.Status, true
		}
		if len(t.Parties) == 0 {
			t.Parties = c.Parties
		}
		if len(t.Guarantors) == 0 {
			t.Guarantors = c.Guarantors
		}
		if t.Start == nil {
			t.Start = c.Start
		}
		if t.End == nil {
			t.End = c.End
		}
		t.Permanent = t.Permanent || c.Permanent
		t.nationwide = t.nationwide || c.nationwide
		a.nationalArea(t)
		return list
	}
	if c.Area == nil && len(c.Parties) == 0 && c.Start == nil {
		return list
	}
	a.nationalArea(&c)
	return append(list, c)
}

// nationalArea makes the area of a nationwide truce the country of its
// state party.
func (a *Analysis) nationalArea(c *ceasefireCand) {
	if !c.nationwide || c.Area != nil && !c.loose && !c.wide {
		return
	}
	for _, p := range c.Parties {
		if e, ok := a.Lexicon.Country(p.Country); ok && p.Role == "" && e.Name == p.Name {
			c.Area, c.wide, c.loose = a.countryPlace(p.Country), true, false
			return
		}
	}
}

// twoTruces reports whether two truces said to be agreed or in force are
// between different sides: each has two parties or more, and they share
// none. Parties read from a proposal or a single name are too loose a
// sign (a mediator, a helper named in the sentence).
func (a *Analysis) twoTruces(t, c *ceasefireCand) bool {
	firm := func(x *ceasefireCand) bool {
		return len(x.Parties) >= 2 && x.cued && x.Status != model.ProposedCeasefire
	}
	return firm(t) && firm(c) && !shareActor(t.Parties, c.Parties)
}

// shareActor reports whether two lists of parties name one actor, or
// actors of one country.
func shareActor(x, y []model.Actor) bool {
	for _, p := range x {
		for _, q := range y {
			if p.Name == q.Name || p.Country != "" && p.Country == q.Country {
				return true
			}
		}
	}
	return false
}

// ceasefireStatusesAgree reports whether two mentions can be of one truce
// by their status: the same, one read by default, or in force and broken.
func ceasefireStatusesAgree(t, c *ceasefireCand) bool {
	if t.Status == c.Status || !t.cued || !c.cued {
		return true
	}
	live := func(s model.CeasefireStatus) bool { return s == model.InForce || s == model.Violated }
	return live(t.Status) && live(c.Status)
}

// wordBefore reports whether one of words stands in tokens [lo, k).
func (a *Analysis) wordBefore(k, lo int, words wordSet) bool {
	for j := k - 1; j >= lo; j-- {
		if words.has(a.word(j)) {
			return true
		}
	}
	return false
}

// without returns list less the actors named in drop.
func without(list, drop []model.Actor) []model.Actor {
	out := list[:0:0]
	for _, x := range list {
		if !named(drop, x.Name) {
			out = append(out, x)
		}
	}
	return out
}

func (a *Analysis) indexNorm(from, to int, n string) int {
	for k := from; k < to; k++ {
		if a.norm(k) == n {
			return k
		}
	}
	return -1
}
