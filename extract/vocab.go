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
	// slots holds the words at their hashes, and tags their tags (see
	// vocabTag), 0 for an empty slot. A lookup, made for every plain
	// token, reads the tag first: the tags, 4 KB, stay in the cache, the
	// slots, 96 KB, do not, and a token whose word is not in the
	// vocabulary, as most are not, is turned away without reading its
	// slot.
	slots [1 << vocabBits]vocabSlot
	tags  [1 << vocabBits]uint8
	// maxVocabWord is the length of the longest word.
	maxVocabWord int
	// wordCues holds, by word, the bits of the phrase sets with a phrase
	// that starts with the word (see phrases).
	wordCues = []uint64{0}
)

// A vocabSlot holds a word of the vocabulary by its first sixteen bytes,
// padded with zeros: a word of sixteen bytes or less, which is nearly
// every word, is compared with a token's as integers. No word has a zero
// byte, so that the padding tells the words' lengths apart as well.
type vocabSlot struct {
	first, second uint64
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
	slots[i] = vocabSlot{first: first, second: second, id: id}
	tags[i] = vocabTag(partHash(w))
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
		// w may have a zero byte, unlike the words.
		if id := lookupShort(first, second, uint32(h)); len(words[id]) == len(w) {
			return id
		}
		return 0
	}
	h := partHash(w)
	for i := vocabIndex(h); slots[i].id != 0; i = (i + 1) & (1<<vocabBits - 1) {
		if s := &slots[i]; s.first == first && words[s.id] == w {
			return s.id
		}
	}
	return 0
}

// lookupShort returns the number of the word of at most sixteen bytes,
// none of them zero, whose bytes are first and second (see chunks) and
// whose hash is h (partHash), or 0.
func lookupShort(first, second uint64, h uint32) wordID {
	tag := vocabTag(h)
	for i := vocabIndex(h); ; i = (i + 1) & (1<<vocabBits - 1) {
		switch tags[i] {
		case tag:
			if s := &slots[i]; s.first == first && s.second == second {
				return s.id
			}
		case 0:
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

// vocabTag returns the tag of a word of hash h: its low bits, which
// vocabIndex does not use, never 0.
func vocabTag(h uint32) uint8 {
	return uint8(h) | 1
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
