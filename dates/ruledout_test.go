package dates

import "testing"

// TestRuledOut reads number words and modifiers before the words that let
// them start an expression, and before words that rule them out.
func TestRuledOut(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "The two countries met for two weeks, then two-year talks began.", []string{"two weeks=P2W", "two-year=P2Y"}},
		{thu, "Twenty five days and two more weeks passed, then two and a half years.", []string{"Twenty five days=P25D", "two more weeks=P2W", "two and a half years=P2Y6M"}},
		{thu, "It took two to three weeks, or two or three days, until two thousand.", []string{"two to three weeks=P2W", "two or three days=P2D", "two thousand=2000"}},
		{thu, "They met at ten o'clock, ten minutes past midnight.", []string{"ten o'clock=2020-03-05T10:00", "ten minutes past midnight=2020-03-06T00:10"}},
		{thu, "Three soldiers died; four of them were hurt over the weekend.", []string{"the weekend=2020-W09-WE"}},
		{thu, "He left at the gate at least two hours later, more than six hours after.", []string{"at least two hours later=2020-03-05", "more than six hours=PT6H"}},
		{thu, "Read more: up to 30 days, over the border, under the rules, just over a week.", []string{"up to 30 days=P30D", "just over a week=P1W"}},
	})
}
