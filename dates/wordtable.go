package dates

// The lexicon is built as a map and then copied into an open-addressing
// table with a cheap hash, because looking up every word of the text is
// the hot path of Find and a map lookup costs more than the hashing the
// tokenizer can do as it reads the word.

// tableBits sets the table's size: well over twice the lexicon's.
const tableBits = 11

var (
	tableKeys [1 << tableBits]string
	tableVals [1 << tableBits]word
	// maxWord is the length of the longest word in the lexicon.
	maxWord int
)

// hashStep adds the lower-case byte c to the hash h.
func hashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// hashOf hashes the lower-case word w.
func hashOf(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = hashStep(h, w[i])
	}
	return h
}

func init() {
	buildLexicon()
	addZones()
	for w, e := range lexicon {
		maxWord = max(maxWord, len(w))
		i := hashOf(w) & (1<<tableBits - 1)
		for tableKeys[i] != "" {
			i = (i + 1) & (1<<tableBits - 1)
		}
		tableKeys[i], tableVals[i] = w, e
	}
}

// lookup returns the lexicon entry for the lower-case ASCII word w, whose
// hash is h.
func lookup(w []byte, h uint32) word {
	if len(w) > maxWord {
		return word{}
	}
	for i := h & (1<<tableBits - 1); ; i = (i + 1) & (1<<tableBits - 1) {
		k := tableKeys[i]
		if k == "" {
			return word{}
		}
		if k == string(w) {
			return tableVals[i]
		}
	}
}
