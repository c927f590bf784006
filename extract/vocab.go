package extract

// The words that the rules of the package name (the phrases, the sets of
// words) are numbered once, as the package is initialised. Tokenize gives
// each token the number of its folded form, so that the rules compare and
// look up small integers instead of hashing strings for every token they
// read.

// wordID numbers a word of the vocabulary; 0 stands for any other word.
type wordID uint32

// vocabBits sizes the open-addressing table of the vocabulary, kept at
// most half full: a lookup, made for every token, hashes the word once
// and mostly reads one slot.
const vocabBits = 12

var (
	// words holds the words by number; words[0] is unused.
	words = []string{""}
	// slots holds the words at their hashes.
	slots [1 << vocabBits]vocabSlot
	// maxVocabWord is the length of the longest word.
	maxVocabWord int
	// wordCues holds, by word, the bits of the phrase sets with a phrase
	// that starts with the word (see phrases).
	wordCues = []uint64{0}
)

// A vocabSlot holds a word of the vocabulary by its first sixteen bytes,
// padded with zeros, and its length: a word of sixteen bytes or less,
// which is nearly every word, is compared with a token's as integers.
type vocabSlot struct {
	first, second uint64
	n             uint32
	id            wordID // 0 marks an empty slot
}

// intern returns the number of the folded word w, adding it to the
// vocabulary. It is called only to initialise package variables.
func intern(w string) wordID {
	if id := wordOf(w); id != 0 {
		return id
	}
	if len(words) >= 1<<(vocabBits-1) {
		panic("extract: vocabulary table too small")
	}
	i := vocabIndex(partHash(w))
	for slots[i].id != 0 {
		i = (i + 1) & (1<<vocabBits - 1)
	}
	id := wordID(len(words))
	words = append(words, w)
	wordCues = append(wordCues, 0)
	first, second := chunks(w)
	slots[i] = vocabSlot{first: first, second: second, n: uint32(len(w)), id: id}
	maxVocabWord = max(maxVocabWord, len(w))
	return id
}

// chunks returns the first sixteen bytes of w as two little-endian
// words, padded with zeros.
func chunks(w string) (first, second uint64) {
	return loadChunk(w), loadChunk(w[min(8, len(w)):])
}

// wordOf returns the number of the folded word w, or 0.
func wordOf(w string) wordID {
	if len(w) > maxVocabWord || w == "" {
		return 0
	}
	first, second := chunks(w)
	if len(w) <= 16 {
		// partHash, from the chunks already read
		h := mixChunk(0, first)
		if len(w) > 8 {
			h = mixChunk(h, second)
		}
		return lookupShort(first, second, len(w), uint32(h))
	}
	h := partHash(w)
	for i := vocabIndex(h); slots[i].id != 0; i = (i + 1) & (1<<vocabBits - 1) {
		if s := &slots[i]; s.first == first && int(s.n) == len(w) && words[s.id] == w {
			return s.id
		}
	}
	return 0
}

// lookupShort returns the number of the word of n bytes, at most sixteen,
// whose bytes are first and second (see chunks) and whose hash is h
// (partHash), or 0.
func lookupShort(first, second uint64, n int, h uint32) wordID {
	for i := vocabIndex(h); ; i = (i + 1) & (1<<vocabBits - 1) {
		s := &slots[i]
		if s.first == first && s.second == second && int(s.n) == n {
			return s.id
		}
		if s.id == 0 {
			return 0
		}
	}
}

// vocabIndex returns the slot where the search for a word of hash h
// starts: the hash's top bits, as well mixed as its others, in fewer
// steps than folding them all.
func vocabIndex(h uint32) uint32 {
	return h >> (32 - vocabBits)
}

// wordSet is a set of folded words, tested by their numbers.
type wordSet []uint64

func newWordSet(words ...string) wordSet {
	var s wordSet
	for _, w := range words {
		id := intern(w)
		for int(id/64) >= len(s) {
			s = append(s, 0)
		}
		s[id/64] |= 1 << (id % 64)
	}
	return s
}

// has reports whether the word numbered id is in s.
func (s wordSet) has(id wordID) bool {
	return int(id/64) < len(s) && s[id/64]&(1<<(id%64)) != 0
}

// word returns the number of the folded form of token k.
func (a *Analysis) word(k int) wordID { return a.Tokens[k].word }
