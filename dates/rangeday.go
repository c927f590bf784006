package dates

import "github.com/dipnews/diplomacy/model"

// rangeEnd matches the last day of a range written on one month ("April
// 24-25", "April 24 and 25"): the number right after the hyphen or the
// word that follows a day, a later day of the same month, with nothing
// after it that makes it a count ("April 24 and 25 people").
func (s *scanner) rangeEnd(i int) (int, res, bool) {
	k := i - 1
	if s.lastEnd != k || s.last.grain != model.Day || s.last.anaphor || !s.dayNum(i) {
		return i, res{}, false
	}
	if !s.hyphen(k) && !s.isAny(k, "and", "to", "through", "or") {
		return i, res{}, false
	}
	switch n := s.tok(i + 1); {
	case n.kind == kNum, n.kind == kPunct && (n.ch == '%' || n.ch == '-' || n.ch == ':' || n.ch == '/'):
		return i, res{}, false
	case n.kind == kWord && (n.upper || n.w.c&cYearCue == 0 && !s.isAny(i+1, "at", "with", "when")):
		return i, res{}, false
	}
	y, m, d := s.last.from.Date()
	n := s.tok(i).val
	if n <= d || n > daysIn(y, m) {
		return i, res{}, false
	}
	return i + 1, dayRes(midnight(y, m, n, s.loc)), true
}
