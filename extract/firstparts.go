package extract

import (
	"maps"
	"slices"
)

// firstParts holds the lexicon's forms by their first part: a table of
// open addressing keyed by the part's hash (partHash), which the
// tokenizer has already computed for a plain word. A look-up compares
// hashes and then one string, where a map would hash the part again.
type firstParts struct {
	// slots holds the parts' hashes beside their places in entries, so
	// that a search passes over the slots of other hashes without
	// reading the parts.
	slots   []firstSlot
	entries []firstPart
	mask    uint32
}

// firstSlot is a slot of firstParts: a part's hash and one more than
// its index in entries; 0 marks an empty slot.
type firstSlot struct {
	h uint32
	i int32
}

// firstPart is a first part with its forms, longest first.
type firstPart struct {
	part  string
	forms []*form
}

// newFirstParts builds the table of the forms of m, by first part.
func newFirstParts(m map[string][]*form) firstParts {
	size := slotsFor(len(m))
	x := firstParts{slots: make([]firstSlot, size), entries: make([]firstPart, 0, len(m)), mask: uint32(size - 1)}
	// The parts go in in order, so that the table, and the time a
	// search takes, are the same in every process.
	for _, part := range slices.Sorted(maps.Keys(m)) {
		forms := m[part]
		h := partHash(part)
		i := h & x.mask
		for x.slots[i].i != 0 {
			i = (i + 1) & x.mask
		}
		x.entries = append(x.entries, firstPart{part, forms})
		x.slots[i] = firstSlot{h, int32(len(x.entries))}
	}
	return x
}

// get returns the forms whose first part is part, of hash h.
func (x *firstParts) get(h uint32, part string) []*form {
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := x.slots[i]
		if s.i == 0 {
			return nil
		}
		if s.h == h {
			if e := &x.entries[s.i-1]; e.part == part {
				return e.forms
			}
		}
	}
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
