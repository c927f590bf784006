package dates

import "testing"

func TestThatPeriod(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "He came on May 3, 1997. Later that year he left.", []string{"May 3, 1997=1997-05-03", "Later that year=1997"}},
		{thu, "He came on May 3, 1997. Earlier that day he spoke.", []string{"May 3, 1997=1997-05-03", "Earlier that day=1997-05-03"}},
		{thu, "He came on May 3, 1997. That same week he left.", []string{"May 3, 1997=1997-05-03", "That same week=1997-W18"}},
		{thu, "He came on May 3, 1997. That morning he left.", []string{"May 3, 1997=1997-05-03", "That morning=1997-05-03TMO"}},
		// The earlier date must be at least as fine as the period.
		{thu, "He came in 1996. That month was cold.", []string{"1996=1996", "That month="}},
		// No earlier date: the text is kept without a value.
		{thu, "That day will come.", []string{"That day="}},
		// Not a date.
		{thu, "He said that days pass.", nil},
		{thu, "He came on May 3, 1997. That year's budget rose.", []string{"May 3, 1997=1997-05-03"}},
		{thu, "He came on May 3, 1997, and that week after week they met.", []string{"May 3, 1997=1997-05-03"}},
	})
}

func TestCountedUnits(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "They need two more weeks.", []string{"two more weeks=P2W"}},
		{thu, "It will last at least 20 more years.", []string{"at least 20 more years=P20Y"}},
		{thu, "He served an additional year.", []string{"an additional year=P1Y"}},
		{thu, "It rained three straight days.", []string{"three straight days=P3D"}},
		{thu, "Payment is due within five business days.", []string{"five business days=P5D"}},
		// The word between must be followed by a unit.
		{thu, "He wants more days off.", nil},
		{thu, "Two more rounds of talks.", nil},
	})
}

func TestRates(t *testing.T) {
	runFind(t, New(), []findCase{
		// An amount per unit is a rate, not an amount of time.
		{thu, "It saves $500 million a year.", nil},
		{thu, "They run four flights a week.", nil},
		{thu, "The shop is open 24 hours a day.", []string{"24 hours=PT24H"}},
		// A frequency is a set; after a preposition it is a duration.
		{thu, "They meet twice a year.", []string{"a year=P1Y"}},
		{thu, "He stayed for a week.", []string{"a week=P1W"}},
	})
}
