package dates

// approx matches a modifier before an amount or a time: "more than six
// hours", "at least 30 days", "about two years", "nearly an hour",
// "around Nov. 1".
func (s *scanner) approx(i int) (int, res, bool) {
	k, mod := s.modifier(i)
	if k == i {
		return i, res{}, false
	}
	j, r, ok := s.duration(k)
	if !ok {
		j, r, ok = s.clock(k)
	}
	if !ok && s.isAny(i, "around", "roughly", "approximately") {
		// "around Nov. 1"; "about" is left out, as "talks about March 15"
		// is no date near March 15.
		j, r, ok = s.absDate(k)
	}
	if !ok {
		return i, res{}, false
	}
	if r.mod == "" {
		r.mod = mod
	}
	return j, r, true
}

// modifier reads the TIMEX3 mod words at token i, returning the index
// after them (i when none). The first word is read once, and only the
// words after it that it can take are compared.
func (s *scanner) modifier(i int) (int, string) {
	t := s.tok(i)
	if t.kind != kWord {
		return i, ""
	}
	switch s.word(t) {
	case "more":
		if s.is(i+1, "than") {
			return i + 2, "MORE_THAN"
		}
	case "over":
		switch {
		case s.is(i+1, "than"):
			return i + 2, "MORE_THAN"
		case !s.is(i+1, "the"):
			return i + 1, "MORE_THAN"
		}
	case "just":
		switch {
		case s.is(i+1, "over"):
			return i + 2, "MORE_THAN"
		case s.is(i+1, "under"):
			return i + 2, "LESS_THAN"
		}
	case "less", "fewer":
		if s.is(i+1, "than") {
			return i + 2, "LESS_THAN"
		}
	case "at":
		switch {
		case s.is(i+1, "least"):
			return i + 2, "EQUAL_OR_MORE"
		case s.is(i+1, "most"):
			return i + 2, "EQUAL_OR_LESS"
		}
	case "no":
		switch {
		case s.isAny(i+1, "less", "fewer") && s.is(i+2, "than"):
			return i + 3, "EQUAL_OR_MORE"
		case s.is(i+1, "more") && s.is(i+2, "than"):
			return i + 3, "EQUAL_OR_LESS"
		}
	case "up":
		if s.is(i+1, "to") {
			return i + 2, "EQUAL_OR_LESS"
		}
	case "about", "around", "roughly", "approximately", "some", "nearly", "almost":
		return i + 1, "APPROX"
	case "under":
		if !s.is(i+1, "the") {
			return i + 1, "LESS_THAN"
		}
	}
	return i, ""
}
