package dates

// rule is one way to read an expression starting at a token: it returns
// the index after the expression, its resolution, and whether it matched.
type rule func(s *scanner, i int) (int, res, bool)

// rules are all the ways an expression can start. Each is tried at every
// token that can start an expression, and the longest match wins.
var rules = [...]rule{
	(*scanner).approx,
	(*scanner).clock,
	(*scanner).absDate,
	(*scanner).weekday,
	(*scanner).dayWord,
	(*scanner).relUnit,
	(*scanner).monthBare,
	(*scanner).year,
	(*scanner).season,
	(*scanner).quarter,
	(*scanner).duration,
	(*scanner).ref,
	(*scanner).set,
	(*scanner).edge,
}

// match returns the longest expression starting at token i.
func (s *scanner) match(i int) (int, res, bool) {
	best, br, ok := i, res{}, false
	for _, r := range rules {
		if j, x, good := r(s, i); good && j > best {
			best, br, ok = j, x, true
		}
	}
	return best, br, ok
}
