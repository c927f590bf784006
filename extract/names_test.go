package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dipnews/diplomacy/dates"
)

// TestNamesAfterOffices checks that a person the lexicon does not know is
// read from the capitalized name after an office or a "counterpart", with
// the office and the country the sentence gives, and that other
// capitalized words are not.
func TestNamesAfterOffices(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // participants as name/country/role, joined by "+"
	}{
		{"office and of-country",
			"Foreign Minister Olivier Nduhungirehe of Rwanda met Sergey Lavrov in Moscow on Friday.",
			"Olivier Nduhungirehe/RW/Foreign Minister+Sergey Lavrov/RU/Foreign Minister"},
		{"demonym, office and name",
			"The Kenyan Foreign Minister Alfred Mutua held talks with Sergey Lavrov on Friday.",
			"Alfred Mutua/KE/Foreign Minister+Sergey Lavrov/RU/Foreign Minister"},
		{"a country's office",
			"Ghana's Foreign Minister Samuel Okudzeto Ablakwa held talks with Sergey Lavrov on Friday.",
			"Samuel Okudzeto Ablakwa/GH/Foreign Minister+Sergey Lavrov/RU/Foreign Minister"},
		{"counterpart whose surname is also a group's name",
			"Sergey Lavrov met his Congolese counterpart Therese Kayikwamba Wagner on Friday.",
			"Sergey Lavrov/RU/Foreign Minister+Therese Kayikwamba Wagner/CD/Foreign Minister"},
		{"an envoy's region and organisation",
			"UN Special Envoy for Syria Geir Pedersen met Sergey Lavrov in Moscow on Friday.",
			"Geir Pedersen//Special Envoy+Sergey Lavrov/RU/Foreign Minister"},
		{"an organisation's office with no name keeps the organisation",
			"The UN Special Envoy met Sergey Lavrov in Moscow on Friday.",
			"United Nations//+Sergey Lavrov/RU/Foreign Minister"},
		{"one word is no name",
			"Sergey Lavrov met the Kenyan Foreign Minister Friday in Moscow.",
			"Sergey Lavrov/RU/Foreign Minister+Kenya/KE/"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range extractAll(t, tt.text, "2025-06-27").Meetings {
			for _, p := range m.Participants {
				got = append(got, p.Name+"/"+p.Country+"/"+p.Role)
			}
		}
		if g := strings.Join(got, "+"); g != tt.want {
			t.Errorf("%s: %q\n got  %s\n want %s", tt.name, tt.text, g, tt.want)
		}
	}
}

// TestNamedPeople checks which words after an office become a person's
// mention, and that what is no name gives none.
func TestNamedPeople(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Foreign Minister Alfred Mutua said", "Alfred Mutua"},
		{"Foreign Minister Alfred Chege Kiprotich Mutua Kamau said", "Alfred Chege Kiprotich Mutua"},
		{"Foreign Minister Therese Kayikwamba Wagner said", "Therese Kayikwamba Wagner"},
		{"Foreign Minister Wagner Kayikwamba said", ""},
		{"Foreign Minister Mutua said", ""},
		{"Foreign Minister Meets Counterpart In Nairobi", ""},
		{"Foreign Minister Alfred Friday said", ""},
		{"Foreign Minister Alfred Mutua Friday said", "Alfred Mutua"},
	}
	for _, tt := range tests {
		a, err := Analyze(context.Background(), tt.text, time.Date(2025, 6, 27, 0, 0, 0, 0, time.UTC), DefaultLexicon(), dates.New())
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Mentions) == 0 || a.Mentions[0].Kind != MentionOffice {
			t.Fatalf("%q: no office first", tt.text)
		}
		got := ""
		if len(a.Mentions) > 1 && a.Mentions[1].Kind == MentionPerson && a.Mentions[1].First == a.Mentions[0].End {
			got = a.Mentions[1].Entry.Name
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRoleOnTheDay checks that a person has the office held on the day
// of the meeting, or the one the text gives, and never a later one.
func TestRoleOnTheDay(t *testing.T) {
	tests := []struct{ name, pub, text, want string }{
		{"the office of the day", "2005-03-04", "Dick Cheney met Sergey Lavrov in Moscow on Friday.", "Dick Cheney/US/Vice President"},
		{"none held that day", "1991-02-25", "Dick Cheney met Sergey Lavrov in Moscow on Friday.", "Dick Cheney/US/"},
		{"the office the text gives", "1991-02-25", "Defense Secretary Dick Cheney met Sergey Lavrov in Moscow on Friday.", "Dick Cheney/US/Defence Minister"},
	}
	for _, tt := range tests {
		got := ""
		if ms := extractAll(t, tt.text, tt.pub).Meetings; len(ms) > 0 && len(ms[0].Participants) > 0 {
			p := ms[0].Participants[0]
			got = p.Name + "/" + p.Country + "/" + p.Role
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
