package extract

// Most people news names hold no entry in the lexicon. After an office or
// a word for its holder elsewhere, a name written in capitals is still a
// person: "Foreign Minister Olivier Nduhungirehe", "his Congolese
// counterpart Therese Kayikwamba Wagner". Such names become person
// mentions as the text is analysed, with an entry of their own, so that
// the rules treat them as they treat people of the lexicon, and their
// surnames name them further on.

// maxNameWords bounds the words of a name read this way.
const maxNameWords = 4

// withNamedPeople adds to ms, the mentions of the part in text order, a
// person mention for each name written after an office or after a
// demonym and "counterpart", dropping the mentions inside the name.
func (a *Analysis) withNamedPeople(ms []Mention) []Mention {
	var add []Mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		var k, j int
		var role, country, org string
		switch {
		case m.Kind == MentionOffice:
			if i+1 < len(ms) && ms[i+1].Kind == MentionPerson && ms[i+1].First <= m.End+1 {
				continue // "Foreign Minister Sergey Lavrov"
			}
			k, _ = a.afterOffice(ms, i) // "Special Envoy for Syria Geir Pedersen"
			role = m.Entry.Name
			if i > 0 && (ms[i-1].End == m.First || ms[i-1].End == m.First-1 && a.possessive(m.First-1)) {
				switch p := ms[i-1]; p.Kind {
				case MentionDemonym, MentionCountry:
					country = p.Entry.Country // "the Kenyan Foreign Minister", "Ghana's Foreign Minister"
				case MentionGroup:
					org = p.Entry.Name // "UN Special Envoy"
				}
			}
		case m.Kind == MentionDemonym && m.End+1 < len(a.Tokens) && relativeNouns.has(a.word(m.End)):
			k, country = m.End+1, m.Entry.Country
			role = a.officeBefore(ms, i)
		default:
			continue
		}
		if j = a.nameAfter(k, ms[i+1:]); j == k {
			continue
		}
		if country == "" && org == "" && j+1 < len(a.Tokens) && a.norm(j) == "of" {
			if p, ok := mentionAt(ms[i+1:], j+1); ok && p.Kind == MentionCountry {
				country = p.Entry.Country // "Foreign Minister Olivier Nduhungirehe of Rwanda"
			}
		}
		e := &Entry{Kind: EntryPerson, Name: a.Text[a.Tokens[k].Start:a.Tokens[j-1].End], Country: country}
		if role != "" {
			e.Terms = []Term{{Office: role, Country: country, Org: org}}
		}
		add = append(add, Mention{Kind: MentionPerson, Span: a.Span(a.Tokens[k].Start, a.Tokens[j-1].End), First: k, End: j, Entry: e})
		for i+1 < len(ms) && ms[i+1].First < j {
			i++ // a surname that is also a group's name: "Wagner"
		}
	}
	if len(add) == 0 {
		return ms
	}
	return mergeMentions(withoutInside(ms, add), add)
}

// officeBefore returns the office of the person or office named last
// before ms[i] in its sentence: the office a "counterpart" holds.
func (a *Analysis) officeBefore(ms []Mention, i int) string {
	si := a.SentenceAt(ms[i].Span.Start)
	if si < 0 {
		return ""
	}
	for k := i - 1; k >= 0 && ms[k].First >= a.Sentences[si].First; k-- {
		switch ms[k].Kind {
		case MentionOffice:
			return ms[k].Entry.Name
		case MentionPerson:
			if len(ms[k].Entry.Terms) > 0 {
				return ms[k].Entry.Terms[len(ms[k].Entry.Terms)-1].Office
			}
		}
	}
	return ""
}

// nameAfter returns the end of a person's name at token k: two to
// maxNameWords capitalized words, no date and no word of the rules'
// vocabulary among them (a title-case headline is no name), and none
// starting a mention other than a single word naming a group or a
// country, which can be a surname ("Wagner", "Jordan"). ms are the
// mentions from k on. It returns k when no name stands there.
func (a *Analysis) nameAfter(k int, ms []Mention) int {
	j := k
	for j < len(a.Tokens) && j-k < maxNameWords {
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

// withoutInside returns ms without the mentions that lie inside one of
// add, both in text order, in the room of ms.
func withoutInside(ms, add []Mention) []Mention {
	out := ms[:0]
	j := 0
	for _, m := range ms {
		for j < len(add) && add[j].End <= m.First {
			j++
		}
		if j < len(add) && add[j].First <= m.First && m.End <= add[j].End {
			continue
		}
		out = append(out, m)
	}
	return out
}
