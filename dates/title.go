package dates

// quotedTitle reports whether the expression made of tokens [i, j) is part
// of a title in quotation marks, the name of a programme or a film
// (“60 Minutes”, “High Noon”, “This Week”): a word of time in it is
// capitalized though it does not open the quotation, and only capitalized
// words stand between it and the opening mark.
func (s *scanner) quotedTitle(i, j int) bool {
	k := i - 1
	for k >= i-3 && s.tok(k).kind == kWord && s.tok(k).upper {
		k--
	}
	if !s.openQuote(k) {
		return false
	}
	for m := i; m < j; m++ {
		if m > k+1 && s.tok(m).upper && s.has(m, cUnit|cUnits|cClockWord|cDayWord) {
			return true
		}
	}
	return false
}

// namedToday reports whether the expression made of tokens [i, j) is the
// "Today" of a name after a word in capitals: the paper USA Today, the
// programme VOA Today. Written so in running text, the word is no date.
func (s *scanner) namedToday(i, j int) bool {
	if j != i+1 || !s.is(i, "today") || !s.tok(i).upper || s.glued(i) {
		return false
	}
	p := s.tok(i - 1)
	if p.kind != kWord || p.end-p.start < 2 {
		return false
	}
	for _, c := range []byte(s.text[p.start:p.end]) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// openQuote reports whether token k is a quotation mark: ", “, ‘, or
// the “ and ” that some wires type.
func (s *scanner) openQuote(k int) bool {
	t := s.tok(k)
	if t.kind != kPunct {
		return false
	}
	switch t.ch {
	case '"', '“', '‘', '`':
		return true
	case '\'':
		return s.punct(k-1, '\'') && s.glued(k)
	}
	return false
}
