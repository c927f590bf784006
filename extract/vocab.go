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
	// slots holds the numbers of the words at their hashes.
	slots [1 << vocabBits]wordID
	// maxVocabWord is the length of the longest word.
	maxVocabWord int
	// wordCues holds, by word, the bits of the phrase sets with a phrase
	// that starts with the word (see phrases).
	wordCues = []uint64{0}
)

// intern returns the number of the folded word w, adding it to the
// vocabulary. It is called only to initialise package variables.
func intern(w string) wordID {
	i := vocabHash(w)
	for ; slots[i] != 0; i = (i + 1) & (1<<vocabBits - 1) {
		if words[slots[i]] == w {
			return slots[i]
		}
	}
	if len(words) >= 1<<(vocabBits-1) {
		panic("extract: vocabulary table too small")
	}
	id := wordID(len(words))
	words = append(words, w)
	wordCues = append(wordCues, 0)
	slots[i] = id
	maxVocabWord = max(maxVocabWord, len(w))
	return id
}

// wordOf returns the number of the folded word w, or 0.
func wordOf(w string) wordID {
	if len(w) > maxVocabWord {
		return 0
	}
	return wordInSlot(w, vocabHash(w))
}

// wordInSlot is wordOf for a word whose search starts at slot i.
func wordInSlot(w string, i uint32) wordID {
	for ; slots[i] != 0; i = (i + 1) & (1<<vocabBits - 1) {
		if words[slots[i]] == w {
			return slots[i]
		}
	}
	return 0
}

// vocabHash returns the slot where the search for w starts.
func vocabHash(w string) uint32 { return vocabSlot(partHash(w)) }

// vocabSlot folds the FNV-1a hash h of a word into a slot of the table.
func vocabSlot(h uint32) uint32 {
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
