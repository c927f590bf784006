package extract

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"erdogan", "erdogan"},
		{"Erdogan", "erdogan"},
		{"Erdoğan", "erdogan"},
		{"ERDOĞAN", "erdogan"},
		{"Türkiye", "turkiye"},
		{"Mevlüt Çavuşoğlu", "mevlut cavusoglu"},
		{"Işık", "isik"},
		{"İstanbul", "istanbul"},
		{"Russia’s", "russia's"},
		{"“permanent”", `"permanent"`},
		{"cease–fire — now", "cease-fire - now"},
		{"Jae‑in", "jae-in"},
		{"Straße", "strasse"},
		{"Łódź", "lodz"},
		{"ﬁnal", "final"},
		{"a\u00a0b", "a b"},
		{"Zürich", "zurich"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAppendFoldByTables(t *testing.T) {
	var words []string
	for r := rune(0x80); r < 0x2100; r++ {
		if r == 0x250 {
			r = marksFirst - 0x10 // on to the typographic marks, and around them
		}
		c := string(r)
		words = append(words, c, "Erdo"+c+"an", c+c+"A", "Russia"+c+"s", "e\u0301"+c, c+"\u0308", c+"\xff", "ğ"+c+"’")
	}
	for _, s := range words {
		if got, want := appendFold(nil, s), appendDecomposed(nil, s); string(got) != string(want) {
			t.Errorf("appendFold(%q) = %q, want %q as decomposed", s, got, want)
		}
	}
}

func TestFoldPlainDoesNotAllocate(t *testing.T) {
	s := "the kremlin said thursday"
	if n := testing.AllocsPerRun(100, func() { _ = Fold(s) }); n != 0 {
		t.Errorf("Fold of plain text allocates %v times", n)
	}
}

func BenchmarkFold(b *testing.B) {
	words := []string{"the", "Kremlin", "said", "Erdoğan", "Türkiye", "ceasefire", "Idlib", "—"}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = Fold(w)
		}
	}
}
