package extract

// firstIndex holds the phrases of a set by their first word: a table of
// open addressing read at the word's own number. A phrase set has a few
// dozen first words at most, numbered apart from each other, so a look-up
// mostly reads one slot, where a map would hash the number first.
type firstIndex struct {
	keys  []wordID // 0 marks an empty slot
	lists [][]phrase
	mask  wordID
}

// newFirstIndex builds the index of the phrases of m, by first word.
func newFirstIndex(m map[wordID][]phrase) firstIndex {
	size := slotsFor(len(m))
	x := firstIndex{keys: make([]wordID, size), lists: make([][]phrase, size), mask: wordID(size - 1)}
	for w, list := range m {
		i := w & x.mask
		for x.keys[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.keys[i], x.lists[i] = w, list
	}
	return x
}

// get returns the phrases that start with the word numbered w.
func (x *firstIndex) get(w wordID) []phrase {
	for i := w & x.mask; x.keys[i] != 0; i = (i + 1) & x.mask {
		if x.keys[i] == w {
			return x.lists[i]
		}
	}
	return nil
}
