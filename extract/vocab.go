package extract

// The words that the rules of the package name (the phrases, the sets of
// words) are numbered once, as the package is initialised. Tokenize gives
// each token the number of its folded form, so that the rules compare and
// look up small integers instead of hashing strings for every token they
// read.

// wordID numbers a word of the vocabulary; 0 stands for any other word.
type wordID uint32

var (
	vocab = map[string]wordID{}
	// vocabShape marks the first bytes and lengths of the words, so that
	// most tokens are passed over without hashing them.
	vocabShape [256]uint32
	// wordCues holds, by word, the bits of the phrase sets with a phrase
	// that starts with the word (see phrases).
	wordCues = []uint64{0}
)

// intern returns the number of the folded word w, adding it to the
// vocabulary. It is called only to initialise package variables.
func intern(w string) wordID {
	if id, ok := vocab[w]; ok {
		return id
	}
	id := wordID(len(wordCues))
	vocab[w] = id
	wordCues = append(wordCues, 0)
	vocabShape[w[0]] |= 1 << min(len(w), 31)
	return id
}

// wordOf returns the number of the folded word w, or 0.
func wordOf(w string) wordID {
	if w == "" || vocabShape[w[0]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	return vocab[w]
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

// hasWord reports whether the folded word w is in s.
func (s wordSet) hasWord(w string) bool { return s.has(wordOf(w)) }
