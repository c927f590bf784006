package dates

// cueAt returns cue(k), worked out once per token of a call to Find: the
// cues of the words before an expression are read again for each rule
// that resolves one there, and for each expression near by.
func (s *scanner) cueAt(k int) int {
	if uint(k) >= uint(len(s.cues)) {
		return s.cue(k)
	}
	if c := s.cues[k]; c != 0 {
		return int(c) - 1
	}
	l := s.cue(k)
	s.cues[k] = int8(l + 1)
	return l
}
