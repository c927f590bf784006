package dates

import (
	"sync"
	"time"

	"github.com/dipnews/diplomacy/model"
)

// Direction decides which way a relative expression with no cue of its own
// ("Thursday", "in December") points from the anchor.
type Direction int

const (
	// News is the default: the most recent occurrence on or before the
	// anchor, unless the verb or a cue looks forward ("will meet on
	// Thursday", "next month"). A day of a month with no year ("March 15")
	// is the coming one if it falls within about three months after the
	// anchor, else the latest one on or before it; so is a month alone
	// ("in January") when no verb tells its way, while a day or a month
	// that ends a span of time ("until January") or follows an
	// infinitive ("agreed to meet in January") is the nearer of the two,
	// and "since January" looks back; quarters and halves
	// ("the third quarter") look back whatever the verb, which tells
	// when results are reported rather than which period they cover.
	News Direction = iota
	// Past always takes the most recent occurrence on or before the anchor.
	Past
	// Future always takes the next occurrence on or after the anchor.
	Future
	// Nearest takes the occurrence closest to the anchor.
	Nearest
)

// Option configures a Finder.
type Option func(*Finder)

// WithDirection sets the rule for expressions with no cue of their own.
func WithDirection(d Direction) Option { return func(f *Finder) { f.dir = d } }

// Finder finds and resolves temporal expressions. A Finder is safe for
// concurrent use.
type Finder struct {
	dir Direction
}

// New returns a Finder.
func New(opts ...Option) *Finder {
	f := &Finder{}
	for _, o := range opts {
		o(f)
	}
	return f
}

// scratch holds the state of one call to Find, reused across calls: the
// scanner, which would else be allocated each time (the rules, called
// through function values, make it escape), the tokens, their cues, the
// text in lower case and the dates found, which Find and AppendFind copy
// out at the end.
type scratch struct {
	s    scanner
	toks []token
	cues []int8
	low  []byte
	out  []model.Date
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// grow readies the tokens for a text of n bytes and returns them, empty.
func (sc *scratch) grow(n int) []token {
	if m := n/3 + 16; cap(sc.toks) < m {
		// News text has a token every four or five bytes.
		sc.toks = make([]token, 0, m)
	}
	return sc.toks[:0]
}

// Find returns every temporal expression in text, in text order, resolved
// against a. Spans are byte offsets into text.
func (f *Finder) Find(text string, a Anchor) []model.Date {
	sc := f.scan(text, a)
	defer sc.release()
	out := make([]model.Date, len(sc.out))
	copy(out, sc.out)
	return out
}

// AppendFind appends every temporal expression in text to dst, in text
// order, resolved against a, and returns the extended list, as append
// does. Spans are byte offsets into text. A caller that reads text after
// text can give back the same list each time and so allocate none.
func (f *Finder) AppendFind(dst []model.Date, text string, a Anchor) []model.Date {
	sc := f.scan(text, a)
	defer sc.release()
	return append(dst, sc.out...)
}

// scan finds the dates of text in a scratch from the pool, which the
// caller copies them out of and then releases.
func (f *Finder) scan(text string, a Anchor) *scratch {
	sc := scratchPool.Get().(*scratch)
	s := sc.begin(f, text)
	s.a = a
	if cap(sc.cues) < len(s.toks) {
		sc.cues = make([]int8, len(s.toks), cap(s.toks))
	}
	s.cues = sc.cues[:len(s.toks)]
	clear(s.cues)
	s.loc = time.UTC
	if a.Known() {
		s.loc = a.Day.Location()
		y, m, d := a.Day.Date()
		s.day = midnight(y, m, d, s.loc)
	}
	s.out = sc.out[:0]
	s.run()
	sc.out = s.out
	*s = scanner{}
	return sc
}

// begin readies the scanner of sc to read text for f: the text in lower
// case and its tokens, in the scratch's room.
func (sc *scratch) begin(f *Finder, text string) *scanner {
	s := &sc.s
	*s = scanner{f: f, text: text}
	if cap(sc.low) < len(text) {
		sc.low = make([]byte, len(text))
	}
	low := sc.low[:len(text)]
	s.toks = tokenize(text, low, sc.grow(len(text)))
	s.words = view(low)
	sc.toks = s.toks
	return s
}

// release returns sc to the pool, keeping no text nor date alive.
func (sc *scratch) release() {
	clear(sc.out)
	sc.out = sc.out[:0]
	scratchPool.Put(sc)
}

// scanner is the state of one call to Find.
type scanner struct {
	f    *Finder
	text string
	a    Anchor
	toks []token
	// words is text with its ASCII letters in lower case, at the
	// offsets of the tokens: what lies between them is not to be read
	// (see tokenize). In Find it shares the bytes of a buffer used
	// again by later calls: no word read from it may be kept in a
	// result.
	words string
	loc   *time.Location
	day   time.Time // the anchor day, zero when unknown
	out   []model.Date
	// last is the resolved day of the latest date found, and lastEnd the
	// token just past it, for a clock time that follows it ("Thursday at
	// 10 p.m.") and a shift that refers to it ("a year earlier").
	last    res
	lastEnd int
	// topic is the latest quarter, half or month named, and topicEnd the
	// token just past it: the period a report is about, which "a year
	// ago" and "the year-earlier period" refer back to.
	topic    res
	topicEnd int
	// cues holds, for each token, cueAt's leaning plus one, or 0 when
	// not yet worked out; it is empty outside Find.
	cues []int8
	// leaning is lean's latest answer, for the tokens [i, j) where
	// leanFor is {i+1, j}: zero before the first.
	leanFor [2]int
	leaning int
}

// triggers are the classes that can start an expression: those of words
// and cStart, that of numbers and quotation marks.
const triggers = cMonth | cWeekday | cWeekdays | cDayWord | cNumber | cOrdinal | cClockWord | cSeason | cRel |
	cRef | cApprox | cEdge | cSetWord | cEvery | cVague | cThe | cLead | cHoliday | cUnit | cUnits | cThat | cStart

// run reads the tokens left to right and, at each one that can start an
// expression, keeps the longest match and goes on after it.
func (s *scanner) run() {
	toks := s.toks
	for i := 0; i < len(toks); {
		// Most tokens are words and marks that start nothing, passed
		// over in a loop of their own, with no call and one test each.
		for i < len(toks) && toks[i].w.c&triggers == 0 {
			i++
		}
		if i == len(toks) {
			break
		}
		// A quotation mark starts something only before a number
		// ("the '90s"): the one of a possessive ("Syria’s") is passed
		// over.
		if toks[i].kind == kPunct && s.tok(i+1).kind != kNum {
			i++
			continue
		}
		if s.ruledOut(i) {
			i++
			continue
		}
		j, r, ok := s.match(i)
		if !ok || j <= i {
			i++
			continue
		}
		if s.quotedTitle(i, j) || s.namedToday(i, j) {
			i = j
			continue
		}
		s.emit(i, j, r)
		i = j
	}
}

// emit adds the expression made of tokens [i, j).
func (s *scanner) emit(i, j int, r res) {
	start, end := s.toks[i].start, s.toks[j-1].end
	txt := validText(s.text[start:end])
	d := model.Date{Text: txt, Type: r.typ, Value: r.value, Grain: r.grain, From: writable(r.from), To: writable(r.to), Mod: r.mod,
		Span: model.Span{Start: start, End: end}}
	if r.grain != model.GrainNone {
		// "3000 years ago" from 2020: a year TIMEX3 cannot write.
		if y, _, _ := dateOf(r.from); y < 1 || y > 9999 || r.from.IsZero() {
			d.Value = ""
		}
	}
	if d.Value == "" {
		d.Grain, d.From, d.To = model.GrainNone, time.Time{}, time.Time{}
	}
	s.out = append(s.out, d)
	if r.grain != model.GrainNone && d.Value != "" && r.typ == model.TypeDate {
		s.last, s.lastEnd = r, j
		if periodGrain(r.grain) && !r.anaphor && s.newTopic(r, i) {
			s.topic, s.topicEnd = r, j
		}
	}
}

// known reports whether relative expressions can be resolved.
func (s *scanner) known() bool { return !s.day.IsZero() }

// tok returns token i, or a blank token past either end.
func (s *scanner) tok(i int) *token {
	// One unsigned comparison tells both ends.
	if uint(i) >= uint(len(s.toks)) {
		return &blank
	}
	return &s.toks[i]
}

var blank = token{kind: kPunct, space: true, brk: true}

// is reports whether token i is the word w (lower case). Most tokens
// asked about are not w, and most of those differ in length from it.
func (s *scanner) is(i int, w string) bool {
	t := s.tok(i)
	return t.kind == kWord && t.end-t.start == len(w) && s.words[t.start:t.end] == w
}

// word returns word token t in lower case.
func (s *scanner) word(t *token) string { return s.words[t.start:t.end] }

// isAny reports whether token i is one of the words ws.
func (s *scanner) isAny(i int, ws ...string) bool {
	t := s.tok(i)
	if t.kind != kWord {
		return false
	}
	w := s.words[t.start:t.end]
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// punct reports whether token i is the character c.
func (s *scanner) punct(i int, c rune) bool {
	t := s.tok(i)
	return t.kind == kPunct && t.ch == c
}

// glued reports whether token i follows token i-1 with no space between.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].space
}

// has reports whether token i is a word of class c.
func (s *scanner) has(i int, c class) bool {
	t := s.tok(i)
	return t.kind == kWord && t.w.c&c != 0
}

// dot skips a full stop glued to token i-1 (as in "Feb."), returning the
// index after it.
func (s *scanner) dot(i int) int {
	if s.punct(i, '.') && s.glued(i) {
		return i + 1
	}
	return i
}

// hyphen reports whether tokens i-1, i, i+1 are joined by a hyphen
// ("two-year", "mid-March").
func (s *scanner) hyphen(i int) bool {
	return (s.punct(i, '-') || s.punct(i, '‐') || s.punct(i, '–')) && s.glued(i) && s.glued(i+1)
}
