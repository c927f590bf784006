package extract

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// found is a mention as the tests write it: kind, text and entry name.
type found struct {
	kind MentionKind
	text string
	name string
}

func matchAll(l *Lexicon, text string) []found {
	var out []found
	for _, m := range l.Match(text, Tokenize(text)) {
		out = append(out, found{m.Kind, text[m.Span.Start:m.Span.End], m.Entry.Name})
	}
	return out
}

func TestMatch(t *testing.T) {
	tests := []struct {
		text string
		want []found
	}{
		{"Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan", []found{
			{MentionDemonym, "Russian", "Russia"},
			{MentionOffice, "President", "President"},
			{MentionPerson, "Vladimir Putin", "Vladimir Putin"},
			{MentionDemonym, "Turkish", "Turkey"},
			{MentionPerson, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan"},
		}},
		{"Putin, Erdoğan discuss Syria by phone", []found{
			{MentionPerson, "Putin", "Vladimir Putin"},
			{MentionPerson, "Erdoğan", "Recep Tayyip Erdogan"},
			{MentionCountry, "Syria", "Syria"},
		}},
		{"Russia, Turkiye, Iran FMs discuss", []found{
			{MentionCountry, "Russia", "Russia"},
			{MentionCountry, "Turkiye", "Turkey"},
			{MentionCountry, "Iran", "Iran"},
			{MentionOffice, "FMs", "Foreign Minister"},
		}},
		{"Turkish Foreign Minister Hakan Fidan said", []found{
			{MentionDemonym, "Turkish", "Turkey"},
			{MentionOffice, "Foreign Minister", "Foreign Minister"},
			{MentionPerson, "Hakan Fidan", "Hakan Fidan"},
		}},
		{"the foreign minister and the top diplomat", []found{
			{MentionOffice, "foreign minister", "Foreign Minister"},
			{MentionOffice, "top diplomat", "Foreign Minister"},
		}},
		{"Russia's ally, Syria’s Idlib and Erdogan's call", []found{
			{MentionCountry, "Russia", "Russia"},
			{MentionCountry, "Syria", "Syria"},
			{MentionPlace, "Idlib", "Idlib"},
			{MentionPerson, "Erdogan", "Recep Tayyip Erdogan"},
		}},
		{"not to damage Russia-Turkey relations", []found{
			{MentionCountry, "Russia", "Russia"},
			{MentionCountry, "Turkey", "Turkey"},
		}},
		{"US-Israeli plans", []found{
			{MentionCountry, "US", "United States"},
			{MentionDemonym, "Israeli", "Israel"},
		}},
		{"joint patrols on the M4 highway, the M-4 and the M 5", []found{
			{MentionRoad, "M4", "M4"},
			{MentionRoad, "M-4", "M4"},
			{MentionRoad, "M 5", "M5"},
		}},
		{"the Kremlin said, citing the U.S. and the UN Security Council", []found{
			{MentionCountry, "U.S.", "United States"},
			{MentionGroup, "UN Security Council", "UN Security Council"},
		}},
		// News agencies are sources, not parties: Lookup knows them, Match
		// does not.
		{"Russia's RIA Novosti news agency reported", []found{
			{MentionCountry, "Russia", "Russia"},
		}},
		{"Sergei Lavrov, Sergey Lavrov and LAVROV", []found{
			{MentionPerson, "Sergei Lavrov", "Sergey Lavrov"},
			{MentionPerson, "Sergey Lavrov", "Sergey Lavrov"},
			{MentionPerson, "LAVROV", "Sergey Lavrov"},
		}},
		{"talks in Nur-Sultan, Deir ez-Zor and N'Djamena", []found{
			{MentionPlace, "Nur-Sultan", "Astana"},
			{MentionPlace, "Deir ez-Zor", "Deir ez-Zor"},
			{MentionPlace, "N'Djamena", "N'Djamena"},
		}},
		{"Moon Jae-in met Kim Jong-un; Kim Jong Un and Moon Jae in", []found{
			{MentionPerson, "Moon Jae-in", "Moon Jae-in"},
			{MentionPerson, "Kim Jong-un", "Kim Jong Un"},
			{MentionPerson, "Kim Jong Un", "Kim Jong Un"},
			{MentionPerson, "Moon Jae in", "Moon Jae-in"},
		}},
		{"Turkish troops near Ras al-Ain and Tal Abyad, a U.S.-led coalition", []found{
			{MentionDemonym, "Turkish", "Turkey"},
			{MentionPlace, "Ras al-Ain", "Ras al-Ain"},
			{MentionPlace, "Tal Abyad", "Tal Abyad"},
			{MentionCountry, "U.S.", "United States"},
		}},
		{"the Hamas-run Gaza Strip and pro-Russian forces", []found{
			{MentionGroup, "Hamas", "Hamas"},
			{MentionPlace, "Gaza Strip", "Gaza"},
			{MentionDemonym, "Russian", "Russia"},
		}},
		{"Secretary of State Antony Blinken, EU foreign policy chief Josep Borrell", []found{
			{MentionOffice, "Secretary of State", "Foreign Minister"},
			{MentionPerson, "Antony Blinken", "Antony Blinken"},
			{MentionOffice, "EU foreign policy chief", "High Representative"},
			{MentionPerson, "Josep Borrell", "Josep Borrell"},
		}},
		{"the defense minister, the defence minister and the prime minister", []found{
			{MentionOffice, "defense minister", "Defence Minister"},
			{MentionOffice, "defence minister", "Defence Minister"},
			{MentionOffice, "prime minister", "Prime Minister"},
		}},
		{"S. Jaishankar met George H. W. Bush", []found{
			{MentionPerson, "S. Jaishankar", "Subrahmanyam Jaishankar"},
			{MentionPerson, "George H. W. Bush", "George H. W. Bush"},
		}},
		{"TÜRKİYE and Türkiye", []found{
			{MentionCountry, "TÜRKİYE", "Turkey"},
			{MentionCountry, "Türkiye", "Turkey"},
		}},
		// Case rules: common words that are also names match only when
		// written as names.
		{"we may meet; let us talk; a turkey dinner; china plates", nil},
		{"Let Us talk", nil},
		{"The US and Chad", []found{
			{MentionCountry, "US", "United States"},
			{MentionCountry, "Chad", "Chad"},
		}},
		{"chad and jordan", nil},
		{"Latin American and US leaders", []found{
			{MentionPlace, "Latin American", "Latin America"},
			{MentionCountry, "US", "United States"},
		}},
		{"Theresa May said we may meet in May", []found{
			{MentionPerson, "Theresa May", "Theresa May"},
		}},
		// A first part that is a name alone and begins longer ones; a
		// second part read, a third missing.
		{"Gaza and the Gaza Strip, the Gaza strip", []found{
			{MentionPlace, "Gaza", "Gaza"},
			{MentionPlace, "Gaza Strip", "Gaza"},
			{MentionPlace, "Gaza strip", "Gaza"},
		}},
		{"Recep Tayyip said, and Recep Tayyip Erdogan", []found{
			{MentionPerson, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan"},
		}},
		{"Kim Jong said to Kim", nil},
	}
	l := DefaultLexicon()
	for _, tt := range tests {
		got := matchAll(l, tt.text)
		if !equalFound(got, tt.want) {
			t.Errorf("Match(%q)\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

func equalFound(a, b []found) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMatchAtTellsNamesakesApart(t *testing.T) {
	tests := []struct{ text, day, want string }{
		{"Bush said", "1991-01-15", "George H. W. Bush"},
		{"Bush said", "2003-03-20", "George W. Bush"},
		{"Bush said", "", "George W. Bush"},
		{"George W. Bush said", "1991-01-15", "George W. Bush"},
		{"Assad said", "1995-06-01", "Hafez al-Assad"},
		{"Assad said", "2015-06-01", "Bashar al-Assad"},
		{"Clinton said", "1998-08-20", "Bill Clinton"},
		{"Clinton said", "2011-05-01", "Hillary Clinton"},
		{"Castro said", "2005-01-01", "Fidel Castro"},
		{"Castro said", "2012-01-01", "Raul Castro"},
		{"Sharif said", "2015-01-01", "Nawaz Sharif"},
		{"Sharif said", "2024-11-30", "Shehbaz Sharif"},
	}
	l := DefaultLexicon()
	for _, tt := range tests {
		var d time.Time
		if tt.day != "" {
			d = day(tt.day)
		}
		ms := l.MatchAt(tt.text, Tokenize(tt.text), d)
		if len(ms) != 1 || ms[0].Entry.Name != tt.want {
			t.Errorf("MatchAt(%q, %s) = %v, want %s", tt.text, tt.day, ms, tt.want)
		}
	}
}

func TestMatchIndices(t *testing.T) {
	text := "Turkish Foreign Minister Hakan Fidan met at the Russia-Turkey border."
	toks := Tokenize(text)
	ms := DefaultLexicon().Match(text, toks)
	if len(ms) != 5 {
		t.Fatalf("got %d mentions, want 5", len(ms))
	}
	for _, m := range ms {
		if m.First >= m.End || toks.List[m.First].Start > m.Span.Start || toks.List[m.End-1].End < m.Span.End {
			t.Errorf("mention %q has tokens %d..%d outside its span %v", text[m.Span.Start:m.Span.End], m.First, m.End, m.Span)
		}
		if m.Span.Text != "" {
			t.Errorf("Span.Text set: %q", m.Span.Text)
		}
	}
	if p := ms[2]; p.First != 3 || p.End != 5 {
		t.Errorf("Hakan Fidan is tokens %d..%d, want 3..5", p.First, p.End)
	}
}

func seedText(tb testing.TB) string {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestMatchSeeds(t *testing.T) {
	text := seedText(t)
	names := map[string]bool{}
	for _, m := range DefaultLexicon().Match(text, Tokenize(text)) {
		names[m.Entry.Name] = true
	}
	for _, want := range []string{
		"Vladimir Putin", "Recep Tayyip Erdogan", "Sergey Lavrov", "Hakan Fidan", "Abbas Araghchi",
		"Dmitry Peskov", "Russia", "Turkey", "Iran", "Syria", "Moscow", "Sochi", "Idlib", "Ankara",
		"Damascus", "Aleppo", "M4", "Nusra Front", "Foreign Minister", "President",
	} {
		if !names[want] {
			t.Errorf("seed articles: %s not found", want)
		}
	}
}

func TestMatchAllocates(t *testing.T) {
	text := seedText(t)
	toks := Tokenize(text)
	l := DefaultLexicon()
	// The mentions slice grows a few times; nothing is allocated per token.
	if n := testing.AllocsPerRun(10, func() { l.Match(text, toks) }); n > 12 {
		t.Errorf("Match allocates %v times over %d tokens", n, len(toks.List))
	}
}

func TestMatchConcurrent(t *testing.T) {
	text := seedText(t)
	toks := Tokenize(text)
	want := len(DefaultLexicon().Match(text, toks))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := len(DefaultLexicon().Match(text, toks)); got != want {
				t.Errorf("concurrent Match found %d mentions, want %d", got, want)
			}
		}()
	}
	wg.Wait()
}

func BenchmarkMatch(b *testing.B) {
	text := seedText(b)
	toks := Tokenize(text)
	l := DefaultLexicon()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		l.Match(text, toks)
	}
}

// BenchmarkMatchInto is BenchmarkMatch with the list of mentions kept
// from one run to the next, as a Parser keeps it: the matching alone,
// with no allocation and no garbage collection.
func BenchmarkMatchInto(b *testing.B) {
	text := seedText(b)
	toks := Tokenize(text)
	l := DefaultLexicon()
	var buf []Mention
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf = l.matchInto(buf, text, toks, time.Time{})
	}
}

func TestFormKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"foreign minister", "foreign minister"},
		{"Foreign Minister", "foreign minister"},
		{"Foreign  Minister ", "foreign minister"},
		{" Putin", "putin"},
		{"Ras al-Ain", "ras al ain"},
		{"U.S.", "u s"},
		{"Erdoğan", "erdogan"},
		{"", ""},
		{"--", ""},
	}
	for _, tt := range tests {
		if got := formKey(tt.in); got != tt.want {
			t.Errorf("formKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
