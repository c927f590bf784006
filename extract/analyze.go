package extract

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/model"
)

// Analyze reads text once for all extractors: tokens, sentences, mentions
// of the lexicon's entries, the dateline and every temporal expression,
// resolved against the dateline or, failing that, the publication date.
// published may be zero when unknown.
//
// Analyze reads the whole text as one part, however long; AnalyzeParts
// reads a long text part by part, in bounded memory.
func Analyze(ctx context.Context, text string, published time.Time, lex *Lexicon, f *dates.Finder) (*Analysis, error) {
	var d document
	d.init(text, published, lex, f, len(text))
	return d.analyze(ctx, 0, len(text), true)
}

// document is what the parts of one text share: the dateline, the anchor
// day and the zone of the text, read once from its start, and the count
// of lines before the part being read.
type document struct {
	text      string
	published time.Time
	lex       *Lexicon
	f         *dates.Finder
	// head is the end of the first part: the text the anchor is read from.
	head int
	// dateline0 is the dateline read, when hasDateline; kept by value, so
	// that a document on the stack needs no allocation for it.
	dateline0   dates.Dateline
	hasDateline bool
	// place and home are the dateline's place and its zone, when the
	// lexicon knows it.
	place *model.Place
	home  *time.Location
	// day0 is the anchor day in the dateline place's zone, known before
	// the mentions are: it tells namesakes apart. date0 is the dateline's
	// date resolved with it.
	day0  time.Time
	date0 *model.Date
	// Set by the first part.
	anchored bool
	day      time.Time
	fallback *time.Location
	dateline *model.Dateline
	// lines is the index of the first line of the next part.
	lines int
	// buf holds the analysis and lists of the part before, whose room the
	// next part reuses: nothing keeps a part's analysis (see AnalyzeParts).
	buf *buffers
}

// buffers are an analysis and its lists, whose room is reused.
type buffers struct {
	analysis  Analysis
	tokens    []Token
	cues      []uint64
	sentCues  []uint64
	blockCues []uint64
	sentences []Sentence
	mentions  []Mention
	// dates holds the dates of a part after the first.
	dates []model.Date
	// folded and tail hold the folded forms of the tokens (see Tokens),
	// which Norm returns strings of.
	folded, tail []byte
	// stops and breaks hold the stops and line breaks of the tokens (see
	// Tokens).
	stops, breaks []int
}

// init readies d for text, whose first part ends at head.
func (d *document) init(text string, published time.Time, lex *Lexicon, f *dates.Finder, head int) {
	*d = document{text: text, published: published, lex: lex, f: f, head: head}
	if dl, ok := findDateline(text); ok {
		d.dateline0, d.hasDateline = dl, true
		if e, found := lex.Lookup(dl.Place); found && dl.Place != "" {
			d.place = &model.Place{Name: e.Name, Country: e.Country}
			d.home = e.Zone
		}
	}
	d.day0, d.date0 = dates.ResolveAnchor(d.dl(), text[:head], published, d.home)
}

// dl returns the text's dateline, nil if it has none.
func (d *document) dl() *dates.Dateline {
	if !d.hasDateline {
		return nil
	}
	return &d.dateline0
}

// analyze reads the part text[start:end]; last is set for the part that
// ends the text. Offsets and spans are into the whole text.
func (d *document) analyze(ctx context.Context, start, end int, last bool) (*Analysis, error) {
	text := d.text
	buf := d.buf
	if buf == nil {
		buf = new(buffers)
	}
	a := &buf.analysis
	*a = Analysis{Text: text, Lexicon: d.lex, PartStart: start, PartEnd: end}
	toks := tokenizePart(buf, text, start, end)
	a.Tokens, a.folded, a.tail, a.base = toks.List, toks.folded, toks.tail, toks.base
	a.cues = cuesOf(buf.cues, a.Tokens)
	a.blockCues = blockCuesOf(buf.blockCues, a.cues)
	a.Sentences = sentencesInto(buf.sentences, text, toks)
	a.sentenceCues = sentenceCuesOf(buf.sentCues, a.cues, a.Sentences)
	if d.lines > 0 {
		for i := range a.Sentences {
			a.Sentences[i].Line += d.lines
		}
	}
	if n := len(a.Sentences); n > 0 {
		d.lines = a.Sentences[n-1].Line + 1
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a.Mentions = d.lex.matchInto(buf.mentions, text, toks, d.day0)
	if d.buf != nil {
		d.buf.cues, d.buf.sentences, d.buf.mentions = a.cues, a.Sentences, a.Mentions
		d.buf.sentCues, d.buf.blockCues = a.sentenceCues, a.blockCues
	}
	// Each stage reads the whole part: on a large one, a cancellation is
	// seen between them.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !d.anchored {
		// The mentions tell the zone of an article with no dateline place.
		d.anchored = true
		d.fallback = a.mainZone(d.home)
		var date *model.Date
		d.day, date = d.day0, d.date0
		if d.fallback != d.home {
			// The anchor is resolved again, in the zone of the place the
			// article names most.
			d.day, date = dates.ResolveAnchor(d.dl(), text[:d.head], d.published, d.fallback)
		}
		if dl := d.dl(); dl != nil {
			d.dateline = &model.Dateline{Place: d.place, Date: date, Agency: dl.Agency, Span: a.Span(dl.Span.Start, dl.Span.End)}
		}
	}
	a.Dateline = d.dateline
	a.Anchor.Day = d.day
	if !d.day.IsZero() {
		a.civilDay = civil(d.day)
	}
	a.Anchor.ZoneAt = a.localZone(d.fallback)
	a.Dates = d.find(a.Anchor, start, end)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a.Mentions = a.withSurnames(a.withNamedPeople(a.outsideDates(a.Mentions)))
	if last {
		a.markTail()
	}
	return a, ctx.Err()
}

// find returns the temporal expressions of text[start:end], with their
// spans into the whole text.
func (d *document) find(an dates.Anchor, start, end int) []model.Date {
	if start > 0 && an.ZoneAt != nil {
		zoneAt := an.ZoneAt
		an.ZoneAt = func(off int) *time.Location { return zoneAt(start + off) }
	}
	var ds []model.Date
	if start == 0 || d.buf == nil {
		// The first part's list is the report's (see NewReport).
		ds = d.f.Find(d.text[start:end], an)
	} else {
		// A later part's dates are copied to the report's list: they are
		// found in room that the next part reuses.
		ds = d.f.AppendFind(d.buf.dates[:0], d.text[start:end], an)
		d.buf.dates = ds
	}
	if start > 0 {
		for i := range ds {
			ds[i].Span.Start += start
			ds[i].Span.End += start
		}
	}
	return ds
}

// outsideDates drops the mentions that are part of a temporal expression
// or name a clock's zone: "Moscow" in "6 pm Moscow time" names a zone,
// not a place of the story.
func (a *Analysis) outsideDates(ms []Mention) []Mention {
	// Mentions and dates both come in text order: one walk finds, for each
	// mention, the first date that ends after its start. A mention is
	// moved only once one before it was dropped: most never are.
	n, j := 0, 0
	for i := range ms {
		m := &ms[i]
		for j < len(a.Dates) && a.Dates[j].Span.End <= m.Span.Start {
			j++
		}
		inDate := j < len(a.Dates) && a.Dates[j].Span.Start <= m.Span.Start
		if inDate || m.End < len(a.Tokens) && a.word(m.End) == wTime {
			continue
		}
		if n != i {
			ms[n] = *m
		}
		n++
	}
	return ms[:n]
}

// markTail marks as headings the lines after the article's last sentence:
// the headlines of other stories that pages append.
func (a *Analysis) markTail() {
	last := -1
	for i, s := range a.Sentences {
		if !s.Heading {
			last = i
		}
	}
	for i := last + 1; i < len(a.Sentences); i++ {
		a.Sentences[i].Tail = true
	}
}

// mainZone returns home, or when it is nil the zone of the places the
// article names most.
func (a *Analysis) mainZone(home *time.Location) *time.Location {
	if home != nil {
		return home
	}
	counts := map[*time.Location]int{}
	best := 0
	for _, m := range a.Mentions {
		if z := m.Entry.Zone; z != nil && (m.Kind == MentionPlace || m.Kind == MentionCountry) {
			counts[z]++
			if counts[z] > best {
				best, home = counts[z], z
			}
		}
	}
	return home
}

// localZone returns the function that gives the zone of the place a sentence
// is about: the first place named in it with a known zone, else fallback,
// the zone of the dateline's place or of the place the article names most.
func (a *Analysis) localZone(fallback *time.Location) func(int) *time.Location {
	return func(off int) *time.Location {
		si := a.SentenceAt(off)
		if si >= 0 {
			s := a.Sentences[si]
			for _, m := range a.MentionsIn(s.First, s.End) {
				if z := m.Entry.Zone; z != nil && (m.Kind == MentionPlace || m.Kind == MentionCountry) {
					return z
				}
			}
		}
		return fallback
	}
}

// SentenceAt returns the index of the sentence containing the byte offset
// off, or -1.
func (a *Analysis) SentenceAt(off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].Span.End > off })
	if i < len(a.Sentences) && a.Sentences[i].Span.Start <= off {
		return i
	}
	return -1
}

// MentionsIn returns the mentions whose tokens lie within [first, end).
func (a *Analysis) MentionsIn(first, end int) []Mention {
	lo := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].First >= first })
	hi := lo
	for hi < len(a.Mentions) && a.Mentions[hi].End <= end {
		hi++
	}
	return a.Mentions[lo:hi]
}

// DatesIn returns the temporal expressions that lie within the byte range
// [start, end).
func (a *Analysis) DatesIn(start, end int) []model.Date {
	lo := sort.Search(len(a.Dates), func(i int) bool { return a.Dates[i].Span.Start >= start })
	hi := lo
	for hi < len(a.Dates) && a.Dates[hi].Span.End <= end {
		hi++
	}
	return a.Dates[lo:hi]
}

// Span returns the span of text[start:end], with its text.
func (a *Analysis) Span(start, end int) model.Span {
	return model.Span{Start: start, End: end, Text: spanText(a.Text[start:end])}
}

// NewReport returns an empty report for a, with its dateline and dates.
// For a text's first part (or its only one), the report takes a's list of
// dates, not a copy: the list is the Finder's, made for this analysis
// alone. A later part's list lies in room the next part reuses, and is
// copied.
func NewReport(a *Analysis) *model.Report {
	ds := a.Dates
	if a.PartStart > 0 {
		ds = slices.Clone(ds)
	}
	if ds == nil {
		ds = []model.Date{}
	}
	return &model.Report{
		Dateline:   a.Dateline,
		Meetings:   []model.Meeting{},
		Ceasefires: []model.Ceasefire{},
		Zones:      []model.Zone{},
		Patrols:    []model.Patrol{},
		Dates:      ds,
		Other:      []model.Other{},
	}
}

// datelineLines bounds the lines searched for a dateline: pages put
// headlines, bylines and menus before it.
const datelineLines = 8

// paragraphLen is the length past which a line is a paragraph of the
// story rather than a headline, a byline or a menu: a dateline opens the
// story, so none is looked for below its first paragraph.
const paragraphLen = 240

// findDateline returns the first dateline that opens one of the first
// lines of text, with its spans made relative to text. A line that is a
// date alone lends its date to a dateline that has none.
func findDateline(text string) (dates.Dateline, bool) {
	// dateOnly is kept by value: a pointer to the line's dateline would
	// move every line's to the heap.
	var dateOnly dates.Dateline
	hasDateOnly := false
	off, parsed := 0, -1
	for n := 0; n < datelineLines && off < len(text); n++ {
		// ParseDateline skips blank lines: after one, it reads the line
		// it read last, to the same result.
		if at := len(text) - len(strings.TrimLeft(text[off:], " \t\r\f\v\n")); at != parsed {
			parsed = at
			if dl, ok := dates.ParseDateline(text[off:]); ok {
				shiftDateline(&dl, off)
				if dl.Place != "" {
					if dl.Month == 0 && hasDateOnly {
						dl.Year, dl.Month, dl.Day, dl.DateSpan = dateOnly.Year, dateOnly.Month, dateOnly.Day, dateOnly.DateSpan
					}
					return dl, true
				}
				if !hasDateOnly {
					dateOnly, hasDateOnly = dl, true
				}
			}
		}
		nl := strings.IndexByte(text[off:], '\n')
		if nl < 0 || nl > paragraphLen {
			break
		}
		off += nl + 1
	}
	if hasDateOnly {
		return dateOnly, true
	}
	return dates.Dateline{}, false
}

func shiftDateline(dl *dates.Dateline, off int) {
	for _, sp := range []*model.Span{&dl.Span, &dl.PlaceSpan, &dl.DateSpan} {
		if sp.End > 0 {
			sp.Start += off
			sp.End += off
		}
	}
}
