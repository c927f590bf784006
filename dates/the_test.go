package dates

import "testing"

// TestAfterThe reads "the" before the words of every rule that can start
// with it, and before words that start none of them.
func TestAfterThe(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "The two sides met in the capital, and the three of them left.", nil},
		{thu, "The talks ended on the 5th of March, the day before the vote.", []string{"the 5th of March=2020-03-05"}},
		{thu, "The 1990s were calm; the '80s and the nineties were not.", []string{"The 1990s=199", "the '80s=198", "the nineties=199"}},
		{thu, "They met the following Monday and again the next week.", []string{"the following Monday=2020-03-09", "the next week=P1W"}},
		{thu, "Profit rose in the third quarter and the first half of 2019.", []string{"the third quarter=2019-Q3", "the first half of 2019=2019-H1"}},
		{thu, "The first two quarters of 1990 were weak, as was the fiscal year.", []string{"The first two quarters of 1990=1990-H1", "the fiscal year=2020"}},
		{thu, "The past two weeks were hard, the past was harder, and the future is bright.", []string{"The past two weeks=P2W", "the past=PAST_REF", "the future=FUTURE_REF"}},
		{thu, "The summer of 2019 was hot, and the end of the year was cold.", []string{"The summer of 2019=2019-SU", "the end of the year=2020"}},
		{thu, "They met the day before yesterday and spoke in the early summer.", []string{"the day before yesterday=2020-03-03", "the early summer=2019-SU"}},
		{thu, "Sales fell from the year-ago quarter, and the coming weeks look bleak.", []string{"the year-ago quarter=2018-Q4", "the coming weeks=FUTURE_REF"}},
		{thu, "The week of March 2 was busy; the year before, too.", []string{"The week of March 2=2020-W10"}},
		{thu, "The several hundred troops, the last of them, left the twentieth century behind.", nil},
		{thu, "The \"deal\" was signed, the 12 men said, in the 2000s.", []string{"the 2000s=200"}},
	})
}
