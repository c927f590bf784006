package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
)

// A builder turns the records of a stack of lexicon files into a Lexicon.
type builder struct {
	l     *Lexicon
	byKey map[string]*Entry
	layer int
}

// build makes a Lexicon from layers of records, the later on top.
func build(layers [][]record) (*Lexicon, error) {
	b := &builder{
		l: &Lexicon{
			layers:  layers,
			forms:   make(map[string]*form),
			holders: make(map[string][]holding),
			leaders: make(map[string][]string),
		},
		byKey: make(map[string]*Entry),
	}
	// Kinds go in an order where each refers only to those before it.
	steps := []struct {
		kind string
		add  func(record) error
	}{
		{"country", b.country},
		{"office", b.office},
		{"group", b.group},
		{"agency", b.agency},
		{"place", b.place},
		{"person", b.person},
		{"leader", b.leader},
	}
	for _, step := range steps {
		for i, recs := range layers {
			b.layer = i
			for _, r := range recs {
				if r.kind != step.kind {
					continue
				}
				if err := step.add(r); err != nil {
					return nil, err
				}
			}
		}
	}
	b.capitals()
	b.index()
	return b.l, nil
}

// entry returns the entry with the key, making it with kind and name when
// there is none yet.
func (b *builder) entry(key string, kind EntryKind, name string) *Entry {
	if e, ok := b.byKey[key]; ok {
		return e
	}
	e := &Entry{Kind: kind, Name: name}
	b.byKey[key] = e
	b.l.entries = append(b.l.entries, e)
	return e
}

func (b *builder) country(r record) error {
	f := r.fields
	code, name := f[0], f[1]
	if !isCountryCode(code) {
		return r.errorf("country code %q is not two capital letters", code)
	}
	if name == "" {
		return r.errorf("country %s has no name", code)
	}
	zone, err := loadZone(r, f[5])
	if err != nil {
		return err
	}
	e := b.entry("country:"+code, EntryCountry, name)
	e.Country = code
	b.l.codes[codeIndex(code)] = e
	e.Aliases = append(e.Aliases, alternatives(f[2])...)
	e.Demonyms = append(e.Demonyms, alternatives(f[3])...)
	if f[4] != "" {
		e.Capital = f[4]
	}
	if zone != nil {
		e.Zone = zone
	}
	b.forms(r, e, MentionCountry, append([]string{name}, alternatives(f[2])...))
	b.forms(r, e, MentionDemonym, alternatives(f[3]))
	return nil
}

func (b *builder) office(r record) error {
	name := r.fields[0]
	if name == "" {
		return r.errorf("office has no name")
	}
	e := b.entry("office:"+Fold(name), EntryOffice, name)
	variants := alternatives(r.fields[1])
	e.Aliases = append(e.Aliases, variants...)
	b.forms(r, e, MentionOffice, append([]string{name}, variants...))
	return nil
}

// groupTypes are the kinds of group.
var groupTypes = map[string]bool{"armed": true, "body": true, "coalition": true, "party": true, "government": true}

func (b *builder) group(r record) error {
	f := r.fields
	if f[0] == "" {
		return r.errorf("group has no name")
	}
	if !groupTypes[f[3]] {
		return r.errorf("unknown group kind %q", f[3])
	}
	e, err := b.named(r, "group:", EntryGroup, f[0], f[1], f[2])
	if err != nil {
		return err
	}
	e.Type = f[3]
	b.forms(r, e, MentionGroup, append([]string{f[0]}, alternatives(f[1])...))
	return nil
}

func (b *builder) agency(r record) error {
	f := r.fields
	if f[0] == "" {
		return r.errorf("agency has no name")
	}
	e, err := b.named(r, "agency:", EntryAgency, f[0], f[1], f[2])
	if err != nil {
		return err
	}
	// Match leaves agencies out (see index); Lookup finds them by these.
	b.forms(r, e, MentionGroup, append([]string{f[0]}, alternatives(f[1])...))
	return nil
}

// named makes or extends a group or agency entry.
func (b *builder) named(r record, prefix string, kind EntryKind, name, aliases, code string) (*Entry, error) {
	if code != "" {
		if _, ok := b.l.countryCoded(code); !ok {
			return nil, r.errorf("unknown country %q", code)
		}
	}
	e := b.entry(prefix+Fold(name), kind, name)
	if code != "" {
		e.Country = code
	}
	e.Aliases = append(e.Aliases, alternatives(aliases)...)
	return e, nil
}

// placeTypes are the kinds of place.
var placeTypes = map[string]bool{
	"city": true, "capital": true, "province": true, "region": true, "road": true,
	"crossing": true, "sea": true, "venue": true, "base": true,
}

// roadCode matches road numbers such as "M4", also written "M-4" or "M 4".
var roadCode = regexp.MustCompile(`^([A-Z]+)([0-9]+)$`)

func (b *builder) place(r record) error {
	f := r.fields
	name, code := f[0], f[2]
	if name == "" {
		return r.errorf("place has no name")
	}
	if !placeTypes[f[4]] {
		return r.errorf("unknown place kind %q", f[4])
	}
	country, ok := b.l.countryCoded(code)
	if !ok && !(code == "" && (f[4] == "sea" || f[4] == "region")) {
		return r.errorf("unknown country %q", code)
	}
	zone, err := loadZone(r, f[3])
	if err != nil {
		return err
	}
	e := b.entry("place:"+Fold(name)+":"+code, EntryPlace, name)
	e.Country, e.Type = code, f[4]
	if zone != nil {
		e.Zone = zone
	} else if e.Zone == nil && country != nil {
		e.Zone = country.Zone // a sea or region across borders has no zone
	}
	aliases := alternatives(f[1])
	e.Aliases = append(e.Aliases, aliases...)
	kind := MentionPlace
	if e.Type == "road" {
		kind = MentionRoad
		if m := roadCode.FindStringSubmatch(name); m != nil {
			aliases = append(aliases, m[1]+"-"+m[2])
		}
	}
	b.forms(r, e, kind, append([]string{name}, aliases...))
	return nil
}

func (b *builder) person(r record) error {
	f := r.fields
	name := f[0]
	if name == "" {
		return r.errorf("person has no name")
	}
	t := Term{}
	if c, ok := b.l.countryCoded(f[2]); ok {
		t.Country = c.Country
	} else if g, ok := b.byKey["group:"+Fold(f[2])]; ok {
		t.Org = g.Name
	} else if fm, ok := b.l.forms[formKey(f[2])]; ok && fm.entry.Kind == EntryGroup {
		t.Org = fm.entry.Name
	} else {
		return r.errorf("unknown country or body %q", f[2])
	}
	o, ok := b.byKey["office:"+Fold(f[3])]
	if !ok {
		return r.errorf("unknown office %q", f[3])
	}
	t.Office = o.Name
	var err error
	if t.From, err = parseDay(f[4]); err != nil || f[4] == "" {
		return r.errorf("bad from date %q", f[4])
	}
	if t.To, err = parseDay(f[5]); err != nil {
		return r.errorf("bad to date %q", f[5])
	}
	if !t.To.IsZero() && !t.From.Before(t.To) {
		return r.errorf("term of %s ends (%s) before it starts (%s)", name, f[5], f[4])
	}
	e := b.entry("person:"+Fold(name), EntryPerson, name)
	e.Terms = append(e.Terms, t)
	aliases := alternatives(f[1])
	e.Aliases = append(e.Aliases, aliases...)
	b.forms(r, e, MentionPerson, append([]string{name}, aliases...))
	return nil
}

func (b *builder) leader(r record) error {
	code := r.fields[0]
	if _, ok := b.l.countryCoded(code); !ok {
		return r.errorf("unknown country %q", code)
	}
	var offices []string
	for _, o := range alternatives(r.fields[1]) {
		e, ok := b.byKey["office:"+Fold(o)]
		if !ok {
			return r.errorf("unknown office %q", o)
		}
		offices = append(offices, e.Name)
	}
	if len(offices) == 0 {
		return r.errorf("leader of %s has no office", code)
	}
	b.l.leaders[code] = offices
	return nil
}

// capitals adds the capitals of countries as places, unless a place
// record already has them.
func (b *builder) capitals() {
	for _, c := range b.l.entries {
		if c.Kind != EntryCountry || c.Capital == "" {
			continue
		}
		key := "place:" + Fold(c.Capital) + ":" + c.Country
		if _, ok := b.byKey[key]; ok {
			continue
		}
		if _, taken := b.l.forms[formKey(c.Capital)]; taken {
			continue // Singapore the city is Singapore the country
		}
		e := b.entry(key, EntryPlace, c.Capital)
		e.Country, e.Type, e.Zone = c.Country, "capital", c.Zone
		b.l.forms[formKey(c.Capital)] = &form{parts: nameParts(Fold(c.Capital)), entry: e, kind: MentionPlace, caps: capsOf(c.Capital)}
	}
}

// index completes the entries and builds the indexes read by Match and
// Holder.
func (b *builder) index() {
	for _, e := range b.l.entries {
		e.Aliases = dedup(e.Aliases, e.Name)
		e.Demonyms = dedup(e.Demonyms, "")
		if e.Kind != EntryPerson {
			continue
		}
		sort.SliceStable(e.Terms, func(i, j int) bool { return e.Terms[i].From.Before(e.Terms[j].From) })
		for _, t := range e.Terms {
			if t.Country != "" {
				e.Country = t.Country
			}
			code := t.Country
			if code == "" {
				code = t.Org
			}
			key := code + "\x00" + t.Office
			b.l.holders[key] = append(b.l.holders[key], holding{t, e})
		}
	}
	for _, hs := range b.l.holders {
		sort.SliceStable(hs, func(i, j int) bool { return hs[i].term.From.Before(hs[j].term.From) })
	}
	for _, f := range b.l.forms {
		if len(f.namesakes) > 0 {
			f.namesakes = append(f.namesakes, f.entry)
			slices.SortStableFunc(f.namesakes, func(a, b *Entry) int { return lastStart(b).Compare(lastStart(a)) })
			f.entry = f.namesakes[0]
		}
	}
	keys := make([]string, 0, len(b.l.forms))
	for k := range b.l.forms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	first := make(map[string][]*form)
	for _, k := range keys {
		f := b.l.forms[k]
		if f.entry.Kind == EntryAgency {
			continue // a source, never a party: found by Lookup, not Match
		}
		if len(f.parts) > 1 {
			f.second = partHash(f.parts[1])
		}
		first[f.parts[0]] = append(first[f.parts[0]], f)
		b.l.filter.add(f.parts[0], f.caps)
	}
	for _, fs := range first {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].parts) > len(fs[j].parts) })
	}
	b.l.first = newFirstParts(first)
}

// lastStart returns the start of the latest term of person e.
func lastStart(e *Entry) time.Time {
	return e.Terms[len(e.Terms)-1].From
}

// forms adds the spellings of e to the lexicon's forms. A spelling already
// taken by another person makes them namesakes. A spelling taken by
// another kind of entry goes to the entry of the upper layer; within one
// layer the first entry keeps it and the clash is noted.
func (b *builder) forms(r record, e *Entry, kind MentionKind, spellings []string) {
	for _, s := range spellings {
		parts := nameParts(Fold(s))
		if len(parts) == 0 {
			continue
		}
		key := strings.Join(parts, " ")
		caps := capsOf(s)
		if kind == MentionOffice && caps == capsFirst {
			caps = capsNone // "President" and "president" are one office
		}
		old, ok := b.l.forms[key]
		switch {
		case ok && old.entry == e:
			old.caps = min(old.caps, caps)
		case ok && old.kind == MentionPerson && kind == MentionPerson:
			// "Bush", "Assad": a surname shared by people in office at
			// different times, told apart by date.
			if !slices.Contains(old.namesakes, e) {
				old.namesakes = append(old.namesakes, e)
			}
		case !ok || old.layer < b.layer:
			b.l.forms[key] = &form{parts: parts, entry: e, kind: kind, caps: caps, layer: b.layer}
		default:
			b.l.conflicts = append(b.l.conflicts, fmt.Sprintf("%s:%d: %q names both %s and %s", r.file, r.line, s, old.entry.Name, e.Name))
		}
	}
}

func isCountryCode(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

func loadZone(r record, name string) (*time.Location, error) {
	if name == "" {
		return nil, nil
	}
	z, err := time.LoadLocation(name)
	if err != nil {
		return nil, r.errorf("unknown time zone %q", name)
	}
	return z, nil
}

// parseDay reads a YYYY-MM-DD date; the empty string is the zero time.
func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

// dedup drops repeated spellings, and the name itself, from list.
func dedup(list []string, name string) []string {
	seen := map[string]bool{name: true}
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
