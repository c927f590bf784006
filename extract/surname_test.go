package extract

import (
	"strings"
	"testing"
)

// TestSurnames checks that a surname alone names the person named in full
// before it, and nobody before that.
func TestSurnames(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"after the full name",
			"Ersin Tatar arrived on Monday. On Tuesday Tatar met Nikos Christodoulides in Nicosia.",
			"Ersin Tatar+Nikos Christodoulides"},
		{"separate meetings with a full name and a surname",
			"Ersin Tatar left on Monday. The envoy Antonio Guterres held separate meetings with Nikos Christodoulides and Tatar on Tuesday.",
			"Antonio Guterres+Nikos Christodoulides | Antonio Guterres+Ersin Tatar"},
		{"the surname of a name read after an office",
			"Foreign Minister Olivier Nduhungirehe of Rwanda arrived on Thursday. On Friday Nduhungirehe met Sergey Lavrov in Moscow.",
			"Olivier Nduhungirehe+Sergey Lavrov"},
		{"another name with the surname is another person",
			"Ersin Tatar arrived on Monday. On Tuesday King Tatar met Nikos Christodoulides in Nicosia. Tatar Ozturk met Antonio Guterres in Ankara on Wednesday.",
			"Nikos Christodoulides | Antonio Guterres"},
		{"an office the person held before the surname",
			"Ersin Tatar arrived on Monday. On Tuesday President Tatar met Nikos Christodoulides in Nicosia.",
			"Ersin Tatar+Nikos Christodoulides"},
		{"a surname written with its diacritics after the full name written without",
			"Yasar Guler arrived on Monday. On Tuesday Güler met Nikos Christodoulides in Nicosia.",
			"Yasar Guler+Nikos Christodoulides"},
		{"a surname written without its diacritics after the full name written with",
			"Yaşar Güler arrived on Monday. On Tuesday Guler met Nikos Christodoulides in Nicosia.",
			"Yasar Guler+Nikos Christodoulides"},
		{"not before the full name",
			"On Tuesday Tatar met Nikos Christodoulides in Nicosia. Ersin Tatar arrived later.",
			"Nikos Christodoulides"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range meetingsOf(t, tt.text, "2023-08-25") {
			got = append(got, m.Participants)
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s: %q\n got  %s\n want %s", tt.name, tt.text, g, tt.want)
		}
	}
}
