package dates

// The lexicon is built as a map and then copied into an open-addressing
// table with a cheap hash, because looking up every word of the text is
// the hot path of Find and a map lookup costs more than the hashing the
// tokenizer can do as it reads the word. The slots are small indexes, so
// the table stays in the fastest cache, and each entry keeps its hash so
// that most misses are told apart without comparing strings.

// tableBits sets the number of slots: several times the lexicon's size.
const tableBits = 12

type entry struct {
	key string
	h   uint32
	w   word
}

var (
	slots   [1 << tableBits]uint16 // index+1 into entries; 0 is empty
	entries []entry
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
		h := hashOf(w)
		entries = append(entries, entry{w, h, e})
		i := h & (1<<tableBits - 1)
		for slots[i] != 0 {
			i = (i + 1) & (1<<tableBits - 1)
		}
		slots[i] = uint16(len(entries))
	}
}

// lookup returns the lexicon entry for the lower-case ASCII word w, whose
// hash is h.
func lookup(w []byte, h uint32) word {
	if len(w) > maxWord {
		return word{}
	}
	for i := h & (1<<tableBits - 1); ; i = (i + 1) & (1<<tableBits - 1) {
		n := slots[i]
		if n == 0 {
			return word{}
		}
		if e := &entries[n-1]; e.h == h && e.key == string(w) {
			return e.w
		}
	}
}
