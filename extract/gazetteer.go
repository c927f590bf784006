package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dipnews/diplomacy/model"
)

// A form is one spelling of an entry, as the folded words ("parts") it is
// made of: "Ras al-Ain" is ras, al, ain. Matching by parts makes "Jae-in"
// and "Jae in", or "U.S." and "U. S.", the same.
type form struct {
	parts []string
	entry *Entry
	kind  MentionKind
	caps  capsRule
	layer int
	// namesakes lists, when several people share the spelling, all of
	// them, the latest in office first; entry is the first.
	namesakes []*Entry
	// second is the partHash of the second part, when there is one.
	second uint32
}

// at returns the entry f names on day.
func (f *form) at(day time.Time) *Entry {
	if day.IsZero() {
		return f.entry
	}
	for _, e := range f.namesakes {
		if _, ok := e.TermAt(day); ok {
			return e
		}
	}
	return f.entry
}

// capsRule is what a form asks of the case of the text's first word.
type capsRule uint8

const (
	capsNone  capsRule = iota // any case: "foreign minister"
	capsFirst                 // a capital first letter: "Turkey" but not "turkey"
	capsAll                   // all capitals: "US" but not "us" nor "Us"
)

// capsOf returns the rule a spelling sets: a name written with a capital
// matches only capitalised text, an acronym only capitals.
func capsOf(s string) capsRule {
	upper, lower := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case upper >= 2 && lower == 0:
		return capsAll
	case unicode.IsUpper(r):
		return capsFirst
	}
	return capsNone
}

// isPart reports whether c belongs to a word part of folded text. Bytes of
// non-ASCII letters, which folding leaves in Greek, Cyrillic or Arabic
// script, count as letters.
func isPart(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// nameParts splits folded text into its word parts.
func nameParts(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && !isPart(byte(r)) })
}

// formKey returns the key of the forms index for a spelling: its folded
// parts, joined by single spaces.
func formKey(s string) string {
	f := Fold(s)
	if isKey(f) {
		return f // most names, and every canonical office, need no more
	}
	return strings.Join(nameParts(f), " ")
}

// asciiKey returns the key of s (see formKey), written to buf, when s is
// ASCII and its key is s in lower case; ok is false otherwise.
func asciiKey(buf []byte, s string) (key []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, isKey(buf)
}

// isKey reports whether folded text is already a key: parts joined by
// single spaces.
func isKey[T string | []byte](f T) bool {
	for i := 0; i < len(f); i++ {
		if !isPart(f[i]) && (f[i] != ' ' || i == 0 || i == len(f)-1 || f[i-1] == ' ') {
			return false
		}
	}
	return len(f) > 0
}

// pos is a place in the token stream: a token and a byte offset in its
// folded form.
type pos struct{ tok, off int }

// Match finds the names of the lexicon in toks, the tokens of text, and
// returns them in text order. Where names overlap, the longest wins
// ("Foreign Minister Sergey Lavrov" is an office and a person, not
// "Sergey" alone). A name may cover part of a hyphenated token
// ("Russia-Turkey" holds two countries); its Span then covers that part,
// and its First and End the whole token. Span.Text is left empty.
//
// A surname that several people share ("Bush", "Assad") names the one
// who held office last; MatchAt tells them apart by date.
func (l *Lexicon) Match(text string, toks Tokens) []Mention {
	return l.MatchAt(text, toks, time.Time{})
}

// MatchAt is Match for a text about day: a surname that several people
// share names the one in office on day ("Bush" in 1991 is George H. W.
// Bush, in 2003 George W. Bush), or the one who held office last when
// none or day is zero.
func (l *Lexicon) MatchAt(text string, toks Tokens, day time.Time) []Mention {
	return l.matchInto(nil, text, toks, day)
}

// matchInto is MatchAt appending the mentions to buf[:0].
func (l *Lexicon) matchInto(buf []Mention, text string, toks Tokens, day time.Time) []Mention {
	m := matcher{l: l, text: text, toks: toks, day: day, out: buf[:0]}
	if cap(m.out) == 0 {
		// News names an entry every eight tokens or so: sized for that,
		// the list is seldom copied as it grows.
		m.out = make([]Mention, 0, len(toks.List)/8+1)
	}
	for p := (pos{}); p.tok < len(toks.List); {
		if p.off == 0 {
			if p.tok = l.nextCandidate(toks.List, p.tok); p.tok == len(toks.List) {
				break
			}
			if t := &toks.List[p.tok]; t.plain {
				// One part, the whole token, hashed by the tokenizer: no byte
				// to test, no hyphen to seek.
				if forms := l.first.get(t.plainHash(), toks.plainNorm(t)); forms != nil {
					var ok bool
					if p, ok = m.longestPlain(forms, p.tok); ok {
						continue
					}
				}
				p.tok++
				continue
			}
		}
		n := toks.Norm(p.tok)
		if t := &toks.List[p.tok]; t.Kind != Punct {
			end := p.off
			for end < len(n) && isPart(n[end]) {
				end++
			}
			// Inside a token, the case of the part is not at hand: ask as
			// if capitalised, which lets every form through.
			if end > p.off {
				h := partHash(n[p.off:end])
				if l.filter.has(h, t.Cap || p.off > 0) {
					if forms := l.first.get(h, n[p.off:end]); forms != nil {
						if next, ok := m.longest(forms, n, p, end); ok {
							p = next
							continue
						}
					}
				}
			}
		}
		p = nextStart(n, p)
	}
	return m.out
}

// plainNorm is Norm for t, a plain token of ts: its folded form is at
// its own offsets.
func (ts *Tokens) plainNorm(t *Token) string { return ts.folded[t.Start-ts.base : t.End-ts.base] }

// A matcher holds what longest reads besides the place it is asked
// about and the mentions found so far: behind one pointer, they are not
// passed and saved again at each call.
type matcher struct {
	l    *Lexicon
	text string
	toks Tokens
	day  time.Time
	out  []Mention
}

// nextCandidate returns the first of the tokens from k on that may start
// a name, or len(toks): it passes over the punctuation and the plain
// tokens that the filter turns away, most tokens of a text, in a loop
// free of calls, which would make it save and restore its variables at
// each token.
func (l *Lexicon) nextCandidate(toks []Token, k int) int {
	for ; k < len(toks); k++ {
		t := &toks[k]
		if !t.plain {
			if t.Kind != Punct {
				break
			}
			continue
		}
		if l.filter.has(t.plainHash(), t.Cap) {
			break
		}
	}
	return k
}

// nextStart returns where the next name may start after p, in a token
// whose folded form is n: the next hyphenated part of the token, or else
// the next token.
func nextStart(n string, p pos) pos {
	if i := strings.IndexByte(n[p.off:], '-'); i >= 0 && p.off+i+1 < len(n) {
		return pos{p.tok, p.off + i + 1}
	}
	return pos{p.tok + 1, 0}
}

// longestPlain is longest for forms, the forms of the plain token k,
// whose one part ends the token. A form of one part, which most names
// are, needs no more reading: its span is the token's. A form of more
// parts goes on with the next token, whose hash, when it is a plain
// token, turns away most such forms without reading the tokens; the
// forms from the first that the hash lets through are left to longest.
func (m *matcher) longestPlain(forms []*form, k int) (next pos, ok bool) {
	toks := m.toks.List
	t := &toks[k]
	second, plainNext := uint32(0), false
	if k+1 < len(toks) && toks[k+1].plain {
		second, plainNext = toks[k+1].plainHash(), true
	}
	for i, f := range forms {
		if len(f.parts) > 1 {
			if plainNext && f.second != second {
				continue
			}
			n := m.toks.plainNorm(t)
			return m.longest(forms[i:], n, pos{k, 0}, len(n))
		}
		if !m.capsFit(f, t, "", pos{k, 0}) {
			continue
		}
		m.out = append(m.out, Mention{Kind: f.kind, Span: model.Span{Start: t.Start, End: t.End}, First: k, End: k + 1, Entry: m.entryOf(f)})
		return pos{k + 1, 0}, true
	}
	return pos{k, 0}, false
}

// longest appends to m.out the longest of forms, the forms of the part
// starting at p, that the text holds there, in a token whose folded form
// is n and in which the part ends at end, and returns where the next name
// may start. ok is false when no name starts at p.
func (m *matcher) longest(forms []*form, n string, p pos, end int) (next pos, ok bool) {
	toks := &m.toks
	t := &toks.List[p.tok]
	// When the first part ends its token and a plain token follows, a
	// longer form goes on only with that token's word as its second part:
	// the word's hash turns most forms away without reading the tokens.
	second, plainNext := uint32(0), false
	if end == len(n) && p.tok+1 < len(toks.List) {
		if nt := &toks.List[p.tok+1]; nt.plain {
			second, plainNext = nt.plainHash(), true
		}
	}
	for _, f := range forms {
		if plainNext && len(f.parts) > 1 && f.second != second {
			continue
		}
		// A form of one part that ends its token, as most names do, needs
		// no more reading: its span is the token's.
		q := pos{p.tok, end}
		if len(f.parts) > 1 || end < len(n) {
			if q, ok = matchRest(toks, q, f.parts[1:]); !ok {
				continue
			}
		}
		if !m.capsFit(f, t, n, p) {
			continue
		}
		mention := Mention{Kind: f.kind, First: p.tok, End: q.tok + 1, Entry: m.entryOf(f)}
		mention.Span.Start, mention.Span.End = t.Start, t.End
		if p.off > 0 {
			mention.Span.Start = partStart(m.text, t, n, p.off)
		}
		next = pos{q.tok + 1, 0}
		if q.tok != p.tok || q.off != len(n) {
			qn := toks.Norm(q.tok)
			mention.Span.End = partEnd(m.text, &toks.List[q.tok], qn, q.off)
			if q.off < len(qn) && hasPart(qn[q.off:]) {
				next = pos{q.tok, q.off + 1}
			}
		}
		m.out = append(m.out, mention)
		return next, true
	}
	return p, false
}

// capsFit reports whether the text writes the part starting at p, in
// token t whose folded form is n, in the case form f asks for. The case
// of a whole token is known from the tokenizer; small enough to inline,
// it leaves the rest to capsOK.
func (m *matcher) capsFit(f *form, t *Token, n string, p pos) bool {
	if f.caps == capsFirst && p.off == 0 {
		return t.Cap
	}
	return capsOK(m.text, t, n, p, f.caps)
}

// entryOf returns the entry form f names on the matcher's day.
func (m *matcher) entryOf(f *form) *Entry {
	if len(f.namesakes) > 0 {
		return f.at(m.day)
	}
	return f.entry
}

// matchRest matches parts from q, just after a part, and returns the place
// just after the last one. A form ends where its token ends or at a hyphen.
func matchRest(toks *Tokens, q pos, parts []string) (pos, bool) {
	for _, part := range parts {
		n := toks.Norm(q.tok)
		if q.off == len(n) && q.tok+1 < len(toks.List) {
			if nt := &toks.List[q.tok+1]; nt.plain {
				// A plain token is one part: the next part is the whole
				// of it, or the form does not go on.
				if toks.plainNorm(nt) != part {
					return q, false
				}
				q = pos{q.tok + 1, len(part)}
				continue
			}
		}
		switch {
		case q.off < len(n)-1 && isJoiner(n[q.off]) && isPart(n[q.off+1]):
			q.off++ // the next part of the same token: "al-ain", "u.s"
		case !hasPart(n[q.off:]) && q.tok+1 < len(toks.List):
			q = pos{q.tok + 1, 0}
			if toks.Norm(q.tok) == "." && q.tok+1 < len(toks.List) {
				q.tok++ // the dot of an initial: "George W. Bush"
			}
			n = toks.Norm(q.tok)
			if q.off < len(n) && n[q.off] == '\'' {
				q.off++ // "N'Djamena" has the token "'Djamena"
			}
		default:
			return q, false
		}
		if !strings.HasPrefix(n[q.off:], part) {
			return q, false
		}
		q.off += len(part)
		if q.off < len(n) && isPart(n[q.off]) {
			return q, false
		}
	}
	n := toks.Norm(q.tok)
	if q.off < len(n) && n[q.off] != '-' && hasPart(n[q.off:]) {
		return q, false // "u" of "u.s"
	}
	return q, true
}

func isJoiner(c byte) bool { return c == '-' || c == '.' || c == '\'' }

// hasPart reports whether s holds a word part.
func hasPart(s string) bool {
	for i := 0; i < len(s); i++ {
		if isPart(s[i]) {
			return true
		}
	}
	return false
}

// capsOK reports whether the text at p, in t whose folded form is n,
// obeys rule.
func capsOK(text string, t *Token, n string, p pos, rule capsRule) bool {
	if rule == capsNone {
		return true
	}
	s := text[partStart(text, t, n, p.off):t.End]
	if rule == capsFirst {
		if p.off == 0 {
			return t.Cap
		}
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(r)
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// partStart returns the offset in text of the part of t that starts at
// off in n, its folded form. Parts inside a token start after a hyphen;
// folding keeps hyphens, so the k-th hyphen of n is the k-th of the text.
func partStart(text string, t *Token, n string, off int) int {
	if off == 0 {
		return t.Start
	}
	if i := nthHyphen(text[t.Start:t.End], strings.Count(n[:off], "-")); i >= 0 {
		return t.Start + i + hyphenLen(text[t.Start+i:])
	}
	return t.Start
}

// partEnd returns the offset in text of the end of the part of t that
// ends at off in n, its folded form.
func partEnd(text string, t *Token, n string, off int) int {
	if off == len(n) || n[off] != '-' {
		return t.End
	}
	if i := nthHyphen(text[t.Start:t.End], strings.Count(n[:off], "-")+1); i >= 0 {
		return t.Start + i
	}
	return t.End
}

// nthHyphen returns the offset in s of its k-th hyphen, or -1.
func nthHyphen(s string, k int) int {
	for i, r := range s {
		if isHyphen(r) {
			if k--; k == 0 {
				return i
			}
		}
	}
	return -1
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func hyphenLen(s string) int {
	_, w := utf8.DecodeRuneInString(s)
	return w
}

// A partFilter tells, with no false negatives, whether some form starts
// with a part. Most words of a text are not names; the filter turns them
// away for less than a map lookup costs. A part is known by its hash
// (partHash) and by whether the text writes it capitalised, since
// lower-case text matches only the forms that allow it: the filter's
// first half holds the parts of every form, as capitalised text matches
// them, its second those of the forms that lower-case text matches.
type partFilter [1 << 11]uint64

// filterBit returns the place of the filter's bit for a part's hash and
// case.
func filterBit(h uint32, capital bool) (word int, mask uint64) {
	k := h & (1<<16 - 1)
	if !capital {
		k |= 1 << 16
	}
	return int(k / 64), 1 << (k % 64)
}

func (f *partFilter) add(part string, rule capsRule) {
	h := partHash(part)
	w, m := filterBit(h, true)
	f[w] |= m
	if rule == capsNone {
		w, m = filterBit(h, false)
		f[w] |= m
	}
}

func (f *partFilter) has(h uint32, capital bool) bool {
	w, m := filterBit(h, capital)
	return f[w]&m != 0
}
