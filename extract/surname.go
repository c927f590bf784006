package extract

import "github.com/dipnews/diplomacy/model"

// A person named in full is often named again by the surname alone
// ("Ersin Tatar ... Tatar said"). The lexicon cannot list every surname as
// a name of its own, as many are also words or other people's names; but
// within one text, a capitalized word that is the last word of a person
// named before it names that person.

// minSurname is the shortest surname read so, in bytes: shorter ones are
// too often initials or words.
const minSurname = 3

// surname is the last word of a person named in full, from token after on.
type surname struct {
	word  string
	entry *Entry
	after int
}

// withSurnames adds to ms, the mentions of the part in text order, a
// person mention for each capitalized word outside them that is the
// surname of a person named in full before it.
func (a *Analysis) withSurnames(ms []Mention) []Mention {
	var knownBuf [8]surname // a text names few people in full
	known := knownBuf[:0]
	// hashes has bit h%256 set for the hash h (partHash) of each surname:
	// it turns away most capitalised words with no string compared.
	var hashes [4]uint64
	for _, m := range ms {
		if m.Kind != MentionPerson || m.End-m.First < 2 {
			continue
		}
		if w := a.norm(m.End - 1); len(w) >= minSurname && !knownSurname(known, w) {
			known = append(known, surname{w, m.Entry, m.End})
			h := partHash(w)
			hashes[h>>6&3] |= 1 << (h & 63)
		}
	}
	if len(known) == 0 {
		return ms
	}
	var add []Mention
	mi := 0
	// Most tokens are not capitalised words: they are passed over before
	// the mentions are walked up to them.
	for k := nextCapWord(a.Tokens, known[0].after); k < len(a.Tokens); k = nextCapWord(a.Tokens, k+1) {
		t := &a.Tokens[k]
		for mi < len(ms) && ms[mi].End <= k {
			mi++
		}
		if mi < len(ms) && ms[mi].First <= k {
			continue
		}
		var h uint32
		if t.plain {
			h = t.plainHash()
		} else {
			h = partHash(a.norm(k))
		}
		if hashes[h>>6&3]&(1<<(h&63)) == 0 {
			continue // no surname has its hash
		}
		n := a.norm(k)
		for _, s := range known {
			if s.after <= k && s.word == n && a.aloneAsSurname(k, ms, mi, s.entry) {
				add = append(add, Mention{Kind: MentionPerson, Span: model.Span{Start: t.Start, End: t.End}, First: k, End: k + 1, Entry: s.entry})
				break
			}
		}
	}
	if len(add) == 0 {
		return ms
	}
	return mergeMentions(ms, add)
}

// nextCapWord returns the first capitalised word of toks from k on, or
// len(toks). The loop, apart from the rest of withSurnames, keeps its
// variables in registers.
func nextCapWord(toks []Token, k int) int {
	for ; k < len(toks); k++ {
		if t := &toks[k]; t.Cap && t.Kind == Word {
			break
		}
	}
	return k
}

func knownSurname(known []surname, w string) bool {
	for _, s := range known {
		if s.word == w {
			return true
		}
	}
	return false
}

// mergeMentions merges two lists of mentions in text order that do not
// overlap.
func mergeMentions(ms, add []Mention) []Mention {
	out := make([]Mention, 0, len(ms)+len(add))
	i, j := 0, 0
	for i < len(ms) || j < len(add) {
		if j == len(add) || i < len(ms) && ms[i].First < add[j].First {
			out = append(out, ms[i])
			i++
		} else {
			out = append(out, add[j])
			j++
		}
	}
	return out
}

// aloneAsSurname reports whether the surname at token k stands for the
// person of entry e rather than for another of the same name: no other
// name is written with it ("King Hussein" is not Saddam Hussein, nor is
// "Hussein Obama"), though an office the person held may come before it
// ("President Tatar"). ms[mi] is the first mention that ends after k.
func (a *Analysis) aloneAsSurname(k int, ms []Mention, mi int, e *Entry) bool {
	if k+1 < len(a.Tokens) && a.Tokens[k+1].Kind == Word && a.Tokens[k+1].Cap && (mi >= len(ms) || ms[mi].First != k+1) {
		return false
	}
	if k == 0 || a.Tokens[k-1].Kind != Word || !a.Tokens[k-1].Cap || a.inDate(a.Tokens[k-1].Start) {
		return true // "On Friday Tatar met ..."
	}
	if mi > 0 && ms[mi-1].End == k && ms[mi-1].Kind == MentionOffice {
		for _, t := range e.Terms {
			if t.Office == ms[mi-1].Entry.Name {
				return true
			}
		}
		return false
	}
	si := a.SentenceAt(a.Tokens[k].Start)
	return si >= 0 && a.Sentences[si].First == k-1 // "Meanwhile Tatar said"
}
