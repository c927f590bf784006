package extract

import "strings"

// phrases matches fixed word sequences against folded tokens. The last
// word of a phrase also matches its plural with a final "s".
type phrases struct {
	byFirst map[string][]phrase
	// bit marks the tokens that may start one of the phrases (Token.cues),
	// so that most tokens are passed over without a map lookup.
	bit uint64
}

type phrase struct {
	words []string
	tag   int
}

// cueBits maps a folded word to the bits of the phrase sets that have a
// phrase starting with it; Tokenize copies them into each token. cueShape
// marks the first bytes and lengths of those words, so that most tokens
// are passed over without hashing them.
var (
	cueBits  = map[string]uint64{}
	cueShape [256]uint32
	cueCount uint
)

// cuesOf returns the phrase sets that may start with the folded word w.
func cuesOf(w string) uint64 {
	if w == "" || cueShape[w[0]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	return cueBits[w]
}

// newPhrases builds a matcher; tags[i] is returned for list[i]. It is
// called only to initialise package variables: the bits are shared by all.
func newPhrases(list []string, tags []int) *phrases {
	if cueCount == 64 {
		panic("extract: more than 64 phrase sets")
	}
	p := &phrases{byFirst: make(map[string][]phrase, len(list)), bit: 1 << cueCount}
	cueCount++
	for i, s := range list {
		words := strings.Fields(Fold(s))
		tag := 0
		if tags != nil {
			tag = tags[i]
		}
		keys := []string{words[0]}
		if len(words) == 1 {
			keys = append(keys, words[0]+"s")
		}
		for _, key := range keys {
			p.byFirst[key] = append(p.byFirst[key], phrase{words, tag})
			cueBits[key] |= p.bit
			cueShape[key[0]] |= 1 << min(len(key), 31)
		}
	}
	return p
}

// match returns the end and tag of the longest phrase starting at token k,
// or end 0 when none does. It does not look past limit.
func (p *phrases) match(a *Analysis, k, limit int) (end, tag int) {
	if a.Tokens[k].cues&p.bit == 0 {
		return 0, 0
	}
	for _, c := range p.byFirst[a.Norm(k)] {
		if k+len(c.words) > limit || k+len(c.words) <= end {
			continue
		}
		ok := true
		for j, w := range c.words {
			n := a.Norm(k + j)
			if n != w && !(j == len(c.words)-1 && isPlural(n, w)) {
				ok = false
				break
			}
		}
		if ok {
			end, tag = k+len(c.words), c.tag
		}
	}
	return end, tag
}

// isPlural reports whether n is w with a final "s".
func isPlural(n, w string) bool {
	return len(n) == len(w)+1 && n[len(w)] == 's' && n[:len(w)] == w
}

// find returns the first match in the tokens [from, limit) of a: its
// start, end and tag, or start -1.
func (p *phrases) find(a *Analysis, from, limit int) (start, end, tag int) {
	for k := from; k < limit; k++ {
		if e, t := p.match(a, k, limit); e > 0 {
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
