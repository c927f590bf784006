package dates

import "time"

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

// forward reports whether the words around the expression made of tokens
// [i, j) look forward: "will meet on Thursday", "is due to start in May".
// The nearest cue before the expression wins, so "said he will meet on
// Thursday" looks forward and "who will travel, said Thursday" does not.
// A sentence boundary stops the search. A past verb only stops it: it
// does not turn a day that would be read as coming into a past one, as
// news often writes "the company said the dividend is payable Dec. 7".
func (s *scanner) forward(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-lookBack; k-- {
		t := &s.toks[k]
		if t.kind == kPunct && (t.ch == ';' || t.ch == '"' || t.ch == '“' || t.ch == '”' || s.sentenceEnd(k)) {
			break
		}
		if t.kind != kWord {
			continue
		}
		if t.w.c&cFuture != 0 || s.isAny(k, "set", "is", "are") && s.is(k+1, "to") ||
			s.isAny(k, "soon", "early") && s.is(k-1, "as") && s.is(k+1, "as") {
			return true
		}
		if t.w.c&cPast != 0 || !t.upper && pastTense(s.word(t)) {
			// "will be held": a participle after "be" is no past, nor is
			// one used as an adjective ("on a still unspecified date").
			if s.isAny(k-1, "be", "being", "a", "an", "the", "still", "very", "newly") {
				continue
			}
			return false
		}
		if t.brk {
			break
		}
	}
	// "Thursday will see ...": a modal right after the expression.
	return s.isAny(j, "will", "shall")
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
	if !s.possessive(j) && s.forward(i, j) {
		return fwd
	}
	return news
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
