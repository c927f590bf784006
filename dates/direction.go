package dates

import (
	"strings"
	"time"
)

// way is the direction one expression is resolved in.
type way int

const (
	back way = iota // on or before the anchor
	fwd             // on or after the anchor
	near            // nearest to the anchor
	soon            // within soonWindow after the anchor, else back
)

// soonWindow is how far ahead a day written without a year is still read
// as coming rather than past: about a quarter of a year.
const soonWindow = 92 * 24 * time.Hour

// lookBack is how many tokens before an expression are searched for a
// verb that tells its direction.
const lookBack = 16

// The leanings of the words around an expression.
const (
	leanNone = iota // no cue: the kind's own default applies
	leanFwd         // "will meet on Thursday", "is due to start in May"
	leanBack        // "met on Thursday", "began in December"
	leanSoon        // "agreed to hold talks in May", "until February": ahead if near
)

// lean tells which way the words around the expression made of tokens
// [i, j) look. The nearest cue before the expression wins, so "said he
// will meet on Thursday" looks forward and "who will travel, said
// Thursday" looks back. An infinitive or the end of a span of time
// ("agreed to meet in May", "until February") only leans toward what is
// near ahead, unless a forward cue stands further back ("is expected to
// join in April", "will double its flights by August"). After the
// expression only a modal right after it counts ("Thursday will see").
func (s *scanner) lean(i, j int) int {
	// The rules that read one expression ask again and again.
	if s.leanFor == [2]int{i + 1, j} {
		return s.leaning
	}
	l := s.leanOf(i, j)
	s.leanFor, s.leaning = [2]int{i + 1, j}, l
	return l
}

// leanOf works out lean(i, j).
func (s *scanner) leanOf(i, j int) int {
	b := s.before(i)
	if s.is(b, "since") {
		return leanBack
	}
	until := s.isAny(b, "until", "till")
	near := until || s.isAny(b, "by", "through", "before") || s.effective(b)
	for k := i - 1; k >= 0 && k >= i-lookBack && !s.clauseEnd(k) && !s.relative(k); k-- {
		if until && s.deferral(k) {
			// "postponed until Tuesday", "has until Friday to reply":
			// the new time is one still to come.
			return leanFwd
		}
		switch l := s.cueAt(k); {
		case l == leanSoon:
			near = true
		case l == leanFwd:
			return l
		case l == leanBack && near:
			return leanSoon
		case l == leanBack:
			return l
		}
		if s.tok(k).brk {
			break
		}
	}
	switch {
	case near:
		return leanSoon
	case s.isAny(j, "will", "shall"):
		return leanFwd
	}
	return leanNone
}

// effective reports whether token b ends "effective", "effective from",
// "effective on" or "effective as of" before a date: the day a change takes
// hold, which news gives as often before as after the time of writing
// ("a pact effective June 1" in October, "changes effective Feb. 1").
func (s *scanner) effective(b int) bool {
	switch {
	case s.isAny(b, "from", "on"):
		b--
	case s.is(b, "as") && s.is(b+1, "of"):
		b--
	}
	return s.is(b, "effective")
}

// deferral reports whether the word at token k puts something off or
// sets a deadline, so that "until" after it names a time to come.
func (s *scanner) deferral(k int) bool {
	t := s.tok(k)
	if t.kind != kWord {
		return false
	}
	if s.isAny(k, "has", "have") && s.isAny(k+1, "until", "till") {
		return true
	}
	return deferrals[s.word(t)]
}

// deferrals are the words that put something off to a later time or give
// time until a deadline.
var deferrals = map[string]bool{
	"postpone": true, "postpones": true, "postponed": true, "delay": true, "delays": true, "delayed": true,
	"defer": true, "defers": true, "deferred": true, "adjourn": true, "adjourns": true, "adjourned": true,
	"extend": true, "extends": true, "extended": true, "give": true, "gives": true, "gave": true,
	"given": true, "grant": true, "grants": true, "granted": true, "deadline": true, "deadlines": true,
}

// opens reports whether the expression starting at token i opens its
// sentence, with at most prepositions before it: "In January, ...".
func (s *scanner) opens(i int) bool {
	for k := i - 1; k >= 0 && !s.clauseEnd(k); k-- {
		t := s.tok(k)
		if t.kind == kWord && t.w.c&cYearCue == 0 || k < i-3 {
			return false
		}
		if t.brk {
			break
		}
	}
	return true
}

// leanAfter returns the leaning of the first cue after token j in its
// sentence: the verb of a sentence that an expression opens.
func (s *scanner) leanAfter(j int) int {
	_, l := s.cueAfter(j)
	return l
}

// cueAfter returns the first token after token j, in its sentence, that
// leans forward or back, and its leaning; leanNone when there is none.
func (s *scanner) cueAfter(j int) (int, int) {
	for k := j; k < len(s.toks) && k < j+2*lookBack && !s.clauseEnd(k); k++ {
		if k > j && s.tok(k).brk {
			break
		}
		if l := s.cueAt(k); l == leanFwd || l == leanBack {
			return k, l
		}
	}
	return -1, leanNone
}

// clauseEnd reports whether token k ends the stretch of text a cue is
// looked for in: the end of a sentence, a semicolon or a quotation mark.
func (s *scanner) clauseEnd(k int) bool {
	t := s.tok(k)
	return t.kind == kPunct && (t.ch == ';' || t.ch == '"' || t.ch == '“' || t.ch == '”' || s.sentenceEnd(k))
}

// cue returns the leaning of the word at token k, if it has one.
func (s *scanner) cue(k int) int {
	t := s.tok(k)
	if t.kind != kWord {
		return leanNone
	}
	if s.is(k, "next") && s.is(k+1, "to") {
		return leanNone // "the blasts next to the embassy": beside, not after
	}
	if t.w.c&cFuture != 0 && (s.is(k-1, "had") || s.is(k-1, "been") && s.is(k-2, "had")) {
		// "had been due to expire Friday", "had planned to meet Friday":
		// a plan told in the past perfect is one whose time has gone.
		return leanBack
	}
	if s.is(k, "could") && (s.is(k+1, "not") || s.is(k+1, "be") && s.isAny(k+2, "reached", "located", "found", "contacted")) {
		// "could not attend on Tuesday", "could not be reached for
		// comment Wednesday": what was not possible then, not a plan.
		return leanBack
	}
	if t.w.c&cFuture != 0 && s.asPlanned(k) {
		// "went ahead as planned on Saturday", "rose more than expected
		// Tuesday": set beside a plan, not a plan.
		return leanNone
	}
	if schedule(s.word(t)) && s.pluralSubject(k) {
		// "they meet Monday", "the talks open on Friday": the present
		// of news tells a schedule.
		return leanFwd
	}
	// The word after is tested first: it rules most words out at once.
	if t.w.c&cFuture != 0 || s.is(k+1, "to") && s.isAny(k, "set", "is", "are", "plan", "plans", "intend", "intends", "hope", "hopes", "aim", "aims") ||
		s.is(k+1, "as") && s.is(k-1, "as") && s.isAny(k, "soon", "early") {
		return leanFwd
	}
	if s.infinitive(k) {
		return leanSoon
	}
	if t.w.c&cPast != 0 || !t.upper && pastTense(s.word(t)) {
		// "will be held", "talks are held": a participle after "be"
		// is no past, nor is one used as an adjective ("on a still
		// unspecified date").
		if s.isAny(k-1, "be", "being", "is", "are", "a", "an", "the", "still", "very", "newly") {
			return leanNone
		}
		return leanBack
	}
	return leanNone
}

// asPlanned reports whether token k is "planned", "scheduled" or
// "expected" after "as" or "than" ("as planned", "as originally
// scheduled", "as had been expected", "sooner than expected").
func (s *scanner) asPlanned(k int) bool {
	if !s.isAny(k, "planned", "scheduled", "expected") {
		return false
	}
	b := k - 1
	if s.is(b, "been") && s.is(b-1, "had") {
		b -= 2
	}
	if s.isAny(b, "previously", "originally", "initially", "earlier", "first", "long", "widely") {
		b--
	}
	return s.isAny(b, "as", "than")
}

// schedule reports whether w is a verb whose plural present tells what is
// to come, as its third person does in the lexicon ("opens", "meets").
// A switch, not a map: it is asked of most words before an expression.
func schedule(w string) bool {
	switch w {
	case "meet", "begin", "start", "open", "arrive", "depart", "convene", "reconvene", "expire", "travel":
		return true
	}
	return false
}

// pluralSubject reports whether the word before token k may be the
// subject of a verb in the plural present: a pronoun, a plural noun or a
// name ("they meet", "ministers meet", "Erdogan and Putin meet"), not an
// article, "to" or "did" ("the start", "to meet", "did not meet").
func (s *scanner) pluralSubject(k int) bool {
	p := s.tok(k - 1)
	if p.kind != kWord || p.w.c != 0 {
		return false
	}
	w := s.word(p)
	switch w {
	case "they", "we", "you", "both":
		return true
	case "is", "as", "has", "was", "its", "his", "this", "thus", "does", "us", "yes", "less", "plus", "whereas":
		return false
	}
	return p.upper || len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u'
}

// infinitive reports whether token k is the "to" of an infinitive, which
// names what is meant to happen: "decided to admit them in March",
// "agreed to hold talks in May". The word after it must look like a
// verb: no pronoun, article or number, no noun that often follows "to"
// ("returned to office", "according to officials").
func (s *scanner) infinitive(k int) bool {
	if !s.is(k, "to") || s.isAny(k-1, "according", "due", "owing", "thanks", "prior", "next", "close", "compared", "similar", "relative", "up", "from") {
		return false
	}
	n := s.tok(k + 1)
	if n.kind != kWord || n.upper || n.w.c != 0 {
		return false
	}
	w := s.word(n)
	if len(w) < 2 || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ity") || strings.HasSuffix(w, "ing") {
		return false
	}
	return !notVerbAfterTo[w]
}

// notVerbAfterTo are the words other than verbs that most often follow
// "to" in news.
var notVerbAfterTo = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "him": true,
	"them": true, "us": true, "me": true, "it": true, "you": true, "about": true, "around": true,
	"nearly": true, "almost": true, "more": true, "less": true, "some": true, "all": true, "any": true,
	"each": true, "both": true, "no": true, "power": true, "office": true, "court": true, "war": true,
	"jail": true, "prison": true, "hospital": true, "school": true, "town": true, "work": true,
	"date": true, "bed": true, "sea": true, "church": true, "market": true, "home": true, "peace": true,
	"trial": true, "death": true, "life": true, "mind": true, "justice": true, "congress": true,
	"parliament": true, "government": true, "one": true, "two": true, "three": true, "whom": true,
	"what": true, "which": true, "where": true, "who": true, "over": true, "within": true, "between": true,
}

// forward reports whether the words around the expression made of tokens
// [i, j) look forward. A past verb does not turn a day that would be read
// as coming into a past one, as news often writes "the company said the
// dividend is payable Dec. 7".
func (s *scanner) forward(i, j int) bool {
	return s.lean(i, j) == leanFwd
}

// before returns the token before the expression starting at token i,
// past the words that narrow it ("until mid-November", "by the end of
// January"): the word that tells what the expression is to the clause.
func (s *scanner) before(i int) int {
	k := i - 1
	for k > 0 && k >= i-4 && (s.punct(k, '-') || s.isAny(k, "early", "mid", "late", "the", "end", "beginning", "middle", "start", "of")) {
		k--
	}
	return k
}

// sentenceEnd reports whether token k ends a sentence: a full stop, a
// question or an exclamation mark, with no digit glued after it (so not
// the point of "3.5").
func (s *scanner) sentenceEnd(k int) bool {
	t := s.tok(k)
	if t.kind != kPunct || s.glued(k+1) && s.tok(k+1).kind == kNum {
		return false
	}
	return t.ch == '!' || t.ch == '?' || s.fullStop(k)
}

// fullStop reports whether the full stop at token k ends a sentence,
// rather than an initial ("Daniel P. Davison") or an abbreviation ("Mr.",
// "Jan.").
func (s *scanner) fullStop(k int) bool {
	if !s.punct(k, '.') {
		return false
	}
	if n := s.tok(k + 1); n.kind == kWord && !n.upper || s.punct(k+1, ',') {
		// "Birmingham, Ala., killed": no sentence starts so.
		return false
	}
	p := s.tok(k - 1)
	if s.glued(k) && p.kind == kWord && (p.upper && p.end-p.start == 1 || p.w.c&(cMonth|cWeekday|cLead) != 0 && len(s.word(p)) <= 4 ||
		s.isAny(k-1, "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs")) {
		return false
	}
	return true
}

// possessive reports whether the expression ending before token j is a
// possessive ("Wednesday's ruling"), which names something that happened.
func (s *scanner) possessive(j int) bool {
	return (s.punct(j, '\'') || s.punct(j, '’')) && s.glued(j) && s.is(j+1, "s")
}

// pastTense guesses a regular past form ("agreed", "concluded").
func pastTense(w string) bool {
	n := len(w)
	if n <= 4 || w[n-2:] != "ed" {
		return false
	}
	switch w {
	case "speed", "embed", "succeed", "proceed", "exceed", "indeed", "breed", "bleed", "hundred", "sacred", "wicked", "naked":
		return false
	}
	return true
}

// option returns the direction the Finder's option imposes, or news.
func (s *scanner) option(news way) way {
	switch s.f.dir {
	case Past:
		return back
	case Future:
		return fwd
	case Nearest:
		return near
	}
	return news
}

// way returns the direction for the expression made of tokens [i, j),
// given the default of the news rule for its kind.
func (s *scanner) way(i, j int, news way) way {
	if s.f.dir != News {
		return s.option(news)
	}
	if s.possessive(j) || s.attributive(i, j) {
		return news
	}
	switch l := s.lean(i, j); {
	case l == leanFwd, l == leanNone && s.opens(i) && s.plainFuture(j):
		return fwd
	}
	return news
}

// plainFuture reports whether the first cue after token j, in the
// sentence an expression opens, is a plain future: "On Tuesday, the
// league will hold ...", "... plans to hold ...". A participle that looks
// ahead is often an adjective there ("when he set off on a hastily
// planned trip"), and a plan in the past tense ("On Friday, the
// government planned to pay ...") tells what that day held: both leave
// the day in the past.
func (s *scanner) plainFuture(j int) bool {
	k, l := s.cueAfter(j)
	return l == leanFwd && (s.isAny(k, "will", "shall", "ll") || s.is(k+1, "to") && !pastTense(s.word(s.tok(k))))
}

// cycle resolves the n-th period (0-based) of a yearly cycle of `per`
// periods, given the anchor's period cur: the year of its latest start on
// or before the anchor (back), its next on or after (fwd), or the nearest.
func (s *scanner) cycle(n, cur, per int, w way) int {
	y := s.day.Year()
	switch w {
	case back:
		if n > cur {
			return y - 1
		}
	case fwd:
		if n < cur {
			return y + 1
		}
	case near:
		switch d := n - cur; {
		case d > per/2:
			return y - 1
		case d < -per/2:
			return y + 1
		}
	}
	return y
}
