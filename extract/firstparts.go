package extract

// firstParts holds the lexicon's forms by their first part: a table of
// open addressing keyed by the part's hash (partHash), which the
// tokenizer has already computed for a plain word. A look-up compares
// hashes and then one string, where a map would hash the part again.
type firstParts struct {
	slots   []int32 // one more than an index into entries; 0 is empty
	entries []firstPart
	mask    uint32
}

// firstPart is a first part with its forms, longest first.
type firstPart struct {
	h     uint32
	part  string
	forms []*form
}

// newFirstParts builds the table of the forms of m, by first part.
func newFirstParts(m map[string][]*form) firstParts {
	size := slotsFor(len(m))
	x := firstParts{slots: make([]int32, size), entries: make([]firstPart, 0, len(m)), mask: uint32(size - 1)}
	for part, forms := range m {
		h := partHash(part)
		i := h & x.mask
		for x.slots[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.entries = append(x.entries, firstPart{h, part, forms})
		x.slots[i] = int32(len(x.entries))
	}
	return x
}

// get returns the forms whose first part is part, of hash h.
func (x *firstParts) get(h uint32, part string) []*form {
	for i := h & x.mask; x.slots[i] != 0; i = (i + 1) & x.mask {
		if e := &x.entries[x.slots[i]-1]; e.h == h && e.part == part {
			return e.forms
		}
	}
	return nil
}

// slotsFor returns the number of slots of an open-addressing table of n
// keys: a power of two, at least twice n, so that most searches end at
// the first slot.
func slotsFor(n int) int {
	size := 2
	for size < 2*n {
		size *= 2
	}
	return size
}
