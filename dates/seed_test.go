package dates

import (
	"strings"
	"testing"
	"time"
)

// day returns midnight UTC of the date written as YYYY-MM-DD.
func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.ParseInLocation("2006-01-02", s, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedCases checks the expressions the seed articles depend on, each
// in a phrase of its article.
func TestSeedCases(t *testing.T) {
	cases := []struct {
		ref, phrase, expr, want string
	}{
		{"2018-02-08", "the Kremlin said Thursday", "Thursday", "2018-02-08"},
		{"2018-02-08", "which was held on January 30, 2018 in Sochi", "January 30, 2018", "2018-01-30"},
		{"2018-02-08", "The Syrian peace talks concluded last week", "last week", "2018-W05"},
		{"2018-02-08", "In May 2017, Russia, Turkey and Iran", "May 2017", "2017-05"},
		{"2018-02-08", "free of battles and airstrikes for six months initially", "six months", "P6M"},
		{"2020-02-28", "spoke by phone on Feb. 28 to discuss", "Feb. 28", "2020-02-28"},
		{"2020-02-28", "\"Today, a phone call between presidents", "Today", "2020-02-28"},
		{"2020-03-05", "avoid direct confrontation in Syria, during talks on Thursday.", "Thursday", "2020-03-05"},
		{"2020-03-05", "pulling back behind lines agreed in 2018.", "2018", "2018"},
		{"2020-03-05", "Turkey on Wednesday said that", "Wednesday", "2020-03-04"},
		{"2020-03-05", "declared an operation against the Assad government over the weekend", "the weekend", "2020-W09-WE"},
		{"2020-03-05", "when Erdogan and Putin met today", "today", "2020-03-05"},
		{"2020-03-05", "\"At midnight (Thursday local time) (22:00 GMT), the implementation", "midnight (Thursday local time) (22:00 GMT)", "2020-03-05T22:00Z"},
		{"2020-03-05", "announced the killing of two soldiers on Thursday, by Syrian soldiers", "Thursday", "2020-03-05"},
		{"2020-03-05", "joint patrols on the M4 highway as of March 15, knowing", "March 15", "2020-03-15"},
		{"2020-03-05", "determined by Ankara and Moscow within seven days.", "seven days", "P7D"},
		{"2020-03-05", "an attack by Syrian forces that began in December to recover", "December", "2019-12"},
		{"2020-03-05", "his talks with Erdogan lasted for more than six hours.", "more than six hours", "PT6H"},
		{"2024-11-30", "Diplomatic efforts intensified on Saturday as", "Saturday", "2024-11-30"},
	}
	f := New()
	for _, c := range cases {
		got := f.Find(c.phrase, Anchor{Day: day(t, c.ref)})
		at := strings.Index(c.phrase, c.expr)
		found := false
		for _, d := range got {
			if d.Span.Start == at && d.Span.End == at+len(c.expr) {
				found = true
				if d.Value != c.want {
					t.Errorf("%q in %q (%s): value %q, want %q", c.expr, c.phrase, c.ref, d.Value, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q in %q: not found as one expression; got %+v", c.expr, c.phrase, got)
		}
	}
}
