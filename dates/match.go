package dates

import "math/bits"

// rule is one way to read an expression starting at a token: it returns
// the index after the expression, its resolution, and whether it matched.
type rule func(s *scanner, i int) (int, res, bool)

// rules are all the ways an expression can start, each with the classes
// of the words it can start with, whether it can start with a number,
// whether with a quotation mark ("the '90s") and the most tokens it can
// take, 0 for no bound. The longest match wins: a rule that cannot beat
// the best match so far is not tried, as it would resolve its own for
// nothing ("March" in "March 15").
//
// A rule that can start with "the" also gives the classes of the word
// after it that it can take ("the third quarter", "the following
// Monday"); one that can start with a number or a quotation mark takes
// either after "the" too ("the 5th of March", "the '90s"). Most of the
// times "the" starts nothing, and the word after it leaves few rules or
// none to try.
var rules = [...]struct {
	f          rule
	on         class
	num, quote bool
	most       int
	the        class
}{
	{(*scanner).approx, cApprox, false, false, 0, 0},
	{(*scanner).clock, cClockWord | cNumber, true, false, 0, 0},
	{(*scanner).absDate, cWeekday | cMonth | cThe, true, false, 0, 0},
	{(*scanner).weekday, cRel | cWeekday | cWeekdays | cThe, false, false, 0, cRel},
	{(*scanner).dayWord, cDayWord, false, false, 0, 0},
	{(*scanner).relUnit, cRel | cThe, false, false, 0, cUnit | cLead | cRel},
	{(*scanner).monthBare, cRel | cMonth, false, false, 2, 0},
	{(*scanner).year, cLead | cThe | cNumber | cUnit | cOrdinal, true, true, 0, cUnit | cLead | cNumber | cOrdinal},
	{(*scanner).season, cSeason | cThe, false, false, 0, cSeason},
	{(*scanner).quarter, cOrdinal | cLead | cThe | cRel, true, false, 0, cOrdinal | cLead | cRel | cUnit | cRef},
	{(*scanner).partSpan, cOrdinal | cThe | cRel, false, false, 0, cOrdinal | cRel},
	{(*scanner).duration, cNumber | cVague | cLead | cThe, true, false, 0, cNumber | cVague | cLead | cOrdinal | cRel | cUnit},
	{(*scanner).ref, cRef | cLead | cThe | cNumber | cRel | cDayWord, false, false, 0, cRef | cLead | cRel | cUnits},
	{(*scanner).set, cSetWord | cEvery, false, false, 0, 0},
	{(*scanner).edge, cEdge | cThe, false, false, 0, cEdge},
	{(*scanner).holiday, cHoliday | cRel, false, false, 0, 0},
	{(*scanner).someUnits, cUnits, false, false, 0, 0},
	{(*scanner).unitLong, cUnit | cUnits, false, false, 0, 0},
	{(*scanner).dayBeside, cThe, false, false, 0, cUnit},
	{(*scanner).yearAgo, cThe | cUnit | cLead, false, false, 0, cLead | cUnit},
	{(*scanner).that, cThat, false, false, 0, 0},
	{(*scanner).rangeEnd, 0, true, false, 0, 0},
}

// afterThe are the classes of words that can follow "the" in an
// expression ("the weekend", "the past", "the 1990s", "the weeks ahead").
const afterThe = cRel | cNumber | cOrdinal | cVague | cSeason | cEdge | cUnit | cUnits | cRef | cLead

// afterRel are the classes of words that can follow "last", "this" or
// "next" in an expression, and afterA those that can follow "a".
const (
	afterRel = cUnit | cUnits | cWeekday | cMonth | cSeason | cPartOfDay | cNumber | cVague | cHoliday | cLead | cOrdinal | cRel
	afterA   = cUnit | cUnits | cVague | cLead | cNumber | cOrdinal | cEdge | cFill
)

// ruledOut reports whether the word after token i rules it out as the
// start of an expression. Common words start one only before certain
// words, and most of the time the next word rules them out at once: run
// asks before it calls match. A token longer than "an" is none of the
// articles, whose bytes need no comparing. "That" starts an expression
// only before "same", a unit or a part of the day ("that week").
func (s *scanner) ruledOut(i int) bool {
	t := s.tok(i)
	if t.w.c == cThat {
		return !s.has(i+1, cUnit|cPartOfDay) && !s.is(i+1, "same")
	}
	switch t.w.c & triggers {
	case cStart:
		return t.kind == kNum && s.numberOut(i)
	case cNumber:
		if t.end-t.start > 2 {
			return s.countOut(i)
		}
	case cThe:
		// "the two sides": the same holds after "the".
		if n := s.tok(i + 1); n.w.c&triggers == cNumber && n.end-n.start > 2 && s.countOut(i+1) {
			return true
		}
	case cApprox:
		// "at the", "more:": approx reads a modifier first.
		k, _ := s.modifier(i)
		return k == i
	}
	if t.w.c&cThe != 0 || t.w.c&(cRel|cRef) == cRel || t.end-t.start <= 2 && s.isAny(i, "a", "an") {
		next := afterA
		switch {
		case t.w.c&cThe != 0:
			next = afterThe
		case t.w.c&cRel != 0:
			next = afterRel
		}
		if n := s.tok(i + 1); n.kind == kWord && n.w.c&next == 0 {
			return true
		}
	}
	return false
}

// numberOut reports whether the word after the number at token i rules
// it out. Unless it has four digits (a year, "1830 GMT") or ends a range
// of days right after one ("April 24 and 25"), a number starts only a
// count of units ("12 days", "two-year", "30 more days", "2 1/2 years",
// "two to three weeks"), a day of a month ("5 March", "the 5th of
// March"), a clock time ("10:30", "2 p.m.", "10 in the morning", "ten
// o'clock"), an ordinal's quarter or century ("3rd quarter", "20th
// century") or an all-digit date ("02/28/2020"): a word after it that
// none of those can take rules it out ("12 km", "34 Turkish").
func (s *scanner) numberOut(i int) bool {
	if s.toks[i].digits == 4 || s.lastEnd == i-1 {
		return false
	}
	n := s.tok(i + 1)
	return n.kind == kWord && n.w.c&(cMonth|cUnit|cUnits|cFill) == 0 &&
		!s.isAny(i+1, "of", "and", "to", "or", "a", "p", "am", "pm", "in", "o'clock")
}

// countOut reports whether the word after the number word at token i,
// not "a" nor "an", rules it out. Such a word starts only a count of
// units ("two weeks", "two-year", "twenty five days", "two more weeks",
// "two and a half years", "two to three weeks"), a spoken year ("two
// thousand") or a clock time ("ten o'clock", "ten minutes past
// midnight"): a word after it that none of those can take rules it out
// ("two countries").
func (s *scanner) countOut(i int) bool {
	n := s.tok(i + 1)
	return n.kind == kWord && n.w.c&(cNumber|cUnit|cUnits|cFill) == 0 && !s.isAny(i+1, "and", "to", "or", "o'clock")
}

// match returns the longest expression starting at token i, which
// ruledOut does not rule out.
func (s *scanner) match(i int) (int, res, bool) {
	t := s.tok(i)
	if t.w.c&cRel != 0 && s.is(i, "last") && s.isAny(i-1, "to", "will", "would", "could", "may", "might", "can", "should", "must", "not", "shall") &&
		!s.has(i+1, cUnit|cWeekday|cMonth|cSeason|cHoliday) {
		// "is expected to last a month": the verb, not a relation, which
		// takes its unit at once ("to last week's deadline").
		return i, res{}, false
	}
	m := rulesFor(t)
	if t.kind == kWord && t.w.c&cThe != 0 {
		m &= rulesAfterThe(s.tok(i + 1))
	}
	best, br, ok := i, res{}, false
	for ; m != 0; m &= m - 1 {
		r := &rules[bits.TrailingZeros32(m)]
		if r.most > 0 && i+r.most <= best {
			continue
		}
		if j, x, good := r.f(s, i); good && j > best {
			best, br, ok = j, x, true
		}
	}
	return best, br, ok
}

// The rules that can start at a token, as bits in the order of rules:
// by class bit for a word, for a number, and for a quotation mark; and
// by class bit of the word after "the", the rules that can start with
// "the" before it.
var (
	classRules           [32]uint32
	numRules, punctRules uint32
	theRules             [32]uint32
)

// More rules than the bits of a uint32 fail to compile here.
const _ = uint(32 - len(rules))

func init() {
	for k, r := range rules {
		for b := range classRules {
			if r.on&(1<<b) != 0 {
				classRules[b] |= 1 << k
			}
			if r.the&(1<<b) != 0 {
				theRules[b] |= 1 << k
			}
		}
		if r.num {
			numRules |= 1 << k
		}
		if r.quote {
			punctRules |= 1 << k
		}
	}
}

// rulesFor returns the rules that can start at t, tried in their order:
// the order decides between matches of the same length.
func rulesFor(t *token) uint32 { return rulesBy(t, &classRules) }

// rulesAfterThe returns the rules that can start with "the" followed by
// token n: all those that take a number or a quotation mark when n is
// one, as they do without "the".
func rulesAfterThe(n *token) uint32 { return rulesBy(n, &theRules) }

// rulesBy returns the rules for a number, for a quotation mark, or by
// the class bits of the word t, looked up in byClass.
func rulesBy(t *token, byClass *[32]uint32) uint32 {
	switch t.kind {
	case kNum:
		return numRules
	case kPunct:
		return punctRules
	}
	var m uint32
	for c := uint32(t.w.c); c != 0; c &= c - 1 {
		m |= byClass[bits.TrailingZeros32(c)]
	}
	return m
}
