package extract

import (
	"strings"
	"testing"
)

func TestFindDatelineBelowHeaders(t *testing.T) {
	story := "ANKARA (Reuters) - Turkey and Russia agreed on a truce on Thursday."
	para := strings.Repeat("Talks went on late into the night in the Kremlin. ", 6)
	for _, c := range []struct {
		name, text, want string
	}{
		{"below a headline and a byline", "Putin and Erdogan agree truce\n\nBy Jane Doe\n\n" + story, "ANKARA"},
		{"after a date alone", "March 5, 2020\n\n" + story, "ANKARA"},
		{"below a first paragraph, none", para + "\n\n" + story, ""},
	} {
		dl, ok := findDateline(c.text)
		if got := dl.Place; ok != (c.want != "") || got != c.want {
			t.Errorf("%s: got %q (%v), want %q", c.name, got, ok, c.want)
		}
	}
}
