package dates

// count reads a count starting at token i: digits ("150"), number words
// ("six", "twenty-five", "a hundred"), "a"/"an", or a vague amount
// ("several", "a few", "a couple of"). It returns the count (0 when vague),
// whether it is vague, and the index after it.
func (s *scanner) count(i int) (n int, vague bool, j int, ok bool) {
	t := s.tok(i)
	switch {
	case t.kind == kNum:
		if t.ord || t.plural || t.digits > 6 {
			return 0, false, i, false
		}
		// "1,000": a thousands group glued on both sides.
		n, j = t.val, i+1
		for s.punct(j, ',') && s.glued(j) && s.glued(j+1) && s.tok(j+1).kind == kNum && s.tok(j+1).digits == 3 {
			n = n*1000 + s.tok(j+1).val
			j += 2
		}
		return n, false, j, true
	case t.kind != kWord:
		return 0, false, i, false
	case s.word(t) == "a" || s.word(t) == "an":
		switch {
		case s.is(i+1, "few"):
			return 0, true, i + 2, true
		case s.is(i+1, "couple") && s.is(i+2, "of"):
			return 2, false, i + 3, true
		case s.is(i+1, "dozen"):
			return 12, false, i + 2, true
		case s.isAny(i+1, "hundred", "thousand"):
			return int(s.tok(i + 1).w.num), false, i + 2, true
		}
		return 1, false, i + 1, true
	case s.word(t) == "several" || s.word(t) == "few" || s.word(t) == "many" && !s.isAny(i-1, "as", "so", "how", "too"):
		return 0, true, i + 1, true
	case s.word(t) == "couple" && s.is(i+1, "of"):
		return 2, false, i + 2, true
	case t.w.c&cNumber != 0 && s.word(t) != "couple" && s.word(t) != "dozen":
		n, j = int(t.w.num), i+1
		if n >= 20 && n < 100 && n%10 == 0 {
			// "twenty-five", "twenty five"
			k := j
			if s.hyphen(k) {
				k++
			}
			if u := s.tok(k); u.kind == kWord && u.w.c&cNumber != 0 && int(u.w.num) > 0 && int(u.w.num) < 10 && s.word(u) != "a" && s.word(u) != "an" {
				n += int(u.w.num)
				j = k + 1
			}
		}
		if n > 0 && n < 100 && s.isAny(j, "hundred", "thousand") {
			n *= int(s.tok(j).w.num)
			j++
		}
		return n, false, j, true
	}
	return 0, false, i, false
}
