package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// monthBare matches a month with no day: "December", "last December",
// "this March", "December of 2019" is left to absDate. May and March,
// which are also common words, need a cue before them.
func (s *scanner) monthBare(i int) (int, res, bool) {
	rel, k := s.leadingRel(i)
	t := s.tok(k)
	if !s.monthTok(k) || len(s.word(t)) < 5 && s.word(t) != "june" && s.word(t) != "july" && s.word(t) != "may" {
		return i, res{}, false
	}
	if (s.word(t) == "may" || s.word(t) == "march") && rel == 0 && !s.has(k-1, cYearCue|cEdge) && !s.lonelyMonth(k) {
		return i, res{}, false
	}
	j := k + 1
	if !s.known() {
		return j, res{}, true
	}
	m := time.Month(int(t.w.n))
	cur := s.day.Month()
	y := s.day.Year()
	switch rel {
	case rLast, rPast, rPrevious:
		if m >= cur {
			y--
		}
	case rNext, rComing, rFollowing:
		if m <= cur {
			y++
		}
	case rThis, rCurrent:
	default:
		if yr, ok := s.sentenceYear(i); ok {
			// "The summit in 2020 is due in November"
			y = yr
			break
		}
		if w := s.monthWay(i, j); w == soon {
			y = s.dayYear(m, 1, soon)
		} else {
			y = s.cycle(int(m)-1, int(cur)-1, 12, w)
		}
	}
	return j, monthRes(y, m, s.loc), true
}

// monthWay returns the direction of a bare month. Under the news rule a
// past verb reads it backward ("began in December"), a forward cue
// forward ("is due in May"). When the month ends a span of time ("until
// February") or follows an infinitive ("agreed to meet in January"), it
// is the nearer of the coming and the past one. With no cue, a month
// starting within the coming quarter of a year is the coming one and any
// other the latest past one.
func (s *scanner) monthWay(i, j int) way {
	if s.f.dir != News {
		return s.option(back)
	}
	if s.possessive(j) {
		return back
	}
	if s.attributive(i, j) {
		return soon
	}
	l := s.lean(i, j)
	if l == leanNone && s.opens(i) {
		// "In January, the company bought ...": the verb comes after.
		l = s.leanAfter(j)
	}
	switch l {
	case leanFwd:
		return fwd
	case leanBack:
		return back
	case leanSoon:
		// "agreed to buy it in February", "until February": meant to
		// come, so ahead unless the past one is nearer.
		return near
	}
	return soon
}

// sentenceYear returns the year named just before token i in the same
// sentence, which a month with no year of its own belongs to.
func (s *scanner) sentenceYear(i int) (int, bool) {
	if s.lastEnd == 0 || i-s.lastEnd > discourse || s.last.grain != model.Year || s.last.anaphor || !s.sameSentence(s.lastEnd, i) {
		return 0, false
	}
	return s.last.from.Year(), true
}

// lonelyMonth reports whether the capitalized "May" or "March" at token k
// stands where a verb or a name could not: with no capitalized word
// before it and no word after it ("... until March.", "March, when ...").
func (s *scanner) lonelyMonth(k int) bool {
	p, n := s.tok(k-1), s.tok(k+1)
	if p.kind == kWord && p.upper && !s.has(k-1, cYearCue) {
		return false
	}
	return n.kind == kPunct && n.ch != '-' && n.ch != '\'' && n.ch != '’' || n.brk
}
