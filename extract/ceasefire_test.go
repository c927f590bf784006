package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type ceasefireWant struct {
	Status, Area, Parties, Guarantors, Start string
	Permanent                                bool
}

func ceasefiresOf(t *testing.T, text, pub string) []ceasefireWant {
	t.Helper()
	var out []ceasefireWant
	for _, c := range extractAll(t, text, pub).Ceasefires {
		out = append(out, ceasefireWant{
			Status:     c.Status.String(),
			Area:       placeName(c.Area),
			Parties:    strings.Join(names(c.Parties), "+"),
			Guarantors: strings.Join(names(c.Guarantors), "+"),
			Start:      value(c.Start),
			Permanent:  c.Permanent,
		})
	}
	return out
}

func TestCeasefires(t *testing.T) {
	tests := []struct {
		name, pub, text string
		want            []ceasefireWant
	}{
		{"agreed, with a start in GMT", "2021-06-10",
			"Putin and Erdogan reached an agreement on a ceasefire in Idlib. The truce will begin at midnight (22:00 GMT) and is meant to be permanent.",
			[]ceasefireWant{{"agreed", "Idlib", "Russia+Turkey", "", "2021-06-10T22:00Z", true}}},
		{"sides that accuse each other of breaking a truce are its parties", "2025-05-10",
			"Russia and Ukraine accused each other of violating an Easter truce.",
			[]ceasefireWant{{"violated", "", "Russia+Ukraine", "", "", false}}},
		{"a truce told without the word", "2025-05-10",
			"India and Pakistan agreed to stop all firing and military action on land, air and sea.",
			[]ceasefireWant{{"agreed", "", "India+Pakistan", "", "", false}}},
		{"two truces between different sides", "2025-05-10",
			"Israel and Hezbollah agreed to a ceasefire on Wednesday. Thailand and Cambodia agreed to a ceasefire on Monday.",
			[]ceasefireWant{
				{"agreed", "", "Israel+Hezbollah", "", "", false},
				{"agreed", "", "Thailand+Cambodia", "", "", false},
			}},
		{"a mediator's proposal is the same truce", "2025-05-10",
			"Israel and Hamas agreed to a ceasefire on Wednesday. The ceasefire was proposed by Egypt.",
			[]ceasefireWant{{"agreed", "", "Israel+Hamas", "", "", false}}},
		{"a country's army that the lexicon knows as a group", "2023-05-20",
			"Sudan's army and the Rapid Support Forces agreed to a ceasefire on Saturday.",
			[]ceasefireWant{{"agreed", "", "Sudanese Armed Forces+Rapid Support Forces", "", "", false}}},
		{"a country's government is the country", "2023-05-20",
			"Ethiopia's government and the Tigray People's Liberation Front agreed to a ceasefire on Saturday.",
			[]ceasefireWant{{"agreed", "", "Ethiopia+Tigray People's Liberation Front", "", "", false}}},
		{"proposed", "2021-06-10",
			"Erdogan said he hoped to strike a deal with Putin for a rapid ceasefire in Idlib province.",
			[]ceasefireWant{{"proposed", "Idlib", "Turkey+Russia", "", "", false}}},
		{"violated, country from the adjective", "2021-06-10",
			"Militants keep violating the Syrian ceasefire.",
			[]ceasefireWant{{"violated", "Syria", "", "", "", false}}},
		{"guarantors named before", "2021-06-10",
			"Russia, Turkey and Iran, the guarantors of the Syrian ceasefire, met again.",
			[]ceasefireWant{{"in_force", "Syria", "", "Russia+Turkey+Iran", "", false}}},
		{"between parties", "2021-06-10",
			"A truce between Israel and Hamas took effect on Friday in Gaza.",
			[]ceasefireWant{{"in_force", "Gaza", "Israel+Hamas", "", "2021-06-04", false}}},
		{"parties joined by a hyphen, start a few words after the verb", "2025-01-26",
			"The Israel-Lebanon ceasefire took effect on Nov. 27.",
			[]ceasefireWant{{"in_force", "", "Israel+Lebanon", "", "2024-11-27", false}}},
		{"the venue of talks is not the truce's area", "2023-05-20",
			"Warring sides in Sudan agreed a seven-day ceasefire after talks in Jeddah.",
			[]ceasefireWant{{"agreed", "Sudan", "", "", "", false}}},
		{"parties from the subject and with", "2025-01-26",
			"Lebanon said it would keep implementing the ceasefire agreement with Israel until February 18.",
			[]ceasefireWant{{"in_force", "", "Lebanon+Israel", "", "", false}}},
		{"a truce in other words; capitals acting for their countries", "2020-05-14",
			"This March, Ankara and Moscow agreed on a protocol to cease all military actions in Idlib.",
			[]ceasefireWant{{"agreed", "Idlib", "Turkey+Russia", "", "", false}}},
		{"a local truce and a national aim stay apart", "2016-12-20",
			"A cease-fire deal was reached in Aleppo. The declaration is aimed at achieving a ceasefire in Syria.",
			[]ceasefireWant{{"agreed", "Aleppo", "", "", "", false}, {"proposed", "Syria", "", "", "", false}}},
		{"guarantors speak of a truce in force", "2017-05-04",
			"In Astana, the country-guarantors of a ceasefire in Syria signed a memorandum.",
			[]ceasefireWant{{"in_force", "Syria", "", "", "", false}}},
		{"an extended truce is in force", "2025-01-26",
			"Lebanon and Israel extended the ceasefire in southern Lebanon until February 18.",
			[]ceasefireWant{{"in_force", "Lebanon", "", "", "", false}}},
		{"nationwide truce; a relative clause about someone else holds no area", "2023-06-09",
			"The Colombian government and Hamas signed a ceasefire on Friday. Gustavo Petro, who traveled to Cuba, said the ceasefire will be applicable nationwide.",
			[]ceasefireWant{{"agreed", "Colombia", "Colombia+Hamas", "", "", false}}},
		{"a clock time refines the day; the owner of warring parties is the area", "2022-04-05",
			"A truce between Yemen's warring parties took effect on Saturday at 7 p.m. GMT.",
			[]ceasefireWant{{"in_force", "Yemen", "", "", "2022-04-02T19:00Z", false}}},
		{"a clock time on a day written after it", "2023-05-20",
			"The truce in Sudan goes into effect at 9:45 pm Khartoum time on May 22, the statement said.",
			[]ceasefireWant{{"in_force", "Sudan", "", "", "2023-05-22T19:45Z", false}}},
		{"a clock time of an unknown zone moved to its day stays local", "2023-05-20",
			"The truce goes into effect at 9:45 pm Xanadu time on May 22, the statement said.",
			[]ceasefireWant{{"in_force", "", "", "", "2023-05-22T21:45", false}}},
		{"halting operations", "2022-04-05",
			"The Houthis and the Saudi-led coalition agreed to halt all offensive military operations in Yemen.",
			[]ceasefireWant{{"agreed", "Yemen", "Houthis", "", "", false}}},
		{"a government by its country's name; the venue of talks is no area", "2022-11-03",
			"Ethiopia's government and the TPLF agreed on Wednesday to a permanent cessation of hostilities after talks in South Africa.",
			[]ceasefireWant{{"agreed", "", "Ethiopia+Tigray People's Liberation Front", "", "", true}}},
		{"collapsed", "2021-06-10",
			"The ceasefire in Gaza collapsed after three days.",
			[]ceasefireWant{{"ended", "Gaza", "", "", "", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ceasefiresOf(t, tt.text, tt.pub)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNotCeasefires(t *testing.T) {
	for _, text := range []string{
		"Troops crossed the ceasefire line near Kashmir.",
		"Read more: Ceasefire in Gaza holds",
		"The two armies exchanged fire across the border.",
	} {
		if got := ceasefiresOf(t, text, "2021-06-10"); len(got) != 0 {
			t.Errorf("%q: got %+v, want none", text, got)
		}
	}
}
