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

// A vocabSlot holds a word of the vocabulary by its first eight bytes
// (loadChunk) and its length: a word of eight bytes or less, which is
// most words, is compared with a token's as two integers.
type vocabSlot struct {
	first uint64
	n     uint32
	id    wordID // 0 marks an empty slot
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
	slots[i] = vocabSlot{first: loadChunk(w), n: uint32(len(w)), id: id}
	maxVocabWord = max(maxVocabWord, len(w))
	return id
}

// wordOf returns the number of the folded word w, or 0.
func wordOf(w string) wordID {
	if len(w) > maxVocabWord || w == "" {
		return 0
	}
	return lookupWord(w, loadChunk(w), partHash(w))
}

// lookupWord is wordOf for a word whose first eight bytes (loadChunk)
// and hash (partHash) are known.
func lookupWord(w string, first uint64, h uint32) wordID {
	for i := vocabIndex(h); ; i = (i + 1) & (1<<vocabBits - 1) {
		s := &slots[i]
		if s.first == first && int(s.n) == len(w) && (len(w) <= 8 || words[s.id] == w) {
			return s.id
		}
		if s.id == 0 {
			return 0
		}
	}
}

// vocabIndex folds the hash h of a word into the slot where its search
// starts.
func vocabIndex(h uint32) uint32 {
	return (h ^ h>>vocabBits ^ h>>(2*vocabBits)) & (1<<vocabBits - 1)
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
