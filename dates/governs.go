package dates

import "strings"

// relative reports whether token k opens a relative clause (", where the
// blasts killed"): a verb before it belongs to another clause.
func (s *scanner) relative(k int) bool {
	return s.punct(k-1, ',') && s.isAny(k, "where", "which", "who", "whom", "whose")
}

// attributive reports whether the expression made of tokens [i, j)
// qualifies the noun after it, between a determiner and that noun ("the
// Aug. 7 blasts", "its November meeting"): it names the thing, and the
// verbs around tell nothing of its date.
func (s *scanner) attributive(i, j int) bool {
	n := s.tok(j)
	if !s.isAny(i-1, "the", "its", "their", "his", "her", "our", "this", "a", "an") || n.kind != kWord || n.upper || n.w.c != 0 {
		return false
	}
	return !s.isAny(j, "at", "with", "to", "is", "was", "has", "had", "that", "as") && !strings.HasSuffix(s.word(n), "ly")
}

// pastJustBefore reports whether a past verb stands right before the
// expression starting at token i, with at most a preposition between:
// "the year ended Jan. 31", "was signed on Dec. 20". A verb that reports
// speech does not count ("said Dec. 7 is the deadline").
func (s *scanner) pastJustBefore(i int) bool {
	k := i - 1
	if s.isAny(k, "on", "in") {
		k--
	}
	return s.cueAt(k) == leanBack && !s.isAny(k, "said", "told")
}
