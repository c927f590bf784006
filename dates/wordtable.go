package dates

import (
	"maps"
	"math/bits"
	"slices"
)

// The lexicon is built as a map and then copied into two open-addressing
// tables, because looking up every word of the text is the hot path of
// Find and a map lookup costs more than it need. A word of up to eight
// bytes is its own key, read in one load: finding it takes no hashing
// loop and no string comparison, and most often a single probe of the
// table, which holds the words' entries themselves. A longer one, of up
// to sixteen bytes, is told apart by its first and last eight bytes and
// its length, and has a table of its own.

// shortBits and longBits set the number of slots of the two tables:
// several times the number of words each holds.
const (
	shortBits = 11
	longBits  = 8
)

// shortSlot holds a word of up to eight bytes, whose bytes, little-endian,
// are its key; an empty slot has key 0, which no word has.
type shortSlot struct {
	key uint64
	w   word
}

// longSlot holds a word of nine to sixteen bytes, whose first and last
// eight bytes are head and tail; an empty slot has head 0.
type longSlot struct {
	head, tail uint64
	n          int
	w          word
}

var (
	shortWords [1 << shortBits]shortSlot
	longWords  [1 << longBits]longSlot
	// maxWord is the length of the longest word in the lexicon.
	maxWord int
	// none is the entry of a word the lexicon does not hold.
	none word
)

// shortSlotOf and longSlotOf return the first slot to probe for a word.
func shortSlotOf(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> (64 - shortBits) }

func longSlotOf(head, tail uint64, n int) uint64 {
	return ((head ^ bits.RotateLeft64(tail, 29) ^ uint64(n)) * 0x9e3779b97f4a7c15) >> (64 - longBits)
}

func init() {
	buildLexicon()
	addZones()
	// The words go in in sorted order, not in the map's, which changes
	// from process to process: so do the slots, and with them the cost of
	// a look-up.
	for _, w := range slices.Sorted(maps.Keys(lexicon)) {
		e := lexicon[w]
		maxWord = max(maxWord, len(w))
		switch n := len(w); {
		case n <= 8:
			k := keyOf(w, 0, n)
			s := shortSlotOf(k)
			for shortWords[s].key != 0 {
				s = (s + 1) & (1<<shortBits - 1)
			}
			shortWords[s] = shortSlot{key: k, w: e}
		case n <= 16:
			head, tail := load8(w), load8(w[n-8:])
			s := longSlotOf(head, tail, n)
			for longWords[s].head != 0 {
				s = (s + 1) & (1<<longBits - 1)
			}
			longWords[s] = longSlot{head: head, tail: tail, n: n, w: e}
		default:
			panic("dates: lexicon word longer than sixteen bytes: " + w)
		}
	}
}

// keyOf returns the key of the word s[i:j] of up to eight bytes: its
// bytes, little-endian.
func keyOf(s string, i, j int) uint64 {
	if i+8 <= len(s) {
		return load8(s[i:]) & (1<<(8*(j-i)) - 1)
	}
	var k uint64
	for b := j - 1; b >= i; b-- {
		k = k<<8 | uint64(s[b])
	}
	return k
}

// find returns the lexicon entry of the word of up to eight bytes whose
// key is k, or none's.
func find(k uint64) *word {
	for s := shortSlotOf(k); ; s = (s + 1) & (1<<shortBits - 1) {
		// s is within the table: the mask, which changes nothing, lets
		// the compiler see it and drop the test of bounds.
		if e := &shortWords[s&(1<<shortBits-1)]; e.key == k || e.key == 0 {
			return &e.w
		}
	}
}

// findLong returns the lexicon entry of the word of n bytes, more than
// eight and at most sixteen, whose first and last eight bytes are head
// and tail, or none's.
func findLong(head, tail uint64, n int) *word {
	for s := longSlotOf(head, tail, n); ; s = (s + 1) & (1<<longBits - 1) {
		if e := &longWords[s]; e.head == head && e.tail == tail && e.n == n || e.head == 0 {
			return &e.w
		}
	}
}

// lookup returns the lexicon entry for the lower-case ASCII word
// low[i:j], or none's.
func lookup(low string, i, j int) *word {
	switch n := j - i; {
	case n > maxWord:
		return &none
	case n > 8:
		return findLong(load8(low[i:]), load8(low[j-8:]), n)
	}
	return find(keyOf(low, i, j))
}
