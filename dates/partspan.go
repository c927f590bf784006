package dates

import "github.com/dipnews/diplomacy/model"

// partSpan matches the first or last months or quarters of a named year
// that make up one of its halves or quarters: "the first two quarters of
// 1990" is 1990-H1, "the last three months of next year" its fourth
// quarter. Other counts ("the first nine months") are left to duration,
// as no calendar part has their length.
func (s *scanner) partSpan(i int) (int, res, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if !s.isAny(k, "first", "last", "final") {
		return i, res{}, false
	}
	n, vague, j, ok := s.count(k + 1)
	if !ok || vague || !s.isAny(j, "quarters", "months") || !s.is(j+1, "of") {
		return i, res{}, false
	}
	if s.is(j, "quarters") {
		n *= 3
	}
	per, code, g := 2, "H", model.Half
	switch n {
	case 3:
		per, code, g = 4, "Q", model.Quarter
	case 6:
	default:
		return i, res{}, false
	}
	y, end := 0, j+2
	switch {
	case s.yearNum(end):
		y, end = s.tok(end).val, end+1
	case s.has(end, cRel) && s.is(end+1, "year"):
		off, ok := relOffset(int(s.tok(end).w.rel))
		if !ok {
			return i, res{}, false
		}
		if !s.known() {
			return end + 2, res{}, true
		}
		y, end = s.day.Year()+off, end+2
	default:
		return i, res{}, false
	}
	part := 1
	if !s.is(k, "first") {
		part = per
	}
	return end, partRes(y, part, 12/per, code, g, s.loc), true
}
