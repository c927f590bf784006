package extract

// sentenceCuesOf returns, in the room of buf, the union of the phrase bits
// of each sentence's tokens (see cuesOf). An extractor that looks for its
// triggers in every sentence passes over one that holds no word starting
// a trigger, without testing its tokens one by one.
func sentenceCuesOf(buf []uint64, cues []uint64, ss []Sentence) []uint64 {
	if cap(buf) < len(ss) {
		buf = make([]uint64, len(ss))
	}
	buf = buf[:len(ss)]
	for i, s := range ss {
		var u uint64
		for _, c := range cues[s.First:s.End] {
			u |= c
		}
		buf[i] = u
	}
	return buf
}

// mayHold reports whether sentence si has a word that starts a phrase of
// p: when it is false, p matches nowhere in the sentence.
func (a *Analysis) mayHold(si int, p *phrases) bool { return a.sentenceCues[si]&p.bit != 0 }
