package dates

import "math/bits"

// The lexicon is built as a map and then copied into an open-addressing
// table, because looking up every word of the text is the hot path of
// Find and a map lookup costs more than it need. A word of up to eight
// bytes is its own key, read in one load: finding it takes no hashing
// loop and no string comparison. The slots are small indexes, so the
// table stays in the fastest cache.

// tableBits sets the number of slots: several times the lexicon's size.
const tableBits = 12

type entry struct {
	key uint64
	// long is the word when it is longer than eight bytes, which its key
	// does not tell apart from every other.
	long string
	w    word
}

var (
	slots [1 << tableBits]uint16 // index into entries; 0 is empty
	// entries holds a blank entry first, for the empty slots.
	entries = []entry{{}}
	// maxWord is the length of the longest word in the lexicon.
	maxWord int
)

// keyOf returns the key of the word s[i:j] for the table: its bytes,
// little-endian, when it has eight or fewer, which no other word shares;
// else its first and last eight bytes and its length mixed, with the top
// bit set, which no short word's key has (their bytes are ASCII).
func keyOf(s string, i, j int) uint64 {
	n := j - i
	if n > 8 {
		return (load8(s[i:]) ^ bits.RotateLeft64(load8(s[j-8:]), 29) ^ uint64(n)) | 1<<63
	}
	if i+8 <= len(s) {
		return load8(s[i:]) & (1<<(8*n) - 1)
	}
	var k uint64
	for b := j - 1; b >= i; b-- {
		k = k<<8 | uint64(s[b])
	}
	return k
}

// slotOf returns the first slot to probe for key k.
func slotOf(k uint64) uint32 { return uint32((k * 0x9e3779b97f4a7c15) >> (64 - tableBits)) }

func init() {
	buildLexicon()
	addZones()
	for w, e := range lexicon {
		maxWord = max(maxWord, len(w))
		k := keyOf(w, 0, len(w))
		en := entry{key: k, w: e}
		if len(w) > 8 {
			en.long = w
		}
		i := slotOf(k)
		for slots[i] != 0 {
			i = (i + 1) & (1<<tableBits - 1)
		}
		slots[i] = uint16(len(entries))
		entries = append(entries, en)
	}
}

// find returns the lexicon entry whose key is k, or a blank one.
func find(k uint64) *word {
	for s := slotOf(k); ; s = (s + 1) & (1<<tableBits - 1) {
		// The blank entry, that of the empty slots, has the key no word has.
		if e := &entries[slots[s]]; e.key == k || e.key == 0 {
			return &e.w
		}
	}
}

// lookup returns the lexicon entry for the lower-case ASCII word
// low[i:j], or a blank one.
func lookup(low string, i, j int) *word {
	if j-i > maxWord {
		return &entries[0].w
	}
	k := keyOf(low, i, j)
	for s := slotOf(k); ; s = (s + 1) & (1<<tableBits - 1) {
		n := slots[s]
		if e := &entries[n]; n == 0 || e.key == k && (j-i <= 8 || e.long == low[i:j]) {
			return &e.w
		}
	}
}
