package dates

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dipnews/diplomacy/model"
)

// Dateline is the opening line of an agency report, as in
// "MOSCOW, Feb. 8 (Xinhua) --" or "ANKARA (Reuters) -".
type Dateline struct {
	// Span covers the whole dateline, separator included.
	Span model.Span
	// Place is the place as written ("MOSCOW"), PlaceSpan where. A region
	// after a comma ("Sochi, Russia") is not part of Place.
	Place     string
	PlaceSpan model.Span
	Agency    string
	// Year, Month and Day are the date as written; zero where absent.
	Year  int
	Month time.Month
	Day   int
	// Weekday is the stated weekday, if HasWeekday.
	Weekday    time.Weekday
	HasWeekday bool
	// DateSpan covers the date as written, if any.
	DateSpan model.Span
}

// maxDateline bounds the bytes read for a dateline: they are short.
const maxDateline = 160

// ParseDateline reads the dateline at the start of text (after white
// space). It knows the agency forms "MOSCOW, Feb. 8 (Xinhua) --",
// "ANKARA (Reuters) -", "Sochi, Russia, Oct. 22 (AP) —", "BEIRUT: ",
// "MOSCOW, February 8. /TASS/." and a date standing alone on its line
// above the text, "Thursday, March 5, 2020". A place in capitals
// needs only a separator; a place in ordinary case needs a date or an
// agency too, so that a headline is not taken for a dateline. A stated
// weekday that disagrees with a full date makes the line no dateline. It
// reports false when text does not open with one.
func ParseDateline(text string) (Dateline, bool) {
	// The dateline is the first line with text on it; head keeps the
	// white space before it so that offsets stay those of text.
	start := 0
	for start < len(text) && (byteClass[text[start]] == bSpace || byteClass[text[start]] == bLine) {
		start++
	}
	head := text[:min(len(text), start+maxDateline)]
	if i := strings.IndexByte(head[start:], '\n'); i >= 0 {
		head = head[:start+i]
	}
	if start < len(head) && noDateline(head[start:]) {
		return Dateline{}, false
	}
	// The scanner, its tokens and the line in lower case are those of a
	// scratch, as in Find.
	sc := scratchPool.Get().(*scratch)
	s := sc.begin(&plainFinder, head)
	s.loc = time.UTC
	d, ok := s.dateline(text)
	// The scratch keeps no text alive.
	*s = scanner{}
	scratchPool.Put(sc)
	return d, ok
}

// plainFinder is a Finder with no options, for the scanner of
// ParseDateline.
var plainFinder Finder

// dateline reads the dateline that the tokens of s, the head of text,
// open with.
func (s *scanner) dateline(text string) (Dateline, bool) {
	if len(s.toks) == 0 {
		return Dateline{}, false
	}
	var d Dateline
	if k, ok := s.datelineDate(0, &d); ok {
		// A date alone heads the report below it: it ends its line or
		// is set off by a separator, and some text follows. "Feb. 28 was
		// calm" is a sentence, and a date with nothing after it dates
		// nothing.
		sep := s.separator(k)
		d.Span = s.span(0, sep)
		if sep == k && k < len(s.toks) || strings.TrimSpace(text[d.Span.End:]) == "" {
			return Dateline{}, false
		}
		return d, true
	}
	k := s.place(0)
	if k == 0 {
		return Dateline{}, false
	}
	d.PlaceSpan = s.span(0, k)
	d.Place = d.PlaceSpan.Text
	caps := allCaps(d.Place)
	for s.punct(k, ',') {
		if j, ok := s.datelineDate(k+1, &d); ok {
			k = j
			break
		}
		j := s.place(k + 1)
		if j == k+1 {
			break
		}
		k = j
	}
	k, d.Agency = s.agency(k)
	end := s.separator(k)
	switch {
	case end == k && d.Agency == "":
		return Dateline{}, false
	case !caps && d.Agency == "" && d.Month == 0:
		return Dateline{}, false
	}
	d.Span = s.span(0, end)
	return d, true
}

// noDateline reports whether line, which does not start with white
// space, can be seen to be no dateline from its first bytes and its
// marks, without the cost of reading its words: most lines tried are
// none. A date needs a digit, and an agency a '(' or a '/'.
func noDateline(line string) bool {
	switch c := line[0]; {
	case c < utf8.RuneSelf && byteClass[c] == bOther:
		// A mark starts neither a place nor a date.
		return true
	case c-'a' < 26:
		// A word in lower case is no place, and a date has a day.
		return !hasMark(line)
	case c-'A' < 26 && len(line) > 1 && line[1]-'a' < 26:
		// A place with a lower-case letter needs a date or an agency.
		return !hasMark(line)
	}
	return false
}

// hasMark reports whether s has a digit, a '(' or a '/', eight bytes at
// a time.
func hasMark(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// '/' comes right before the digits.
		if x := load8(s[i : i+8]); inRange(x, '/', '9')|inRange(x, '(', '(') != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c-'/' <= '9'-'/' || c == '(' {
			return true
		}
	}
	return false
}

// agency reads the agency after a dateline's place and date, as in
// "(Xinhua)" or TASS's ". /TASS/.", returning the index after it.
func (s *scanner) agency(k int) (int, string) {
	open, shut := '(', ')'
	start := k
	if s.punct(k, '.') && s.punct(k+1, '/') {
		open, shut, k = '/', '/', k+1
	}
	if !s.punct(k, open) {
		return start, ""
	}
	j := k + 1
	for j < len(s.toks) && !s.punct(j, shut) && j-k < 8 {
		j++
	}
	if !s.punct(j, shut) || j == k+1 {
		return start, ""
	}
	name := s.span(k+1, j).Text
	j++
	if open == '/' && s.punct(j, '.') {
		j++
	}
	return j, name
}

// span returns the span of tokens [i, j).
func (s *scanner) span(i, j int) model.Span {
	a, b := s.toks[i].start, s.toks[j-1].end
	return model.Span{Start: a, End: b, Text: validText(s.text[a:b])}
}

// place reads a place name at token k: capitalized words with inner full
// stops, hyphens and apostrophes ("UNITED NATIONS", "St. Petersburg").
// It returns k when there is none.
func (s *scanner) place(k int) int {
	j := k
	for n := 0; n < 5; n++ {
		t := s.tok(j)
		if t.kind != kWord || !t.upper || t.w.c&(cMonth|cWeekday) != 0 && j > k {
			break
		}
		j++
		for s.glued(j) && (s.punct(j, '.') || s.punct(j, '-') || s.punct(j, '\'') || s.punct(j, '/')) {
			j++
			if s.tok(j).kind == kWord && s.glued(j) {
				j++
			}
		}
		if s.tok(j).kind != kWord {
			break
		}
	}
	return j
}

// datelineDate reads "Feb. 8", "8 February", "Thursday, March 5, 2020" at
// token k into d.
func (s *scanner) datelineDate(k int, d *Dateline) (int, bool) {
	i := k
	wd, has := time.Sunday, false
	if s.weekdayTok(k) {
		wd, has = time.Weekday(int(s.tok(k).w.n)), true
		k = s.weekdayEnd(k)
		if s.punct(k, ',') {
			k++
		}
	}
	j, y, m, day, ok := s.monthDay(k)
	if !ok {
		j, y, m, day, ok = s.dayMonth(k)
	}
	if !ok || day == 0 || day > daysIn(max(y, 2000), m) {
		return i, false
	}
	if has && y != 0 && weekdayAt(unixDay(y, m, day)) != wd {
		return i, false
	}
	d.Year, d.Month, d.Day, d.Weekday, d.HasWeekday = y, m, day, wd, has
	d.DateSpan = s.span(i, j)
	return j, true
}

// separator skips the mark that ends a dateline: "--", "-", "—", "–" or
// ":". It returns k when there is none.
func (s *scanner) separator(k int) int {
	t := s.tok(k)
	if t.kind != kPunct {
		return k
	}
	switch t.ch {
	case '-':
		if s.punct(k+1, '-') && s.glued(k+1) {
			return k + 2
		}
		return k + 1
	case '—', '–', ':':
		return k + 1
	}
	return k
}
