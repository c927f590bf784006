package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestHolder(t *testing.T) {
	tests := []struct {
		country, office, day, want string
	}{
		{"TR", "Foreign Minister", "2018-02-08", "Mevlut Cavusoglu"},
		{"TR", "foreign minister", "2024-11-30", "Hakan Fidan"},
		{"tr", "FM", "2023-06-03", "Hakan Fidan"},
		{"TR", "top diplomat", "2023-06-02", "Mevlut Cavusoglu"},
		{"TR", "President", "2020-03-05", "Recep Tayyip Erdogan"},
		{"TR", "Prime Minister", "2010-01-01", "Recep Tayyip Erdogan"},
		{"RU", "President", "2018-02-08", "Vladimir Putin"},
		{"RU", "President", "2010-01-01", "Dmitry Medvedev"},
		{"RU", "Defence Minister", "2024-05-13", ""},
		{"RU", "Prime Minister", "2010-01-01", "Vladimir Putin"},
		{"RU", "Foreign Minister", "2024-11-30", "Sergey Lavrov"},
		{"IR", "Foreign Minister", "2024-11-30", "Abbas Araghchi"},
		{"IR", "Foreign Minister", "2018-02-08", "Mohammad Javad Zarif"},
		{"XX", "President", "2018-02-08", ""},
		{"UN", "Secretary-General", "2018-02-08", "Antonio Guterres"},
		{"United Nations", "UN chief", "2010-06-01", "Ban Ki-moon"},
		{"Hezbollah", "Secretary-General", "2024-11-30", "Naim Qassem"},
		{"US", "secretary of state", "2024-11-30", "Antony Blinken"},
		{"GB", "foreign secretary", "2020-03-05", "Dominic Raab"},
		{"DE", "Chancellor", "2020-03-05", "Angela Merkel"},
		{"SY", "President", "2020-03-05", "Bashar al-Assad"},
		{"SY", "President", "2025-01-01", ""},
	}
	l := DefaultLexicon()
	for _, tt := range tests {
		e, ok := l.Holder(tt.country, tt.office, day(tt.day))
		got := ""
		if ok {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("Holder(%s, %s, %s) = %q, want %q", tt.country, tt.office, tt.day, got, tt.want)
		}
	}
}

func TestLeader(t *testing.T) {
	tests := []struct{ country, day, want string }{
		{"TR", "2018-02-08", "Recep Tayyip Erdogan"},
		{"Turkey", "2005-01-01", "Ahmet Necdet Sezer"},
		{"GB", "2020-03-05", "Boris Johnson"},
		{"DE", "2020-03-05", "Angela Merkel"},
		{"IR", "2024-11-30", "Ali Khamenei"},
		{"JO", "2024-11-30", "Abdullah II"},
		{"RU", "2010-01-01", "Dmitry Medvedev"},
		{"SD", "2023-06-01", "Abdel Fattah al-Burhan"},
		{"ZZ", "2023-06-01", ""},
	}
	l := DefaultLexicon()
	for _, tt := range tests {
		got := ""
		if e, ok := l.Leader(tt.country, day(tt.day)); ok {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("Leader(%s, %s) = %q, want %q", tt.country, tt.day, got, tt.want)
		}
		if e, ok := l.Holder(tt.country, "leader", day(tt.day)); ok != (tt.want != "") || ok && e.Name != tt.want {
			t.Errorf("Holder(%s, leader, %s) = %v, want %q", tt.country, tt.day, e, tt.want)
		}
	}
}

func TestHolderTakesTheLocalDate(t *testing.T) {
	// 23:30 on 2 June 2023 in New York is 3 June in UTC, when Fidan took
	// office; in New York it is still Cavusoglu's day.
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	e, ok := DefaultLexicon().Holder("TR", "Foreign Minister", time.Date(2023, 6, 2, 23, 30, 0, 0, ny))
	if !ok || e.Name != "Mevlut Cavusoglu" {
		t.Errorf("got %v, want Mevlut Cavusoglu", e)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, want string
		kind       EntryKind
	}{
		{"Turkey", "Turkey", EntryCountry},
		{"Türkiye", "Turkey", EntryCountry},
		{"Turkiye", "Turkey", EntryCountry},
		{"TURKIYE", "Turkey", EntryCountry},
		{"Erdoğan", "Recep Tayyip Erdogan", EntryPerson},
		{"Sergei Lavrov", "Sergey Lavrov", EntryPerson},
		{"Çavuşoğlu", "Mevlut Cavusoglu", EntryPerson},
		{"top diplomat", "Foreign Minister", EntryOffice},
		{"Moscow", "Moscow", EntryPlace},
		{"M-4", "M4", EntryPlace},
		{"UN", "United Nations", EntryGroup},
		{"Xinhua", "Xinhua", EntryAgency},
	}
	l := DefaultLexicon()
	for _, tt := range tests {
		e, ok := l.Lookup(tt.name)
		if !ok || e.Name != tt.want || e.Kind != tt.kind {
			t.Errorf("Lookup(%q) = %+v, %v; want %s (kind %d)", tt.name, e, ok, tt.want, tt.kind)
		}
	}
	if e, ok := l.Lookup("nowhere land"); ok {
		t.Errorf("Lookup(nowhere land) = %v", e.Name)
	}
}

func TestCountry(t *testing.T) {
	l := DefaultLexicon()
	tr, ok := l.Country("TR")
	if !ok || tr.Name != "Turkey" || tr.Zone.String() != "Europe/Istanbul" || tr.Capital != "Ankara" {
		t.Fatalf("Country(TR) = %+v", tr)
	}
	if e, ok := l.Country("tr"); !ok || e != tr {
		t.Errorf("Country(tr) = %v", e)
	}
	if e, ok := l.Country("tR"); !ok || e != tr {
		t.Errorf("Country(tR) = %v", e)
	}
	for _, code := range []string{"ZZ", "T", "TUR", "T@", "[R", "T`", "t{", "", "\xd4R"} {
		if e, ok := l.Country(code); ok {
			t.Errorf("Country(%q) = %v", code, e)
		}
	}
	// A code that is upper case once folded, as "ſ" (long s) is "S".
	if sa, ok := l.Country("SA"); !ok {
		t.Errorf("Country(SA) not found")
	} else if e, ok := l.Country("ſa"); !ok || e != sa {
		t.Errorf("Country(ſa) = %v", e)
	}
	ankara, ok := l.Lookup("Ankara")
	if !ok || ankara.Country != "TR" || ankara.Type != "capital" || ankara.Zone != tr.Zone {
		t.Errorf("Lookup(Ankara) = %+v", ankara)
	}
}

func TestWith(t *testing.T) {
	base := DefaultLexicon()
	file := strings.Join([]string{
		"# a newsroom's own additions",
		"person\tJane Doe\tDoe\tTR\tSpokesman\t2030-01-01\t",
		"person\tHakan Fidan\tH. Fidan\tTR\tSpecial Envoy\t2022-01-01\t2022-02-01",
		"place\tSomewhere\t\tTR\t\tcity",
		"",
	}, "\n")
	l, err := base.With("mylex.tsv", strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := l.Holder("TR", "spokesman", day("2030-06-01")); !ok || e.Name != "Jane Doe" {
		t.Errorf("overlay Holder = %v, %v", e, ok)
	}
	if e, ok := l.Lookup("H. Fidan"); !ok || e.Name != "Hakan Fidan" || len(e.Terms) != 2 {
		t.Errorf("overlay merged entry = %+v", e)
	}
	if e, ok := l.Lookup("Somewhere"); !ok || e.Zone == nil || e.Zone.String() != "Europe/Istanbul" {
		t.Errorf("overlay place = %+v", e)
	}
	if _, ok := base.Lookup("Jane Doe"); ok {
		t.Error("With changed its receiver")
	}
	if e, _ := base.Lookup("Hakan Fidan"); len(e.Terms) != 1 {
		t.Errorf("With changed an entry of its receiver: %+v", e.Terms)
	}
}

func TestWithOverridesSpelling(t *testing.T) {
	l, err := DefaultLexicon().With("mine.tsv", strings.NewReader("group\tIdlib Brigade\tIdlib\tSY\tarmed\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := l.Lookup("Idlib"); e.Name != "Idlib Brigade" {
		t.Errorf("Lookup(Idlib) = %s, want the overlay's Idlib Brigade", e.Name)
	}
	if e, _ := DefaultLexicon().Lookup("Idlib"); e.Name != "Idlib" {
		t.Errorf("default Lookup(Idlib) = %s", e.Name)
	}
}

func TestWithErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"# fine\n\nperson\tJane Doe\tDoe\tTR\tSpokesman\n", "mylex.tsv:3: person needs 6 fields, got 4"},
		{"persona\tJane\n", "mylex.tsv:1: unknown record kind \"persona\""},
		{"person\tJane Doe\t\tZZ\tSpokesman\t2020-01-01\t\n", "mylex.tsv:1: unknown country or body \"ZZ\""},
		{"person\tJane Doe\t\tTR\tJester\t2020-01-01\t\n", "mylex.tsv:1: unknown office \"Jester\""},
		{"person\tJane Doe\t\tTR\tSpokesman\t2020-13-01\t\n", "mylex.tsv:1: bad from date \"2020-13-01\""},
		{"person\tJane Doe\t\tTR\tSpokesman\t2020-01-01\t2019-01-01\n", "mylex.tsv:1: term of Jane Doe ends (2019-01-01) before it starts (2020-01-01)"},
		{"country\tTUR\tTurkey\t\t\t\t\n", "mylex.tsv:1: country code \"TUR\" is not two capital letters"},
		{"country\tZZ\tZedland\t\t\t\tMars/Olympus\n", "mylex.tsv:1: unknown time zone \"Mars/Olympus\""},
		{"place\tX\t\tTR\t\tplanet\n", "mylex.tsv:1: unknown place kind \"planet\""},
		{"group\tX\t\tTR\tclub\n", "mylex.tsv:1: unknown group kind \"club\""},
		{"leader\tTR\tPresident|Grand Vizier\n", "mylex.tsv:1: unknown office \"Grand Vizier\""},
	}
	for _, tt := range tests {
		_, err := DefaultLexicon().With("mylex.tsv", strings.NewReader(tt.file))
		if err == nil || err.Error() != tt.want {
			t.Errorf("With(%q) error = %v, want %s", tt.file, err, tt.want)
			continue
		}
		if !errors.Is(err, ErrLexicon) {
			t.Errorf("error %v is not ErrLexicon", err)
		}
	}
}

func TestClashWithinAFile(t *testing.T) {
	l, err := DefaultLexicon().With("x.tsv", strings.NewReader("group\tAlpha Front\tAF Brigade\t\tarmed\ngroup\tBeta Front\tAF Brigade\t\tarmed\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := l.Lookup("AF Brigade"); e.Name != "Alpha Front" {
		t.Errorf("Lookup(AF Brigade) = %s, want the first entry, Alpha Front", e.Name)
	}
	if len(l.conflicts) != 1 || !strings.HasPrefix(l.conflicts[0], "x.tsv:2: ") {
		t.Errorf("conflicts = %q", l.conflicts)
	}
}
