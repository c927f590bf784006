package extract

import "github.com/dipnews/diplomacy/model"

// Most people news names hold no entry in the lexicon. After an office or
// a word for its holder elsewhere, a name written in capitals is still a
// person: "Foreign Minister Olivier Nduhungirehe", "his Congolese
// counterpart Therese Kayikwamba Wagner".

// maxNameWords bounds the words of a name read this way.
const maxNameWords = 4

// nameAfter returns the end of a person's name at token k, before end: two
// to maxNameWords capitalized words, no date and no word of the rules'
// vocabulary among them (a title-case headline is no name), and none
// starting a mention other than a single word naming a group or a
// country, which can be a surname ("Wagner", "Jordan"). ms are the
// mentions from k on. It returns k when no name stands there.
func (a *Analysis) nameAfter(k, end int, ms []Mention) int {
	j := k
	for j < end && j-k < maxNameWords {
		t := a.Tokens[j]
		if t.Kind != Word || !t.Cap || a.inDate(t.Start) {
			break
		}
		if m, ok := mentionAt(ms, j); ok {
			if j == k || m.End != j+1 || m.Kind != MentionGroup && m.Kind != MentionCountry {
				break
			}
		} else if t.word != 0 {
			// a word the rules know is no name: "Minister Meets
			// Counterpart In Ankara"
			break
		}
		j++
	}
	if j-k < 2 {
		return k
	}
	return j
}

// officeName returns the tokens [k, j) of the name written after the
// office mentioned at ms[i], past the region of an envoy ("Special Envoy
// for Syria Geir Pedersen"); j == k when there is none.
func (a *Analysis) officeName(ms []Mention, i, end int) (k, j int) {
	k = ms[i].End
	if k+1 < end && a.Norm(k) == "for" {
		if m, ok := mentionAt(ms[i+1:], k+1); ok && (m.Kind == MentionPlace || m.Kind == MentionCountry) {
			k = m.End
		}
	}
	return k, a.nameAfter(k, end, ms[i+1:])
}

// mentionAt returns the mention of ms that starts at token k.
func mentionAt(ms []Mention, k int) (Mention, bool) {
	for _, m := range ms {
		if m.First == k {
			return m, true
		}
		if m.First > k {
			break
		}
	}
	return Mention{}, false
}

// namedPerson is the person named by tokens [k, j) with office role. The
// country is that of the demonyms before ("the Turkish Foreign Minister
// ..."), when there is one, or the one after "of" ("... of Rwanda"); end
// is then past it.
func (a *Analysis) namedPerson(k, j int, role string, demonyms []string, ms []Mention) (r actorRef, end int) {
	r = actorRef{Actor: model.Actor{Name: a.Text[a.Tokens[k].Start:a.Tokens[j-1].End], Role: role}, First: k, End: j, Person: true}
	if len(demonyms) == 1 {
		r.Country = demonyms[0]
	}
	end = j
	if j < len(a.Tokens) && a.Norm(j) == "of" {
		if m, ok := mentionAt(ms, j+1); ok && m.Kind == MentionCountry {
			if r.Country == "" {
				r.Country = m.Entry.Country
			}
			end = m.End
		}
	}
	return r, end
}

// skipMentions returns the index of the last mention of ms, from i on,
// that starts before token stop: those inside a name just read.
func skipMentions(ms []Mention, i, stop int) int {
	for i+1 < len(ms) && ms[i+1].First < stop {
		i++
	}
	return i
}
