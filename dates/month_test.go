package dates

import "testing"

// A bare month is read by the words around it; with none, by how near it
// is ahead. The anchor is Monday 30 October 1989.
func TestBareMonthDirection(t *testing.T) {
	const oct30 = "1989-10-30"
	runFind(t, New(), []findCase{
		// No cue: a month in the coming quarter is the coming one.
		{oct30, "Talks are held in January.", []string{"January=1990-01"}},
		{oct30, "The board meets in November.", []string{"November=1989-11"}},
		{oct30, "Shares peaked in October.", []string{"October=1989-10"}},
		// A past verb reads it backward, a forward cue forward.
		{oct30, "The firm bought the unit in January.", []string{"January=1989-01"}},
		{oct30, "The attack began in December.", []string{"December=1988-12"}},
		{oct30, "Prices rose in November.", []string{"November=1988-11"}},
		{oct30, "The vote is expected in June.", []string{"June=1990-06"}},
		{oct30, "The slated visit in April is on.", []string{"April=1990-04"}},
		{oct30, "The board meets in June.", []string{"June=1990-06"}},
		// The end of a span of time and an infinitive take the nearer
		// month, even after a past verb.
		{oct30, "He gave them until mid-November to reply.", []string{"mid-November=1989-11"}},
		{oct30, "The bank extended loans through January.", []string{"January=1990-01"}},
		{oct30, "They agreed to meet in December.", []string{"December=1989-12"}},
		{oct30, "They agreed to meet in June.", []string{"June=1989-06"}},
		{oct30, "They agreed to buy the unit in February.", []string{"February=1990-02"}},
		{oct30, "He gave them until March to reply.", []string{"March=1990-03"}},
		{oct30, "They agreed to meet in May.", []string{"May=1989-05"}},
		{oct30, "Talks are held in February.", []string{"February=1989-02"}},
		{oct30, "Qantas will double its flights by August.", []string{"August=1990-08"}},
		// "since" looks back, whatever comes before.
		{oct30, "Inspections are to run since December.", []string{"December=1988-12"}},
		// Not an infinitive: "according to" and a noun after "to".
		{oct30, "Output fell, according to officials, in December.", []string{"December=1988-12"}},
		{oct30, "He returned to office in December.", []string{"December=1988-12"}},
		// A sentence that a month opens takes its verb from after it.
		{oct30, "In January, the company bought a rival.", []string{"January=1989-01"}},
		{oct30, "In January, the company will buy a rival.", []string{"January=1990-01"}},
		// Its verb may come late, past a place written with an
		// abbreviated state ("Mobile, Ala., ...").
		{oct30, "In January, shortly after the vote that split the party and its old allies in the north, a bomb in Mobile, Ala., wrecked a clinic.",
			[]string{"January=1989-01"}},
		{oct30, "In January, shortly after the vote that split the party and its old allies in the north, a new cabinet in Mobile, Ala., will take office.",
			[]string{"January=1990-01"}},
	})
}

func TestBareSeason(t *testing.T) {
	runFind(t, New(), []findCase{
		{"1989-10-26", "Sales slowed in summer.", []string{"summer=1989-SU"}},
		{"1989-10-26", "Talks stalled during winter.", []string{"winter=1988-WI"}},
		// Not after a preposition, or "fall", which is also a verb.
		{"1989-10-26", "Summer sales fell.", nil},
		{"1989-10-26", "Orders rose in early summer.", []string{"early summer=1989-SU"}},
		{"1989-10-26", "Orders rose from the lows of the late spring.", []string{"the late spring=1989-SP"}},
		{"1989-10-26", "The late spring rains fell.", nil},
		{"1989-10-26", "Early summer sales fell.", nil},
		{"1989-10-26", "A rise in fall sales.", nil},
	})
}
