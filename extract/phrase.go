package extract

import "strings"

// phrases matches fixed word sequences against folded tokens. The last
// word of a phrase also matches its plural with a final "s".
type phrases struct {
	byFirst map[string][]phrase
}

type phrase struct {
	words []string
	tag   int
}

// newPhrases builds a matcher; tags[i] is returned for list[i].
func newPhrases(list []string, tags []int) *phrases {
	p := &phrases{byFirst: make(map[string][]phrase, len(list))}
	for i, s := range list {
		words := strings.Fields(Fold(s))
		tag := 0
		if tags != nil {
			tag = tags[i]
		}
		p.byFirst[words[0]] = append(p.byFirst[words[0]], phrase{words, tag})
	}
	return p
}

// match returns the end and tag of the longest phrase starting at toks[k],
// or end 0 when none does. It does not look past limit.
func (p *phrases) match(toks []Token, k, limit int) (end, tag int) {
	cands := p.byFirst[toks[k].Norm]
	if len(cands) == 0 && strings.HasSuffix(toks[k].Norm, "s") {
		cands = p.byFirst[strings.TrimSuffix(toks[k].Norm, "s")]
	}
	for _, c := range cands {
		if k+len(c.words) > limit || k+len(c.words) <= end {
			continue
		}
		ok := true
		for j, w := range c.words {
			n := toks[k+j].Norm
			if n != w && !(j == len(c.words)-1 && n == w+"s") {
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

// find returns the first match in toks[from:limit]: its start, end and
// tag, or start -1.
func (p *phrases) find(toks []Token, from, limit int) (start, end, tag int) {
	for k := from; k < limit; k++ {
		if e, t := p.match(toks, k, limit); e > 0 {
			return k, e, t
		}
	}
	return -1, 0, 0
}

// has reports whether any phrase occurs in toks[from:limit].
func (p *phrases) has(toks []Token, from, limit int) bool {
	s, _, _ := p.find(toks, from, limit)
	return s >= 0
}
