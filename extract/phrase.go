package extract

import (
	"math/bits"
	"slices"
	"strings"
)

// phrases matches fixed word sequences against folded tokens. The last
// word of a phrase also matches its plural with a final "s".
type phrases struct {
	// bit marks the words that may start one of the phrases (wordCues),
	// so that most tokens are passed over without a look-up.
	bit uint64
}

// phrase is a sequence of words, by number; plural is the number of the
// last word with a final "s".
type phrase struct {
	words  []wordID
	plural wordID
	tag    int
}

// cueCount is the number of phrase sets, each with its bit in wordCues.
var cueCount uint

// wordPhrases holds, by word, the phrases that start with it: a list for
// each phrase set whose bit the word's cues have, in the order of the
// bits. The list of a set is found by counting the word's bits below the
// set's, with no search and no hashing.
var wordPhrases [][][]phrase

// newPhrases builds a matcher; tags[i] is returned for list[i]. It is
// called only to initialise package variables: the bits are shared by all.
func newPhrases(list []string, tags []int) *phrases {
	if cueCount == 64 {
		panic("extract: more than 64 phrase sets")
	}
	p := &phrases{bit: 1 << cueCount}
	cueCount++
	byFirst := make(map[wordID][]phrase, len(list))
	for i, s := range list {
		words := strings.Fields(Fold(s))
		ph := phrase{words: make([]wordID, len(words)), plural: intern(words[len(words)-1] + "s")}
		if tags != nil {
			ph.tag = tags[i]
		}
		for j, w := range words {
			ph.words[j] = intern(w)
		}
		keys := []wordID{ph.words[0]}
		if len(words) == 1 {
			keys = append(keys, ph.plural)
		}
		for _, key := range keys {
			byFirst[key] = append(byFirst[key], ph)
		}
	}
	for key, list := range byFirst {
		// longest reads the longest first; of two as long, the one listed first.
		slices.SortStableFunc(list, func(x, y phrase) int { return len(y.words) - len(x.words) })
		for int(key) >= len(wordPhrases) {
			wordPhrases = append(wordPhrases, nil)
		}
		// The sets made before this one have lower bits.
		wordPhrases[key] = append(wordPhrases[key], list)
		wordCues[key] |= p.bit
	}
	return p
}

// startingWith returns the phrases of p that start with the word w.
func (p *phrases) startingWith(w wordID) []phrase {
	cues := wordCues[w]
	if cues&p.bit == 0 {
		return nil
	}
	return wordPhrases[w][bits.OnesCount64(cues&(p.bit-1))]
}

// match returns the end and tag of the longest phrase starting at token k,
// or end 0 when none does. It does not look past limit. It is small enough
// to be inlined: most tokens start no phrase, and are turned away without
// a call.
func (p *phrases) match(a *Analysis, k, limit int) (end, tag int) {
	if a.cues[k]&p.bit != 0 {
		end, tag = p.longest(a, k, limit)
	}
	return
}

// longest is match for a token that may start a phrase. The phrases
// that start with the token's word (a word alone also with its plural)
// are read longest first, so that the first that matches is the longest;
// their first word, the token's, is not tested again.
func (p *phrases) longest(a *Analysis, k, limit int) (end, tag int) {
	list := p.startingWith(a.word(k))
	for i := range list {
		c := &list[i]
		n := len(c.words)
		if k+n > limit {
			continue
		}
		j := 1
		for ; j < n; j++ {
			if w := a.word(k + j); w != c.words[j] && !(j == n-1 && w == c.plural) {
				break
			}
		}
		if j == n {
			return k + n, c.tag
		}
	}
	return 0, 0
}

// find returns the first match in the tokens [from, limit) of a: its
// start, end and tag, or start -1.
func (p *phrases) find(a *Analysis, from, limit int) (start, end, tag int) {
	for k := a.nextCue(p.bit, from, limit); k < limit; k = a.nextCue(p.bit, k+1, limit) {
		if e, t := p.longest(a, k, limit); e > 0 {
			return k, e, t
		}
	}
	return -1, 0, 0
}

// has reports whether any phrase occurs in the tokens [from, limit) of a.
func (p *phrases) has(a *Analysis, from, limit int) bool {
	s, _, _ := p.find(a, from, limit)
	return s >= 0
}

// cuesOf returns, in the room of buf, the phrase bits of each token's
// word (wordCues). The extractors test phrases at nearly every token of
// a sentence, several times over: reading the bits from a list in token
// order is cheaper than from the token and then the vocabulary.
func cuesOf(buf []uint64, toks []Token) []uint64 {
	if cap(buf) < len(toks) {
		buf = make([]uint64, len(toks))
	}
	buf = buf[:len(toks)]
	// A copy of the table: the stores to buf would make the loop read
	// the global again at each token.
	cues := wordCues
	for k := range toks {
		buf[k] = cues[toks[k].word]
	}
	return buf
}
