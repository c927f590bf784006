package dates

import "testing"

// TestRuledOut reads numbers, number words and modifiers before the
// words that let them start an expression, and before words that rule
// them out.
func TestRuledOut(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "The two countries met for two weeks, then two-year talks began.", []string{"two weeks=P2W", "two-year=P2Y"}},
		{thu, "Twenty five days and two more weeks passed, then two and a half years.", []string{"Twenty five days=P25D", "two more weeks=P2W", "two and a half years=P2Y6M"}},
		{thu, "It took two to three weeks, or two or three days, until two thousand.", []string{"two to three weeks=P2W", "two or three days=P2D", "two thousand=2000"}},
		{thu, "They met at ten o'clock, ten minutes past midnight.", []string{"ten o'clock=2020-03-05T10:00", "ten minutes past midnight=2020-03-06T00:10"}},
		{thu, "Three soldiers died; four of them were hurt over the weekend.", []string{"the weekend=2020-W09-WE"}},
		{thu, "He left at the gate at least two hours later, more than six hours after.", []string{"at least two hours later=2020-03-05", "more than six hours=PT6H"}},
		{thu, "Read more: up to 30 days, over the border, under the rules, just over a week.", []string{"up to 30 days=P30D", "just over a week=P1W"}},
		{thu, "The 12 km road, 34 Turkish troops and 400 per day were reported.", nil},
		{thu, "They met on 5 March and 6 of April for 12 days, 30 more days and 2 1/2 years.", []string{"5 March=2020-03-05", "6 of April=2020-04-06", "12 days=P12D", "30 more days=P30D", "2 1/2 years=P2Y6M"}},
		{thu, "At 2 p.m., at 10 a.m., at 10 in the morning and at 10 o'clock they spoke.", []string{"2 p.m.=2020-03-05T14:00", "10 a.m.=2020-03-05T10:00", "10 in the morning=2020-03-05T10:00", "10 o'clock=2020-03-05T10:00"}},
		{thu, "Profit fell in the 3rd quarter of the 20th century, on the 25th and the 5th of May.", []string{"the 3rd quarter=2019-Q3", "the 20th century=19", "the 25th=2020-02-25", "the 5th of May=2020-05-05"}},
		{thu, "The talks ran April 24 and 25 and then 12-day talks, two to 3 weeks.", []string{"April 24=2019-04-24", "25=2019-04-25", "12-day=P12D", "two to 3 weeks=P2W"}},
		{thu, "Output rose in 3rd quarter, as in 20th century.", []string{"3rd quarter=2019-Q3", "20th century=19"}},
		{thu, "The two sides met the three envoys for the two weeks before the two thousand.", []string{"the two weeks=P2W", "the two thousand=2000"}},
	})
}
