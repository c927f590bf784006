package extract

// The cues of the tokens (see cuesOf), joined by sentence and by block of
// tokens, let the extractors pass over the many stretches of text where no
// phrase of a set can start.

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

// cueBlock is the number of tokens whose cues blockCuesOf joins: find
// passes over such a block at once when none of its tokens starts a
// phrase of the set it looks for, as most do.
const cueBlock = 8

// blockCuesOf returns, in the room of buf, the union of the phrase bits
// of each block of cueBlock tokens, the first starting at token 0.
func blockCuesOf(buf []uint64, cues []uint64) []uint64 {
	n := (len(cues) + cueBlock - 1) / cueBlock
	if cap(buf) < n {
		buf = make([]uint64, n)
	}
	buf = buf[:n]
	for b := range buf {
		c := cues[b*cueBlock : min(len(cues), (b+1)*cueBlock)]
		if len(c) == 8 {
			// a whole block, joined in one expression: the loop below
			// costs several times as much a token
			buf[b] = c[0] | c[1] | c[2] | c[3] | c[4] | c[5] | c[6] | c[7]
			continue
		}
		var u uint64
		for _, x := range c {
			u |= x
		}
		buf[b] = u
	}
	return buf
}

// cuesIn returns the union of the cues of the blocks that cover tokens
// [first, end): a phrase set whose bit it lacks starts no phrase there.
func (a *Analysis) cuesIn(first, end int) uint64 {
	var u uint64
	if first < end {
		for _, c := range a.blockCues[first/cueBlock : (end-1)/cueBlock+1] {
			u |= c
		}
	}
	return u
}

// mayHold reports whether sentence si has a word that starts a phrase of
// p: when it is false, p matches nowhere in the sentence.
func (a *Analysis) mayHold(si int, p *phrases) bool { return a.sentenceCues[si]&p.bit != 0 }

// nextCue returns the first token of [k, end) whose cue has bit, or end
// when none has (as when k >= end or bit is 0). It passes over a block
// whose cues lack the bit at once, and reads the tokens of the others in
// a loop of their own: the searches for a comma, a quote or a trigger,
// made for every sentence, cost a few instructions a token.
func (a *Analysis) nextCue(bit uint64, k, end int) int {
	if bit == 0 {
		return end // a set no token of the range starts
	}
	for b := k / cueBlock; k < end; b++ {
		blockEnd := min(end, (b+1)*cueBlock)
		if a.blockCues[b]&bit != 0 {
			for ; k < blockEnd; k++ {
				if a.cues[k]&bit != 0 {
					return k
				}
			}
		}
		k = blockEnd
	}
	return end
}
