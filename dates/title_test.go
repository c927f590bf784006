package dates

import "testing"

func TestQuotedTitles(t *testing.T) {
	runFind(t, New(), []findCase{
		// Names of programmes and films.
		{thu, `He spoke on CBS's "60 Minutes."`, nil},
		{thu, "The poster showed a still from ``High Noon.''", nil},
		{thu, `The minister, speaking on “This Week With Jane Doe,” said so.`, nil},
		{thu, "He said on ''This Week'' that talks went well.", nil},
		// A quotation that opens with a word of time, or has one in
		// lower case, is speech.
		{thu, `"Today we talk," he said.`, []string{"Today=2020-03-05"}},
		{thu, `"We Will meet next week," he said.`, []string{"next week=2020-W11"}},
		{thu, `He said "60 minutes" was enough.`, []string{"60 minutes=PT60M"}},
	})
}

func TestNamedToday(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "USA Today reported the talks. This is VOA Today.", nil},
		{thu, "The USA today said no. NATO said Today it would meet.", []string{"today=2020-03-05", "Today=2020-03-05"}},
		{thu, "Today, the UN met.", []string{"Today=2020-03-05"}},
	})
}
