package dates

// year matches a year written as four digits where the words around it
// make it one ("in 2018", "2018,", "fiscal 1989"), and decades ("the
// 1990s", "the '90s").
func (s *scanner) year(i int) (int, res, bool) {
	k := i
	if s.is(k, "fiscal") && s.yearNum(k+1) {
		return k + 2, yearRes(s.tok(k+1).val, s.loc), true
	}
	if s.is(k, "the") {
		k++
	}
	t := s.tok(k)
	if t.kind == kPunct && (t.ch == '\'' || t.ch == '’') {
		if n := s.tok(k + 1); n.kind == kNum && n.plural && n.digits == 2 && n.val%10 == 0 && s.glued(k+1) {
			y := 1900 + n.val
			if s.known() && y+100 <= s.day.Year() {
				y += 100
			}
			return k + 2, decadeRes(y, s.loc), true
		}
		return i, res{}, false
	}
	if t.kind == kWord {
		if j, y, ok := s.spokenYear(k); ok {
			return j, yearRes(y, s.loc), true
		}
		if t.w.c&cLead != 0 && t.w.num >= 20 && k > i {
			// "the nineties": the decade of the anchor's century, or
			// of the last century when it is still to come.
			y := 1900 + int(t.w.num)
			if s.known() && y+100 <= s.day.Year() {
				y += 100
			}
			return k + 1, decadeRes(y, s.loc), true
		}
		return i, res{}, false
	}
	if (t.kind == kNum && t.ord || t.w.c&cOrdinal != 0) && s.is(k+1, "century") {
		n := t.val
		if t.kind == kWord {
			n = int(t.w.num)
		}
		if n >= 1 && n <= 30 {
			return k + 2, centuryRes(n-1, s.loc), true
		}
	}
	if t.kind != kNum || t.ord || t.digits != 4 || t.val < 1000 || t.val >= 3000 {
		return i, res{}, false
	}
	if t.plural {
		if t.val%10 != 0 {
			return i, res{}, false
		}
		return k + 1, decadeRes(t.val, s.loc), true
	}
	if k > i || !s.yearContext(k) {
		return i, res{}, false
	}
	return k + 1, yearRes(t.val, s.loc), true
}

// spokenYear reads a year said in words: "nineteen ninety-six", "two
// thousand", "the year two thousand".
func (s *scanner) spokenYear(k int) (int, int, bool) {
	if s.is(k, "year") {
		k++
	}
	if s.isAny(k, "two") && s.is(k+1, "thousand") {
		j, y := k+2, 2000
		if s.is(j, "and") {
			j++
		}
		if n, _, e, ok := s.count(j); ok && s.tok(j).kind == kWord && n > 0 && n < 100 && !s.isAny(j, "a", "an") {
			j, y = e, y+n
		}
		return j, y, true
	}
	hi := s.tok(k)
	if hi.kind != kWord || hi.w.c&cNumber == 0 || hi.w.num < 11 || hi.w.num > 20 {
		return k, 0, false
	}
	n, _, j, ok := s.count(k + 1)
	if !ok || s.tok(k+1).kind != kWord || n < 10 || n > 99 || s.isAny(k+1, "a", "an") {
		return k, 0, false
	}
	return j, int(hi.w.num)*100 + n, true
}

// yearContext reports whether the four-digit number at token k reads as a
// year: after a word like "in" or "since", or a possessive ("its 1990
// invasion"), or standing alone before a comma or a full stop, or, from
// 1900 on, before a word that is no plural ("a 1996 law"); never after a
// currency sign or a capitalized noun ("Resolution 2254"), nor before a
// unit, a per cent sign or more digits.
func (s *scanner) yearContext(k int) bool {
	p, n, v := s.tok(k-1), s.tok(k+1), s.tok(k).val
	switch {
	case v > 2100 || p.kind == kNum:
		// beyond the years read, or after another number ("555 1999")
		return false
	case p.kind == kPunct && (p.ch == '$' || p.ch == '€' || p.ch == '£' || p.ch == '#' || p.ch == '¥'):
		return false
	case n.kind == kPunct && n.ch == '%':
		return false
	case n.kind == kPunct && (n.ch == ',' || n.ch == '.' || n.ch == ':') && s.glued(k+1) && s.tok(k+2).kind == kNum && s.glued(k+2):
		// "1,830", "1830.5", "18:30"
		return false
	case n.kind == kWord && (n.w.c&(cUnit|cUnits|cZone) != 0 || s.isAny(k+1, "percent", "per")):
		return false
	}
	// "1830 shops": a count before a plural noun, unless a modern year.
	plural := n.kind == kWord && !n.upper && len(s.word(n)) > 3 && s.word(n)[len(s.word(n))-1] == 's' && n.w.c == 0
	modern := v >= 1900
	switch {
	case p.kind == kWord && p.w.c&(cYearCue|cMonth|cSeason|cEdge) != 0:
		return !plural || modern
	case s.isAny(k-1, "its", "his", "her", "their", "our", "your", "my", "whose") || s.is(k-1, "s") && (s.punct(k-2, '\'') || s.punct(k-2, '’')):
		return modern
	case s.isAny(k-1, "a", "an", "that", "this", "these", "those"):
		// "A 1996 law", even at the start of a sentence
		return modern && !plural
	case p.kind == kWord && p.upper:
		return false
	case n.kind == kPunct && n.ch != '-' || n.brk || k+1 >= len(s.toks):
		return true
	}
	return modern && n.kind == kWord && !plural
}
