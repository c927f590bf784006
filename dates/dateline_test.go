package dates

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestParseDateline(t *testing.T) {
	cases := []struct {
		text, place, agency, date, span string
		ok                              bool
	}{
		{"MOSCOW, Feb. 8 (Xinhua) -- Russian and Turkish leaders", "MOSCOW", "Xinhua", "Feb. 8", "MOSCOW, Feb. 8 (Xinhua) --", true},
		{"ANKARA (Reuters) - Turkey said", "ANKARA", "Reuters", "", "ANKARA (Reuters) -", true},
		{"Sochi, Russia, Oct. 22 (AP) — Leaders met", "Sochi", "AP", "Oct. 22", "Sochi, Russia, Oct. 22 (AP) —", true},
		{"BEIRUT: Shelling resumed", "BEIRUT", "", "", "BEIRUT:", true},
		{"\n\n  MOSCOW, Feb. 8 (Xinhua) -- Leaders", "MOSCOW", "Xinhua", "Feb. 8", "MOSCOW, Feb. 8 (Xinhua) --", true},
		{"UNITED NATIONS, March 5 (Reuters) - The council", "UNITED NATIONS", "Reuters", "March 5", "UNITED NATIONS, March 5 (Reuters) -", true},
		{"Thursday, March 5, 2020\nLeaders met.", "", "", "Thursday, March 5, 2020", "Thursday, March 5, 2020", true},
		{"MOSCOW, February 8. /TASS/. Russian leaders", "MOSCOW", "TASS", "February 8", "MOSCOW, February 8. /TASS/.", true},
		{"DUBAI/MOSCOW (Reuters) - Oil rose", "DUBAI/MOSCOW", "Reuters", "", "DUBAI/MOSCOW (Reuters) -", true},
		{"ST. PETERSBURG, Russia — Talks", "ST. PETERSBURG", "", "", "ST. PETERSBURG, Russia —", true},
		{"Moscow, 5 March 2020 (AFP) - Talks", "Moscow", "AFP", "5 March 2020", "Moscow, 5 March 2020 (AFP) -", true},
		{"Friday, March 5, 2020\nLeaders met.", "", "", "", "", false},
		{"March 5, 2020 -- Leaders met.", "", "", "March 5, 2020", "March 5, 2020 --", true},
		{"Feb. 28 was the day the talks ended.", "", "", "", "", false},
		{"Thursday, March 5, 2020\n\n", "", "", "", "", false},
		{"Oct. 23", "", "", "", "", false},
		{"Putin, Erdoğan discuss Syria by phone, agree to meet", "", "", "", "", false},
		{"Via Deutsche Welle\n\nRussian President", "", "", "", "", false},
		{"Russia, Turkiye, Iran FMs discuss escalating violence in Syria", "", "", "", "", false},
		{"", "", "", "", "", false},
	}
	for _, c := range cases {
		d, ok := ParseDateline(c.text)
		if ok != c.ok {
			t.Errorf("%q: ok = %v, want %v", c.text, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if d.Place != c.place || d.Agency != c.agency || d.DateSpan.Text != c.date || d.Span.Text != c.span {
			t.Errorf("%q: got place %q agency %q date %q span %q", c.text, d.Place, d.Agency, d.DateSpan.Text, d.Span.Text)
		}
	}
}

func TestResolveAnchor(t *testing.T) {
	moscow, _ := time.LoadLocation("Europe/Moscow")
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "000_9c36d99f1a198db4.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, published, want string
		loc                         *time.Location
	}{
		{"publication year", "MOSCOW, Feb. 8 (Xinhua) -- The Kremlin said Thursday.", "2018-02-08", "2018-02-08", moscow},
		{"new year", "MOSCOW, Dec. 31 (Xinhua) -- Talks ended.", "2021-01-01", "2020-12-31", moscow},
		{"not after publication", "Oct. 23\nTalks ended.", "1999-05-06", "1998-10-23", nil},
		{"nearer month past", "MOSCOW, March 31 (Xinhua) -- Talks ended.", "1989-11-02", "1989-03-31", nil},
		{"a day ahead of the publication date", "TOKYO, Jan. 2 (Kyodo) -- Talks ended.", "2021-01-01", "2021-01-02", nil},
		{"a publication date a few days off", "MOSCOW, March 9 (Xinhua) -- Talks ended.", "2020-03-05", "2020-03-09", nil},
		{"weekday in text", string(seed), "", "2018-02-08", moscow},
		{"weekday against years", "MOSCOW, Feb. 8 (Xinhua) -- Talks held on May 3, 2017 and in 2019 resumed, the Kremlin said Friday.", "", "2019-02-08", nil},
		{"no date in dateline", "ANKARA (Reuters) - Turkey said on Thursday", "2020-03-05", "2020-03-05", nil},
		{"nothing known", "ANKARA (Reuters) - Turkey said on Thursday", "", "", nil},
	}
	for _, c := range cases {
		d, ok := ParseDateline(c.text)
		var dp *Dateline
		if ok {
			dp = &d
		}
		var pub time.Time
		if c.published != "" {
			pub = day(t, c.published)
		}
		got, date := ResolveAnchor(dp, c.text, pub, c.loc)
		if c.want == "" {
			if !got.IsZero() {
				t.Errorf("%s: got %v, want no anchor", c.name, got)
			}
			continue
		}
		if got.Format("2006-01-02") != c.want || got.Hour() != 0 {
			t.Errorf("%s: got %v, want %s", c.name, got, c.want)
		}
		if c.loc != nil && got.Location() != c.loc {
			t.Errorf("%s: zone %v, want %v", c.name, got.Location(), c.loc)
		}
		if date != nil && date.Value != c.want {
			t.Errorf("%s: dateline date %q, want %q", c.name, date.Value, c.want)
		}
	}
}
