package dates

// season matches "the summer", "in summer", "summer 2019", "the fall of
// 2019" (last, this and next seasons are left to relUnit).
func (s *scanner) season(i int) (int, res, bool) {
	k := i
	the := s.is(k, "the")
	if the {
		k++
	}
	t := s.tok(k)
	if t.kind != kWord || t.w.c&cSeason == 0 {
		return i, res{}, false
	}
	n, j := int(t.w.n), k+1
	switch {
	case s.yearNum(j):
		return j + 1, seasonRes(s.tok(j).val, n, s.loc), true
	case s.is(j, "of") && s.yearNum(j+1):
		return j + 2, seasonRes(s.tok(j+1).val, n, s.loc), true
	case s.is(j, "of"):
		if e, y, ok := s.spokenYear(j + 1); ok {
			return e, seasonRes(y, n, s.loc), true
		}
		return i, res{}, false
	case !the && (s.word(t) == "fall" || !s.seasonCue(i)):
		// "in summer" is a season; "summer sales" and "prices fall" are not.
		return i, res{}, false
	}
	if !s.known() {
		return j, res{}, true
	}
	y, cur := seasonOf(s.day)
	if w := s.way(i, j, back); w == back && n > cur {
		y--
	} else if w == fwd && n < cur {
		y++
	}
	return j, seasonRes(y, n, s.loc), true
}

// seasonCue reports whether the season at token i, with no article of its
// own, follows a word that makes it one: a preposition ("in summer"), or
// an edge after a preposition or an article ("in early summer", "the late
// spring", but not "the late spring rains").
func (s *scanner) seasonCue(i int) bool {
	p := i - 1
	if s.hyphen(p) {
		p--
	}
	edge := p < i-1 || s.has(p, cEdge) && int(s.tok(p).w.edge) <= eLate
	if edge {
		p--
	}
	if s.isAny(p, "in", "during", "over", "until", "by", "since", "through", "into", "throughout") {
		return true
	}
	n := s.tok(i + 1)
	return edge && s.is(p, "the") && !(n.kind == kWord && !n.upper && n.w.c == 0)
}
