package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// meetingWant is the part of a meeting a test checks, in a compact form.
type meetingWant struct {
	Participants string // names joined by "+"
	Mode, Status string
	Date, Place  string
}

func meetingsOf(t *testing.T, text, pub string) []meetingWant {
	t.Helper()
	var out []meetingWant
	for _, m := range extractAll(t, text, pub).Meetings {
		out = append(out, meetingWant{
			Participants: strings.Join(names(m.Participants), "+"),
			Mode:         m.Mode.String(),
			Status:       m.Status.String(),
			Date:         value(m.Date),
			Place:        placeName(m.Location),
		})
	}
	return out
}

func TestMeetings(t *testing.T) {
	tests := []struct {
		name string
		pub  string
		text string
		want []meetingWant
	}{
		{"phone call, weekday looks back", "2021-06-10",
			"Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Tuesday about trade.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "phone", "held", "2021-06-08", ""}}},
		{"talks in a city", "2021-06-10",
			"Sergey Lavrov held talks with Hakan Fidan in Ankara on Monday.",
			[]meetingWant{{"Sergey Lavrov+Hakan Fidan", "in_person", "held", "2021-06-07", "Ankara"}}},
		{"future tense after the trigger", "2021-06-10",
			"The talks between Vladimir Putin and Recep Tayyip Erdogan will take place in Sochi on Friday.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "planned", "2021-06-11", "Sochi"}}},
		{"planned meeting, weekday looks ahead", "2021-06-10",
			"Erdogan said he will meet Putin on Monday.",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "planned", "2021-06-14", ""}}},
		{"proposed meeting", "2021-06-10",
			"Putin and Erdogan agreed to try to arrange a meeting soon.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "proposed", "", ""}}},
		{"counterpart resolved by office and date", "2018-05-02",
			"Sergey Lavrov had a phone conversation with his Turkish counterpart on Wednesday.",
			[]meetingWant{{"Sergey Lavrov+Mevlut Cavusoglu", "phone", "held", "2018-05-02", ""}}},
		{"separate calls", "2024-11-30",
			"Lavrov held separate phone conversations with his Turkish and Iranian counterparts on Saturday.",
			[]meetingWant{
				{"Sergey Lavrov+Hakan Fidan", "phone", "held", "2024-11-30", ""},
				{"Sergey Lavrov+Abbas Araghchi", "phone", "held", "2024-11-30", ""},
			}},
		{"one call told twice", "2021-06-10",
			"Putin and Erdogan spoke by phone on Thursday. The call between Putin and Erdogan was held at the initiative of the Turkish leader.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "phone", "held", "2021-06-10", ""}}},
		{"two meetings in one sentence", "2021-06-07",
			"Lavrov said at the start of Monday's meeting with Hakan Fidan that they must prepare for Thursday's meeting of the presidents of Russia, Turkey and Iran in Sochi.",
			[]meetingWant{
				{"Sergey Lavrov+Hakan Fidan", "in_person", "held", "2021-06-07", ""},
				{"Russia+Turkey+Iran", "in_person", "planned", "2021-06-10", "Sochi"},
			}},
		{"clock time kept at day grain", "2021-06-10",
			"Putin and Erdogan will hold a phone call at 6 pm Moscow time on Friday.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "phone", "planned", "2021-06-11", ""}}},
		{"discussed with", "2021-06-10",
			"On Wednesday, Putin discussed Syria with Erdogan.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2021-06-09", ""}}},
		{"venue given as a country's capital; a format is no venue", "2024-12-06",
			"A meeting of the foreign ministers of Iran, Russia and Turkey in the Astana format is anticipated in Qatar's capital on Friday.",
			[]meetingWant{{"Iran+Russia+Turkey", "in_person", "planned", "2024-12-06", "Doha"}}},
		{"source clause is not a party", "2021-06-10",
			"Putin and Erdogan met in Sochi on Monday, Dmitry Peskov and Sergey Lavrov said on Tuesday in a statement.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2021-06-07", "Sochi"}}},
		{"inverted source clause", "2025-08-14",
			"The talks between Russian President Vladimir Putin and US President Donald Trump will take place in Anchorage, reported presidential aide Yuri Ushakov.",
			[]meetingWant{{"Vladimir Putin+Donald Trump", "in_person", "planned", "", "Anchorage"}}},
		{"meeting told in the source clause", "2023-05-20",
			"Both sides agreed to a truce, the United States and Saudi Arabia said in a joint statement after talks in Jeddah.",
			[]meetingWant{{"United States+Saudi Arabia", "in_person", "held", "", "Jeddah"}}},
		{"the leader of a country on the day", "2025-07-28",
			"The Turkish leader held talks with Putin in Sochi on Monday.",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "held", "2025-07-28", "Sochi"}}},
		{"reported content is not a source", "2021-06-10",
			"Faced with losses, Erdogan said he would hold talks with Putin in Moscow.",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "planned", "", "Moscow"}}},
		{"host takes part; a country as venue; a call to both", "2025-07-28",
			"The Thai and Cambodian leaders held talks in Malaysia on Monday hosted by Prime Minister Anwar Ibrahim. Donald Trump called both leaders at the weekend.",
			[]meetingWant{
				{"Paetongtarn Shinawatra+Hun Manet+Anwar Ibrahim", "in_person", "held", "2025-07-28", "Malaysia"},
				{"Donald Trump+Paetongtarn Shinawatra", "phone", "held", "2025-W30-WE", ""},
				{"Donald Trump+Hun Manet", "phone", "held", "2025-W30-WE", ""},
			}},
		{"a government named by its leader; a city and its country", "2023-06-09",
			"Talks between the Gustavo Petro government and Hamas in Havana, Cuba ended on Friday.",
			[]meetingWant{{"Colombia+Hamas", "in_person", "held", "2023-06-09", "Havana"}}},
		{"ministers from countries", "2016-12-20",
			"Foreign ministers from Russia, Iran and Turkey were meeting in Moscow on Tuesday.",
			[]meetingWant{{"Russia+Iran+Turkey", "in_person", "held", "2016-12-20", "Moscow"}}},
		{"two people discussed", "2017-05-04",
			"In Sochi on Wednesday, Vladimir Putin and Recep Tayyip Erdogan discussed the zones.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2017-05-03", "Sochi"}}},
		{"a pronoun for the person named before", "2021-06-10",
			"Sergey Lavrov arrived in Ankara. After a meeting with Hakan Fidan on Thursday, he left for Baku.",
			[]meetingWant{{"Sergey Lavrov+Hakan Fidan", "in_person", "held", "2021-06-10", ""}}},
		{"a visit: the place is the venue, its country the host", "2018-04-27",
			"Moon Jae-in said he will visit Pyongyang in the autumn.",
			[]meetingWant{{"Moon Jae-in+North Korea", "in_person", "planned", "2018-FA", "Pyongyang"}}},
		{"a numbered round of talks", "2025-06-02",
			"During the first round, held on May 16, Russia and Ukraine agreed on a prisoner exchange.",
			[]meetingWant{{"Russia+Ukraine", "in_person", "held", "2025-05-16", ""}}},
		{"a call confirmed takes the status of the call it names", "2020-02-21",
			"Putin and Erdogan will hold a phone call on Friday evening. Dmitry Peskov said: \"I confirm the telephone conversation.\"",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "phone", "planned", "2020-02-21", ""}}},
		{"a span of days has no single date", "2023-06-09",
			"The third round of talks between Colombia and Hamas began on May 2 and concluded on June 8 in Havana.",
			[]meetingWant{{"Colombia+Hamas", "in_person", "held", "", "Havana"}}},
		{"a fronted venue after a date", "2017-05-04",
			"On May 3 in Sochi, Vladimir Putin and Recep Tayyip Erdogan discussed the zones.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2017-05-03", "Sochi"}}},
		{"received someone", "2021-06-10",
			"Vladimir Putin received Recep Tayyip Erdogan in Moscow on Tuesday.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2021-06-08", "Moscow"}}},
		{"a country as venue after the other party", "2024-06-12",
			"Volodymyr Zelensky met Joe Biden in Italy on Thursday.",
			[]meetingWant{{"Volodymyr Zelensky+Joe Biden", "in_person", "held", "2024-06-06", "Italy"}}},
		{"travelling to the venue", "2024-06-12",
			"Volodymyr Zelensky and Joe Biden will travel to Geneva for talks on Saturday.",
			[]meetingWant{{"Volodymyr Zelensky+Joe Biden", "in_person", "planned", "2024-06-15", "Geneva"}}},
		{"I in a quotation is its speaker; with A and with B are two meetings", "2024-12-06",
			"Russian Foreign Minister Sergey Lavrov spoke to reporters. \"I had a conversation with the Turkish minister of foreign affairs and with my Iranian colleague,\" the top Russian diplomat said.",
			[]meetingWant{
				{"Sergey Lavrov+Hakan Fidan", "unknown", "held", "", ""},
				{"Sergey Lavrov+Abbas Araghchi", "unknown", "held", "", ""},
			}},
		{"the place the visitor is in to hold meetings", "2023-08-25",
			"Antonio Guterres was in the divided capital Nicosia to hold separate meetings with Nikos Christodoulides and Ersin Tatar on Friday.",
			[]meetingWant{
				{"Antonio Guterres+Nikos Christodoulides", "in_person", "planned", "2023-08-25", "Nicosia"},
				{"Antonio Guterres+Ersin Tatar", "in_person", "planned", "2023-08-25", "Nicosia"},
			}},
		{"the place someone is based in is not the place of the talks", "2023-08-25",
			"Antonio Guterres wants diplomats based in Washington to meet Ersin Tatar on Friday.",
			[]meetingWant{{"Antonio Guterres+Ersin Tatar", "in_person", "planned", "2023-08-25", ""}}},
		{"the place left is not the place of the talks", "2023-08-25",
			"Antonio Guterres flew from Nicosia to hold talks with Ersin Tatar on Friday.",
			[]meetingWant{{"Antonio Guterres+Ersin Tatar", "in_person", "planned", "2023-08-25", ""}}},
		{"a phrase that opens the sentence holds the parties with its subject", "2021-06-10",
			"After talks with Recep Tayyip Erdogan on Monday, Vladimir Putin thanked Iran for its help.",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "held", "2021-06-07", ""}}},
		{"the subject of a phrase that opens the sentence is a party when it speaks", "2021-06-10",
			"After a two-hour meeting with Recep Tayyip Erdogan on Monday, Vladimir Putin said, \"We agreed on much.\"",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "held", "2021-06-07", ""}}},
		{"a phrase after a place, and a pronoun for the subject", "2021-06-10",
			"Vladimir Putin arrived on Monday. In Sochi, after a meeting with Recep Tayyip Erdogan, he thanked Iran and Qatar.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2021-06-07", "Sochi"}}},
		{"a source set off by commas is no party", "2021-06-10",
			"Vladimir Putin met Recep Tayyip Erdogan in Sochi, says Sergey Lavrov, on Monday. Putin held talks with Erdogan, Lavrov said, in Ankara on Tuesday.",
			[]meetingWant{
				{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2021-06-07", "Sochi"},
				{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2021-06-08", "Ankara"},
			}},
		{"a ministry's spokesman is a source", "2023-08-25",
			"Foreign Ministry Spokesman Alfred Mutua said Antonio Guterres met Ersin Tatar on Friday.",
			[]meetingWant{{"Antonio Guterres+Ersin Tatar", "in_person", "held", "2023-08-25", ""}}},
		{"sat down with, welcomed, will host, a visit to", "2024-11-16",
			"Wang Yi sat down with Antony Blinken in Munich on Friday. Antonio Guterres welcomed Mahmoud Abbas to UN headquarters on Thursday. Recep Tayyip Erdogan will host Vladimir Putin in Ankara on Tuesday. Sergey Lavrov paid a visit to Cairo on Wednesday.",
			[]meetingWant{
				{"Wang Yi+Antony Blinken", "in_person", "held", "2024-11-15", "Munich"},
				{"Antonio Guterres+Mahmoud Abbas", "in_person", "held", "2024-11-14", ""},
				{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "planned", "2024-11-19", "Ankara"},
				{"Sergey Lavrov+Egypt", "in_person", "held", "2024-11-13", "Cairo"},
			}},
		{"welcoming a decision and a host of issues are no meetings", "2024-11-16",
			"Antonio Guterres welcomed the decision on Thursday. Recep Tayyip Erdogan will host a summit on a host of issues.",
			nil},
		{"a denied meeting is none", "2024-11-16",
			"Narendra Modi and Shehbaz Sharif did not meet on Friday. Vladimir Putin has not yet met Volodymyr Zelensky, and Xi Jinping refused to meet Joe Biden. No talks were held.",
			nil},
		{"a denial does not reach another trigger", "2024-11-16",
			"Narendra Modi and Shehbaz Sharif did not meet but spoke by phone on Friday.",
			[]meetingWant{{"Narendra Modi+Shehbaz Sharif", "phone", "held", "2024-11-15", ""}}},
		{"an audience is no party", "2023-08-25",
			"Ersin Tatar spoke to reporters on Monday. Erdogan spoke to the local press in Ankara. Putin met students in Moscow.",
			nil},
		{"a party after the audience's words", "2023-08-25",
			"Ersin Tatar spoke to Nikos Christodoulides on Monday, reporters said.",
			[]meetingWant{{"Ersin Tatar+Nikos Christodoulides", "unknown", "held", "2023-08-21", ""}}},
		{"a sentence that opens the quotation", "2021-06-10",
			"\"Putin and I will hold talks by phone on Friday,\" Erdogan said.",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "phone", "planned", "2021-06-11", ""}}},
		{"the speaker named before the quotation", "2021-06-10",
			"Erdogan said: \"I will meet Vladimir Putin in Sochi on Friday.\"",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "planned", "2021-06-11", "Sochi"}}},
		{"a date after since is no meeting's date; a manner phrase is no new meeting", "2023-11-24",
			"Benjamin Netanyahu spoke with Joe Biden by phone late on Thursday, their first call since 2021.",
			[]meetingWant{{"Benjamin Netanyahu+Joe Biden", "phone", "held", "2023-11-23", ""}}},
		{"had spoken with", "2025-05-10",
			"Marco Rubio had spoken with Shehbaz Sharif on Saturday.",
			[]meetingWant{{"Marco Rubio+Shehbaz Sharif", "unknown", "held", "2025-05-10", ""}}},
		{"the next clause has its own actors", "2025-07-28",
			"Putin held talks with Erdogan in Sochi on Monday, and China and the United States offered to help.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "held", "2025-07-28", "Sochi"}}},
		{"a list closed by a comma and 'and'", "2025-08-08",
			"A meeting between Donald Trump, Nikol Pashinyan, and Ilham Aliyev will take place in Washington on Friday.",
			[]meetingWant{{"Donald Trump+Nikol Pashinyan+Ilham Aliyev", "in_person", "planned", "2025-08-08", "Washington"}}},
		{"the two sides named before", "2023-11-24",
			"Fighting between Israel and Hamas has stopped. Talks between the two sides will resume in Doha on Monday.",
			[]meetingWant{{"Israel+Hamas", "in_person", "planned", "2023-11-27", "Doha"}}},
		{"named parties win over the two sides", "2019-01-15",
			"Following a meeting last September between Erdogan and Putin, the two sides agreed to set up a zone.",
			[]meetingWant{{"Recep Tayyip Erdogan+Vladimir Putin", "in_person", "held", "2018-09", ""}}},
		{"cancelled", "2021-06-10",
			"The summit between Putin and Erdogan was called off.",
			[]meetingWant{{"Vladimir Putin+Recep Tayyip Erdogan", "in_person", "cancelled", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, meetingsOf(t, tt.text, tt.pub)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNotMeetings(t *testing.T) {
	for _, text := range []string{
		"Lavrov told reporters at a news conference in Moscow that Russia was ready.",
		"Erdogan told a joint press conference that the deal would hold.",
		"The ministers called for calm in the region.",
		"Putin called on Turkey to withdraw its troops.",
		"Putin said the so-called opposition had failed.",
		"Dmitry Peskov told journalists the Kremlin was concerned.",
		"The country's Congress passed the budget on Tuesday.",
		"Turkey said it would meet the demands of its allies.",
		"Read more: Putin and Erdogan meet in Sochi",
		"Russia and Turkey held talks.",
		"Israel's security cabinet meeting approved the plan on Thursday.",
		"Putin called for restraint on Monday.",
		"Putin discussed the budget on Monday.",
		"The vote was a round number.",
		"China and the United States also offered to assist in negotiations.",
		"Putin and Erdogan received letters from the families on Tuesday.",
		"I met my friends in Sochi, said nobody on Tuesday.",
		"\"Today we have a very good meeting,\" Hun Manet said, thanking Donald Trump for his efforts.",
		"Lavrov spoke by phone to discuss Syria.",
	} {
		if got := meetingsOf(t, text, "2021-06-10"); len(got) != 0 {
			t.Errorf("%q: got meetings %+v, want none", text, got)
		}
	}
}
