package dates

import (
	"strings"
	"testing"
	"time"
)

// findCase is a sentence and every expression expected in it, written as
// "text=value" (value may be empty), in text order.
type findCase struct {
	ref  string // anchor day, YYYY-MM-DD (a Thursday unless said)
	text string
	want []string
}

func runFind(t *testing.T, f *Finder, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		a := Anchor{}
		if c.ref != "" {
			a.Day = day(t, c.ref)
		}
		var got []string
		for _, d := range f.Find(c.text, a) {
			got = append(got, d.Text+"="+d.Value)
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%s %q:\n got  %q\n want %q", c.ref, c.text, got, c.want)
		}
	}
}

const thu = "2020-03-05" // a Thursday

func TestAbsoluteDates(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "The accord was signed on 28 February 2020 in Sochi.", []string{"28 February 2020=2020-02-28"}},
		{thu, "Talks resumed 2020-02-28 after a pause.", []string{"2020-02-28=2020-02-28"}},
		{thu, "Earlier on 4 may it was reported. They met 3 may in Sochi.", []string{"4 may=2019-05-04", "3 may=2019-05-03"}},
		{thu, "On 2 march the envoy left, and on february 3 he returned.", []string{"2 march=2020-03-02", "february 3=2020-02-03"}},
		{thu, "Of the 12, 3 may stay. Some 20 march to the sea. They may 3 times refuse.", nil},
		{thu, "The accord was signed on 7 June. It lapsed on 8 Sept. and then ended.", []string{"7 June=2019-06-07", "8 Sept.=2019-09-08"}},
		{thu, "He arrived Jan 30, 2018 and left.", []string{"Jan 30, 2018=2018-01-30"}},
		{thu, "Voting will end on Sept. 30.", []string{"Sept. 30=2020-09-30"}},
		{thu, "Voting ended on Sept. 30.", []string{"Sept. 30=2019-09-30"}},
		{thu, "Patrols start as of March 15.", []string{"March 15=2020-03-15"}},
		{thu, "The summit is set for April 24-25 in Washington.", []string{"April 24=2020-04-24", "25=2020-04-25"}},
		{thu, "The summit is set for April 24-22 in Washington.", []string{"April 24=2020-04-24"}},
		{thu, "The vote on April 24-25% backed it.", []string{"April 24=2020-04-24"}},
		{thu, "The summit is on April 24 and 25 in Washington.", []string{"April 24=2020-04-24", "25=2020-04-25"}},
		{thu, "Floods on April 24 and 25 people died.", []string{"April 24=2020-04-24"}},
		{"2020-10-30", "Sales fell in the period ended Jan. 25.", []string{"Jan. 25=2020-01-25"}},
		{"2020-10-30", "The accord was signed on Jan. 20.", []string{"Jan. 20=2020-01-20"}},
		{"2020-10-30", "He said Jan. 25 is the deadline.", []string{"Jan. 25=2021-01-25"}},
		{"2020-10-30", "Payment falls due Jan. 25.", []string{"Jan. 25=2021-01-25"}},
		{"2020-10-30", "They agreed to pay on Feb. 10.", []string{"Feb. 10=2021-02-10"}},
		{"2020-10-30", "He gave them until Feb. 10 to reply.", []string{"Feb. 10=2021-02-10"}},
		{"2020-10-30", "They agreed to pay on May 10.", []string{"May 10=2020-05-10"}},
		{"2020-10-30", "Payment fell on Feb. 10.", []string{"Feb. 10=2020-02-10"}},
		{"2020-10-30", "It named a new board, effective Feb. 1.", []string{"Feb. 1=2021-02-01"}},
		{"2020-10-30", "Costs rose under a pact effective June 1.", []string{"June 1=2020-06-01"}},
		{"2020-10-30", "Rules take hold effective as of Feb. 1 and effective from Dec. 7.", []string{"Feb. 1=2021-02-01", "Dec. 7=2020-12-07"}},
		{"2020-10-30", "Its effective date was Feb. 1.", []string{"Feb. 1=2020-02-01"}},
		{thu, "The new rules are effective Friday.", []string{"Friday=2020-03-06"}},
		{thu, "The new rules were announced Friday.", []string{"Friday=2020-02-28"}},
		{"2020-08-18", "Aid would help the victims of the Aug. 7 floods.", []string{"Aug. 7=2020-08-07"}},
		{"2020-08-18", "Aid would arrive on Aug. 7.", []string{"Aug. 7=2021-08-07"}},
		{"2020-10-30", "Traders placed orders for the November contracts.", []string{"November=2020-11"}},
		{thu, "Payment is due on May 31.", []string{"May 31=2020-05-31"}},
		{"2020-01-03", "The envoy left on Dec. 28.", []string{"Dec. 28=2019-12-28"}},
		{thu, "A vote is planned for the 23rd of this month.", []string{"the 23rd of this month=2020-03-23"}},
		{thu, "The truce began in May 2017.", []string{"May 2017=2017-05"}},
		{thu, "Thursday, March 5, 2020 was a long day.", []string{"Thursday, March 5, 2020=2020-03-05"}},
		{"", "The congress was held on January 30, 2018.", []string{"January 30, 2018=2018-01-30"}},
		{thu, "The 5th of March was cold.", []string{"The 5th of March=2020-03-05"}},
		{thu, "Prices rose 50% to $27 in 1830 shops.", nil},
		{thu, "It may rain, and we sat down to march on.", nil},
		{thu, "Under Resolution 2254, the council acts.", nil},
	})
}

func TestPartSpans(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "Losses go on through the first two quarters of 2021.", []string{"the first two quarters of 2021=2021-H1"}},
		{thu, "Sales fell in the last six months of 2019.", []string{"the last six months of 2019=2019-H2"}},
		{thu, "Sales fell in the first three months of last year.", []string{"the first three months of last year=2019-Q1"}},
		// No calendar part: a duration, as before.
		{thu, "Sales fell in the first nine months of 2019.", []string{"the first nine months=P9M", "2019=2019"}},
		{thu, "Sales fell in the first two quarters.", []string{"the first two quarters=P2Q"}},
		{thu, "Sales fell in the latest nine months.", []string{"the latest nine months=P9M"}},
		{thu, "Profit came after several quarters of losses.", []string{"several quarters=PXQ"}},
		{thu, "Three quarters of the votes were cast.", nil},
		{thu, "He left months ago; over the years, prices rose.", []string{"months ago=PAST_REF", "the years=PXY"}},
		{thu, "The years of war ended over the weeks ahead.", []string{"the weeks ahead=FUTURE_REF"}},
	})
}

func TestYears(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "Lines were agreed in 2018.", []string{"2018=2018"}},
		{thu, "Profit in fiscal 1989 fell.", []string{"fiscal 1989=1989"}},
		{thu, "Debt doubled in the 1990s.", []string{"the 1990s=199"}},
		{thu, "It cost $2,400 per dose.", nil},
		{thu, "The 2254 delegates met.", nil},
	})
}

func TestWeekdays(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "The Kremlin said Thursday that talks went well.", []string{"Thursday=2020-03-05"}},
		{thu, "They met on Tuesday in Ankara.", []string{"Tuesday=2020-03-03"}},
		{thu, "They will meet on Tuesday in Ankara.", []string{"Tuesday=2020-03-10"}},
		{thu, "Peskov said the leaders will meet on Friday.", []string{"Friday=2020-03-06"}},
		{thu, "Troops withdrew last Friday.", []string{"last Friday=2020-02-28"}},
		{thu, "Aid will reach the town, where on Tuesday a bomb went off.", []string{"Tuesday=2020-03-03"}},
		{thu, "He will visit Idlib, where he will speak Tuesday.", []string{"Tuesday=2020-03-10"}},
		{"2020-03-09", "The bid had been due to lapse Friday evening.", []string{"Friday evening=2020-03-06TEV"}},
		{"2020-03-09", "They had planned to vote on Friday.", []string{"Friday=2020-03-06"}},
		{"2020-03-09", "The bid is due to lapse Friday evening.", []string{"Friday evening=2020-03-13TEV"}},
		{"2020-03-09", "The vote has been scheduled for Friday.", []string{"Friday=2020-03-13"}},
		{"2020-03-09", "Officials do not plan to move troops on Friday.", []string{"Friday=2020-03-13"}},
		{"2020-03-09", "Rebels who hope to win struck on Friday.", []string{"Friday=2020-03-06"}},
		{thu, "Ministers meet next Monday.", []string{"next Monday=2020-03-09"}},
		{"2020-03-07", "Dozens were hurt by the blast next to the embassy on Friday.", []string{"Friday=2020-03-06"}},
		{"2020-03-07", "They will camp next to the embassy on Friday.", []string{"Friday=2020-03-13"}},
		{"2020-03-07", "The next round of talks is on Friday.", []string{"Friday=2020-03-13"}},
		{thu, "On Tuesday, the league will hold a news conference.", []string{"Tuesday=2020-03-10"}},
		{thu, "On Tuesday, the league plans to hold a news conference.", []string{"Tuesday=2020-03-10"}},
		{thu, "On Tuesday, the league planned to hold a news conference.", []string{"Tuesday=2020-03-03"}},
		{thu, "On Tuesday, the league is set to hold a news conference.", []string{"Tuesday=2020-03-10"}},
		{thu, "On Tuesday, the league held a news conference.", []string{"Tuesday=2020-03-03"}},
		{thu, "On Tuesday, the league holds a news conference.", []string{"Tuesday=2020-03-03"}},
		{thu, "On Tuesday, when he set off on a hastily planned trip, the ban was lifted.", []string{"Tuesday=2020-03-03"}},
		{thu, "Ministers meet this coming Sunday.", []string{"this coming Sunday=2020-03-08"}},
		{thu, "Ministers meet this coming week, after talks this past spring.", []string{"this coming week=2020-W11", "this past spring=2019-SP"}},
		{thu, "The vote is due around April 20, and talks about April 20 plans go on.", []string{"around April 20=2020-04-20", "April 20=2020-04-20"}},
		{thu, "Prices fell on Feb. 25, down 3% from the previous Friday.", []string{"Feb. 25=2020-02-25", "the previous Friday=2020-02-21"}},
		{thu, "He arrived on Feb. 25 and left the following Monday.", []string{"Feb. 25=2020-02-25", "the following Monday=2020-03-02"}},
		{thu, "Prices are down 3% from the previous Friday.", []string{"the previous Friday=2020-02-28"}},
		{thu, "Shares fell on Feb. 25. " + strings.Repeat("Traders said buyers had waited for news of rates. ", 8) + "Prices were down 3% from the previous Friday.",
			[]string{"Feb. 25=2020-02-25", "the previous Friday=2020-02-21"}},
		{thu, "Shares fell on Feb. 25. " + strings.Repeat("Traders said buyers had waited for news of rates. ", 8) + "Prices were up from the previous March.",
			[]string{"Feb. 25=2020-02-25", "previous March=2019-03"}},
		{thu, "Talks resume this Saturday.", []string{"this Saturday=2020-03-07"}},
		{thu, "Shelling resumed Thursday evening.", []string{"Thursday evening=2020-03-05TEV"}},
		{thu, "Officials postponed until Tuesday any action on the case.", []string{"Tuesday=2020-03-10"}},
		{thu, "Officials could not be reached for comment on Wednesday.", []string{"Wednesday=2020-03-04"}},
		{thu, "Neither man could be located Wednesday. He could not attend on Tuesday.", []string{"Wednesday=2020-03-04", "Tuesday=2020-03-03"}},
		{thu, "Talks could resume on Tuesday. He could be named Friday.", []string{"Tuesday=2020-03-10", "Friday=2020-03-06"}},
		{thu, "The summit opens Monday and the envoy arrives Friday.", []string{"Monday=2020-03-09", "Friday=2020-03-06"}},
		{thu, "The truce expires on Saturday; he travels to Ankara in May.", []string{"Saturday=2020-03-07", "May=2020-05"}},
		{thu, "The summit opened Monday. Talks that he says began Tuesday went on.", []string{"Monday=2020-03-02", "Tuesday=2020-03-03"}},
		{thu, "The council, which meets often, said Monday it agreed.", []string{"Monday=2020-03-02"}},
		{thu, "The court gave them until 9 a.m. Tuesday to reply.", []string{"9 a.m. Tuesday=2020-03-10T09:00"}},
		{thu, "They have until Friday to respond.", []string{"Friday=2020-03-06"}},
		{"2020-03-09", "The envoy extended the deadline until Friday.", []string{"Friday=2020-03-13"}},
		{thu, "The talks lasted until Tuesday.", []string{"Tuesday=2020-03-03"}},
		{thu, "The cabinet voted the truce to begin on Friday.", []string{"Friday=2020-03-06"}},
		{thu, "They agreed to meet on Saturday.", []string{"Saturday=2020-03-07"}},
		{thu, "He went to Ankara to meet Erdogan on Tuesday.", []string{"Tuesday=2020-03-03"}},
		{thu, "The talks lasted until Monday.", []string{"Monday=2020-03-02"}},
		{thu, "Ministers stayed until Tuesday, when they postponed the vote.", []string{"Tuesday=2020-03-03"}},
		{thu, "The vote, postponed in January, was held on Tuesday.", []string{"January=2020-01", "Tuesday=2020-03-03"}},
		{thu, "Talks were postponed until January.", []string{"January=2021-01"}},
		{thu, "Markets are closed on Sundays.", []string{"Sundays=XXXX-WXX-7"}},
		{thu, "Flights leave on Monday and Tuesday nights.", []string{"Monday=XXXX-WXX-1TNI", "Tuesday nights=XXXX-WXX-2TNI"}},
		{thu, "The show airs Sunday afternoons.", []string{"Sunday afternoons=XXXX-WXX-7TAF"}},
		{thu, "He left Monday and Tuesday night he returned.", []string{"Monday=2020-03-02", "Tuesday night=2020-03-03TNI"}},
		{thu, "They meet again on Monday. Both sides meet Friday.", []string{"Monday=2020-03-09", "Friday=2020-03-06"}},
		{thu, "He and Arafat meet separately Monday with the envoy.", []string{"Monday=2020-03-09"}},
		{thu, "Talks open on Friday; the envoys arrive Saturday.", []string{"Friday=2020-03-06", "Saturday=2020-03-07"}},
		{thu, "The two leaders did not meet on Monday. They failed to meet Tuesday.", []string{"Monday=2020-03-02", "Tuesday=2020-03-03"}},
		{thu, "The start Monday was slow. An open letter Monday urged calm.", []string{"Monday=2020-03-02", "Monday=2020-03-02"}},
		{thu, "The offensive began as previously planned Saturday night.", []string{"Saturday night=2020-02-29TNI"}},
		{thu, "Talks went ahead as planned on Saturday; prices rose more than expected Tuesday.", []string{"Saturday=2020-02-29", "Tuesday=2020-03-03"}},
		{thu, "Talks are planned for Saturday, as expected.", []string{"Saturday=2020-03-07"}},
		{thu, "A Sun reporter and a Wed. deadline.", []string{"Wed.=2020-03-04"}},
		{"", "The Kremlin said Thursday.", []string{"Thursday="}},
		{thu, "Rebels shelled the town overnight.", []string{"overnight=2020-03-04TNI"}},
		{thu, "He was held on Feb. 25 and freed the next morning.", []string{"Feb. 25=2020-02-25", "the next morning=2020-02-26TMO"}},
		{thu, "He was freed the previous night.", []string{"the previous night=2020-03-04TNI"}},
		{thu, "Talks end tomorrow; the following evening he flies home.", []string{"tomorrow=2020-03-06", "the following evening=2020-03-07TEV"}},
		{thu, "Nights are cold, and the next mornings colder.", nil},
		{thu, "The vote is due tonight.", []string{"tonight=2020-03-05TNI"}},
	})
}

func TestDayWords(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "It rained the day before yesterday and will the day after tomorrow.", []string{"the day before yesterday=2020-03-03", "the day after tomorrow=2020-03-07"}},
		{thu, "They meet Monday next week, and met this past Sunday.", []string{"Monday next week=2020-03-09", "this past Sunday=2020-03-01"}},
		{thu, "Crowds gathered this past weekend.", []string{"this past weekend=2020-W09-WE"}},
		{thu, "Today, a call was held.", []string{"Today=2020-03-05"}},
		{thu, "He flew in yesterday and leaves tomorrow.", []string{"yesterday=2020-03-04", "tomorrow=2020-03-06"}},
		{thu, "A vote is set for tonight.", []string{"tonight=2020-03-05TNI"}},
		{thu, "Fighting eased yesterday morning.", []string{"yesterday morning=2020-03-04TMO"}},
		{thu, "Sirens sounded last night and this morning.", []string{"last night=2020-03-04TNI", "this morning=2020-03-05TMO"}},
		{"", "They met today.", []string{"today="}},
	})
}

func TestPeriods(t *testing.T) {
	runFind(t, New(), []findCase{
		{"2018-02-08", "The talks concluded last week.", []string{"last week=2018-W05"}},
		{thu, "He spoke this week and next week.", []string{"this week=2020-W10", "next week=2020-W11"}},
		{thu, "Strikes resumed over the weekend.", []string{"the weekend=2020-W09-WE"}},
		{thu, "Talks will continue over the weekend.", []string{"the weekend=2020-W10-WE"}},
		{thu, "Exports fell last month and rose this year.", []string{"last month=2020-02", "this year=2020"}},
		{thu, "A summit is due next year.", []string{"next year=2021"}},
		{thu, "Profit rose in the third quarter.", []string{"the third quarter=2019-Q3"}},
		{thu, "Third-quarter profit rose.", []string{"Third-quarter=2019-Q3"}},
		{thu, "Its fiscal-first quarter was weak.", []string{"fiscal-first quarter=2020-Q1"}},
		{thu, "Sales fell in the first half of 2019.", []string{"the first half of 2019=2019-H1"}},
		{thu, "The offensive began in December.", []string{"December=2019-12"}},
		{thu, "Elections will be held in December.", []string{"December=2020-12"}},
		{thu, "It will be paid on a still unspecified date in January.", []string{"January=2021-01"}},
		{thu, "The firm expects to report its results in April.", []string{"April=2020-04"}},
		{thu, "The firm reported its results in April.", []string{"April=2019-04"}},
		{thu, "The summit in 2022 is due in November.", []string{"2022=2022", "November=2022-11"}},
		{thu, "Shootings date to 1994. In January, a doctor was shot.", []string{"1994=1994", "January=2020-01"}},
		{thu, "It was the third truce in as many weeks.", nil},
		{thu, "He will succeed Daniel P. Jones in July.", []string{"July=2020-07"}},
		{thu, "The thrift unveiled its plan in July.", []string{"July=2019-07"}},
		{thu, "Talks stalled last summer.", []string{"last summer=2019-SU"}},
		{thu, "The plant closed in early December.", []string{"early December=2019-12"}},
		{thu, "Sales rose earlier this year.", []string{"earlier this year=2020"}},
		{thu, "It ends at the end of the year.", []string{"the end of the year=2020"}},
		{thu, "Rates fell in the past decade.", []string{"the past decade=P10Y"}},
		{thu, "Profit for the year rose; in the year ended June 30 it fell.", []string{"the year=2020", "the year=P1Y", "June 30=2019-06-30"}},
		{thu, "Output fell during the past two months.", []string{"the past two months=P2M"}},
	})
}

func TestRelativeShifts(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "The plane crashed two days ago.", []string{"two days ago=2020-03-03"}},
		{thu, "He left three years ago.", []string{"three years ago=2017"}},
		{thu, "They met on March 1 and signed a week later.", []string{"March 1=2020-03-01", "a week later=2020-W10"}},
		{thu, "The bid came on Feb. 10. Three days later, the board met.", []string{"Feb. 10=2020-02-10", "Three days later=2020-02-13"}},
		{thu, "The bid came on Feb. 10. It was withdrawn two days ago.", []string{"Feb. 10=2020-02-10", "two days ago=2020-03-03"}},
		{"1989-10-26", "Third-quarter profit fell from a year earlier.", []string{"Third-quarter=1989-Q3", "a year earlier=1988-Q3"}},
		{"1989-10-26", "Third-quarter profit fell. The plant opened 41 years ago.", []string{"Third-quarter=1989-Q3", "41 years ago=1948"}},
		{thu, "Several years ago the border closed.", []string{"Several years ago=PAST_REF"}},
		{thu, "It formed 3000 years ago, on 0001-1-1.", []string{"3000 years ago="}},
	})
}

func TestDurations(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "Zones hold for six months initially.", []string{"six months=P6M"}},
		{thu, "The siege lasted 150 hours.", []string{"150 hours=PT150H"}},
		{thu, "Talks lasted more than six hours.", []string{"more than six hours=PT6H"}},
		{thu, "Fighting went on for several weeks.", []string{"several weeks=PXW"}},
		{thu, "Details are due within seven days.", []string{"seven days=P7D"}},
		{thu, "A two-year plan and a 30-day truce.", []string{"two-year=P2Y", "30-day=P30D"}},
		{thu, "He waited twenty-five minutes.", []string{"twenty-five minutes=PT25M"}},
		{thu, "The meeting lasted for several hours.", []string{"several hours=PTXH"}},
		{thu, "It took about a decade.", []string{"about a decade=P10Y"}},
		{thu, "They held an hour-long call and a two-hour meeting after a day-long strike.", []string{"hour-long=PT1H", "two-hour=PT2H", "day-long=P1D"}},
		{thu, "The months-long siege ended a several-year feud.", []string{"months-long=PXM", "several-year=PXY"}},
		{thu, "A 6-year-old boy had a long day.", nil},
		{thu, "It took two decades, then a decade and a half, then stood for centuries.", []string{"two decades=P20Y", "a decade and a half=P15Y", "centuries=PXY"}},
		{thu, "They won a second round and one vote.", nil},
		{thu, "More than a quarter of the votes and three quarters of seats.", nil},
		{thu, "It took three quarters of the year.", []string{"three quarters=P3Q", "the year=2020"}},
	})
}

func TestRefsAndSets(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "They now agree and will meet soon.", []string{"now=PRESENT_REF", "soon=FUTURE_REF"}},
		{thu, "A meeting in the immediate future.", []string{"the immediate future=FUTURE_REF"}},
		{thu, "He recently spoke about the past.", []string{"recently=PAST_REF", "the past=PAST_REF"}},
		{thu, "Each evening at 1830 UTC, editors send news.", []string{"Each evening at 1830 UTC=XXXX-XX-XXT18:30Z"}},
		{thu, "They meet every Thursday.", []string{"every Thursday=XXXX-WXX-4"}},
		{thu, "A weekly bulletin and daily briefings.", []string{"weekly=P1W", "daily=P1D"}},
		{thu, "It meets twice a year.", []string{"a year=P1Y"}},
	})
}

func TestClockTimes(t *testing.T) {
	damascus, _ := time.LoadLocation("Asia/Damascus")
	runFind(t, New(), []findCase{
		{thu, "The truce starts at 22:00 GMT.", []string{"22:00 GMT=2020-03-05T22:00Z"}},
		{thu, "Prayers at 12:00 noon (0900 GMT) Wednesday.", []string{"12:00 noon (0900 GMT)=2020-03-04T09:00Z", "Wednesday=2020-03-04"}},
		{thu, "Prayers at 12:00 noon on Wednesday.", []string{"12:00 noon on Wednesday=2020-03-04T12:00"}},
		{thu, "Shelling began at 4:00 a.m. Wednesday.", []string{"4:00 a.m. Wednesday=2020-03-04T04:00"}},
		{thu, "It starts one minute past midnight.", []string{"one minute past midnight=2020-03-06T00:01"}},
		{thu, "The call began at 2 p.m. Moscow time.", []string{"2 p.m. Moscow time=2020-03-05T11:00Z"}},
		{thu, "On Monday, the talks ended at 10 p.m. GMT.", []string{"Monday=2020-03-02", "10 p.m. GMT=2020-03-02T22:00Z"}},
		{thu, "He will leave at 4 in the morning (4 a.m. GMT Saturday).", []string{"4 in the morning=2020-03-07T04:00Z", "4 a.m. GMT Saturday=2020-03-07T04:00Z"}},
		{thu, "On Monday the talks ended. They resumed at 10 p.m. GMT.", []string{"Monday=2020-03-02", "10 p.m. GMT=2020-03-05T22:00Z"}},
		{thu, "At midnight (Thursday local time) (22:00 GMT), it begins.", []string{"midnight (Thursday local time) (22:00 GMT)=2020-03-05T22:00Z"}},
		{thu, "The curfew ends at midnight.", []string{"midnight=2020-03-06T00:00"}},
		{thu, "At 1830 the guns fell silent.", nil},
	})
	day := time.Date(2020, 3, 5, 0, 0, 0, 0, damascus)
	a := Anchor{Day: day, ZoneAt: func(int) *time.Location { return damascus }}
	got := New().Find("The truce starts at midnight (Thursday local time).", a)
	if len(got) != 1 || got[0].Value != "2020-03-05T22:00Z" {
		t.Errorf("local midnight in Damascus: got %+v", got)
	}
}

func TestDirectionOption(t *testing.T) {
	runFind(t, New(WithDirection(Future)), []findCase{
		{thu, "They meet on Tuesday.", []string{"Tuesday=2020-03-10"}},
	})
	runFind(t, New(WithDirection(Past)), []findCase{
		{thu, "They will meet on Tuesday.", []string{"Tuesday=2020-03-03"}},
	})
	runFind(t, New(WithDirection(Nearest)), []findCase{
		{thu, "They meet on Saturday.", []string{"Saturday=2020-03-07"}},
	})
}

func TestMoreForms(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "Prices fell in mid-afternoon yesterday.", []string{"mid-afternoon yesterday=2020-03-04TAF"}},
		{thu, "Shelling resumed early Friday.", []string{"early Friday=2020-02-28"}},
		{thu, "The vote is on the 12th.", []string{"the 12th=2020-03-12"}},
		{thu, "He won on the 28th.", []string{"the 28th=2020-02-28"}},
		{thu, "She came 5th in the 28th race.", nil},
		{thu, "It took 2 1/2 years and half an hour.", []string{"2 1/2 years=P2Y6M", "half an hour=PT30M"}},
		{thu, "The wait was a minute and a half.", []string{"a minute and a half=PT1M30S"}},
		{thu, "Repairs take two to three weeks.", []string{"two to three weeks=P2W"}},
		{thu, "He stayed a week or so.", []string{"a week or so=P1W"}},
		{thu, "Shares fell in the week of March 2.", []string{"the week of March 2=2020-W10"}},
		{thu, "Profit in this year's third quarter rose.", []string{"this year's third quarter=2020-Q3"}},
		{thu, "Prices peaked in July last year.", []string{"July last year=2019-07"}},
		{thu, "Rents are reviewed each July.", []string{"each July=XXXX-07"}},
		{thu, "It happened in nineteen ninety-six.", []string{"nineteen ninety-six=1996"}},
		{thu, "Talks stalled in the winter of nineteen ninety-four.", []string{"the winter of nineteen ninety-four=1994-WI"}},
		{thu, "Shops closed on Christmas Eve and reopened after Easter.", []string{"Christmas Eve=2019-12-24", "Easter=2019-04-21"}},
		// Easter 2020 fell on 12 April, in ISO week 15.
		{"2020-04-06", "Pilgrims gathered as Easter week began.", []string{"Easter week=2020-W15"}},
		{"2020-04-15", "Pilgrims left after Easter week.", []string{"Easter week=2020-W15"}},
		{"2020-04-01", "Pilgrims left after Easter week.", []string{"Easter week=2019-W16"}},
		{"2020-04-06", "Pilgrims gathered before Easter.", []string{"Easter=2019-04-21"}},
		{"2020-04-06", "Crowds thinned over the Easter weekend.", []string{"Easter=2019-04-21"}},
		{thu, "They met on Thanksgiving Day.", []string{"Thanksgiving Day=2019-11-28"}},
		{thu, "He called the previous Friday.", []string{"the previous Friday=2020-02-28"}},
		{thu, "The fire began at 10 p.m. The next day was calm.", []string{"10 p.m=2020-03-05T22:00", "The next day=2020-03-06"}},
		{thu, "The ruling of Wednesday's court will stand.", []string{"Wednesday=2020-03-04"}},
		{thu, "Its 1990 invasion and the company's 1989 results.", []string{"1990=1990", "1989=1989"}},
		{thu, "A two day rally and a 6-year-old boy.", []string{"two day=P2D"}},
		{thu, "It will leave as soon as Tuesday.", []string{"Tuesday=2020-03-10"}},
		{thu, "He answered as soon as he could.", nil},
		{"1989-10-26", "Net rose in the third quarter. It was $5 million a year ago.", []string{"the third quarter=1989-Q3", "a year ago=1988-Q3"}},
		{"1989-10-26", "Sales rose from the year-earlier quarter.", []string{"the year-earlier quarter=1988-Q3"}},
		{"1990-01-10", "Sales rose from the comparable year-ago quarter.", []string{"the comparable year-ago quarter=1988-Q4"}},
		{"1989-10-26", "Sales rose from the year-earlier period.", []string{"the year-earlier period=1988"}},
		{"1989-10-26", "Sales were lower than in the quarter a year ago.", []string{"the quarter a year ago=1988-Q3"}},
		{"1989-10-26", "Net rose in the second quarter. The quarter a year earlier was weak.", []string{"the second quarter=1989-Q2", "The quarter a year earlier=1988-Q2"}},
		{"1989-10-26", "Net rose in the quarter. A year ago it fell.", []string{"the quarter=1989-Q3", "A year ago=1988-Q3"}},
		{"1989-10-26", "Net fell in the quarter ended Sept. 30.", []string{"the quarter=1989-Q3", "Sept. 30=1989-09-30"}},
		{"1989-10-26", "Net fell in the quarter ended July 31.", []string{"the quarter=1989-Q2", "July 31=1989-07-31"}},
		{"1990-01-10", "Net fell in the quarter ended Jan. 2.", []string{"the quarter=1989-Q4", "Jan. 2=1990-01-02"}},
		{"1989-10-26", "Net rose in the fiscal first quarter. Sales in the quarter ended Sept. 30 rose too.", []string{"the fiscal first quarter=1989-Q1", "the quarter=1989-Q1", "Sept. 30=1989-09-30"}},
		{"1989-10-26", "Net fell in the quarter ended yesterday.", []string{"yesterday=1989-10-25"}},
		{thu, "He met them in the nineties.", []string{"the nineties=199"}},
	})
}

func TestHalfOfDecadeMod(t *testing.T) {
	a := Anchor{Day: day(t, "1989-11-01")}
	got := New().Find("Growth held in the first half of the 1990s, not in the last half of the '80s.", a)
	want := []string{"START", "END"}
	if len(got) != len(want) {
		t.Fatalf("got %d dates, want %d", len(got), len(want))
	}
	for k, d := range got {
		if d.Mod != want[k] {
			t.Errorf("%q: mod %q, want %q", d.Text, d.Mod, want[k])
		}
	}
}

func TestRelativeWords(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "They agreed to meet the following Monday.", []string{"the following Monday=2020-03-09"}},
		{thu, "The envoy left the next day.", []string{"the next day=2020-03-06"}},
		{thu, "Prices rose earlier this month and will fall later this year.", []string{"earlier this month=2020-03", "later this year=2020"}},
		{thu, "Exports fell over the past week.", []string{"the past week=P1W"}},
		{thu, "Rates stay low for the next year or so.", []string{"the next year or so=P1Y"}},
		{"1989-10-26", "It had a year-earlier loss.", []string{"year-earlier=1988"}},
		{"1989-10-26", "Rates may fall by year-end or by year's end.", []string{"year-end=1989", "year's end=1989"}},
		{thu, "Growth slowed last quarter and in the second half.", []string{"last quarter=2019-Q4", "the second half=2019-H2"}},
		{"1989-11-01", "Prices rose in the last half of the '80s and in the second half of 1988.", []string{"the last half of the '80s=198", "the second half of 1988=1988-H2"}},
		{"1989-11-01", "It grew in the first half of the 1990s and the first half of the 20th century.", []string{"the first half of the 1990s=199", "the first half of the 20th century=19"}},
		{thu, "Talks resume this summer.", []string{"this summer=2020-SU"}},
		{thu, "Sales in the current fiscal year and last fiscal year rose.", []string{"the current fiscal year=2020", "last fiscal year=2019"}},
		{thu, "Earnings will be lower for the fiscal year.", []string{"the fiscal year=2020"}},
		{thu, "In the fiscal year ended June 30, sales rose.", []string{"the fiscal year=P1Y", "June 30=2019-06-30"}},
		{thu, "Fighting went on for years.", []string{"years=PXY"}},
		{thu, "The years of war ended.", nil},
		{thu, "Sales rose 5% in recent years.", []string{"recent years=PAST_REF"}},
		{thu, "It matters these days.", []string{"these days=PRESENT_REF"}},
		{thu, "The then current chairman and the then-current rules differ from current ones.", []string{"current=PAST_REF", "current=PAST_REF", "current=PRESENT_REF"}},
		{thu, "Since then current prices have risen.", []string{"current=PRESENT_REF"}},
		{thu, "Costs are high at present and in the near term.", []string{"present=PRESENT_REF", "the near term=FUTURE_REF"}},
		{thu, "Prices will rise in the coming years and the weeks ahead.", []string{"the coming years=FUTURE_REF", "the weeks ahead=FUTURE_REF"}},
		{thu, "He hopes the region will one day be calm, and that he one day returns.", []string{"one day=FUTURE_REF", "one day=FUTURE_REF"}},
		{thu, "The visit will take one day, and they met for one day.", []string{"one day=P1D", "one day=P1D"}},
		{thu, "The truce is expected to last a month; it will last two weeks.", []string{"a month=P1M", "two weeks=P2W"}},
		{thu, "Talks to last week's deadline failed.", []string{"last week=2020-W09"}},
		{thu, "It will one day after another be calm.", []string{"one day=P1D"}},
		{thu, "Prices rose in past years, and over the past years.", []string{"past years=PAST_REF", "the past years=PAST_REF"}},
		{thu, "He spent the months ahead of the vote abroad; the years passed.", nil},
		{thu, "Past years of war left scars.", nil},
		{thu, "He was 6-year-old and six years old.", nil},
		{thu, "Quarterly dividends and a quarterly report.", nil},
	})
}

func TestReportPeriod(t *testing.T) {
	runFind(t, New(), []findCase{
		{"1989-10-26", "Net rose in the third quarter, ended Sept. 30. Sales rose from $4 million a year earlier.",
			[]string{"the third quarter=1989-Q3", "Sept. 30=1989-09-30", "a year earlier=1988-Q3"}},
		{"1989-10-26", "In the third quarter, it earned $5 million, compared with $3 million last year.",
			[]string{"the third quarter=1989-Q3", "last year=1988-Q3"}},
		{"1989-10-26", "Profit fell last year.", []string{"last year=1988"}},
		{"1989-10-26", "Third-quarter net rose. In the 1988 period, it lost money.",
			[]string{"Third-quarter=1989-Q3", "the 1988 period=1988-Q3"}},
		{"1989-10-26", "Net rose in the quarter.", []string{"the quarter=1989-Q3"}},
		{"1989-10-26", "Net was higher than in the 1988 quarter.", []string{"the 1988 quarter=1988-Q3"}},
		{"1989-10-26", "Net was higher than in the 1988 period.", []string{"1988=1988"}},
		{"1989-10-26", "In the year-ago third quarter, it lost money.", []string{"the year-ago third quarter=1988-Q3"}},
		{"1989-10-26", "Net rose over 1988, when year-end net fell.", []string{"1988=1988", "year-end=1988"}},
		{"1989-10-26", "Net rose over 1988. Year-end net will fall.", []string{"1988=1988", "Year-end=1989"}},
		{"1989-10-26", "Net fell from year-earlier first-half levels.", []string{"year-earlier first-half=1988-H1"}},
		// The report stays on its quarter past an earlier one named in
		// passing or one still to come, but moves on to a later one.
		{"1989-10-26", "Third-quarter net rose. After a weak second quarter, sales recovered. Net was up from a year ago.",
			[]string{"Third-quarter=1989-Q3", "second quarter=1989-Q2", "a year ago=1988-Q3"}},
		{"1989-10-26", "Third-quarter net rose; it expects a loss in the fourth quarter. Sales rose from a year earlier.",
			[]string{"Third-quarter=1989-Q3", "the fourth quarter=1989-Q4", "a year earlier=1988-Q3"}},
		{"1989-10-26", "Second-quarter net rose. In the third quarter, net fell from a year earlier.",
			[]string{"Second-quarter=1989-Q2", "the third quarter=1989-Q3", "a year earlier=1988-Q3"}},
		{"1989-11-02", "Fourth-quarter net fell from a year earlier.", []string{"Fourth-quarter=1989-Q4", "a year earlier=1988-Q4"}},
		{"1989-10-26", "Sales in the latest period and the latest fiscal year, and for the full year.",
			[]string{"the latest period=1989-Q3", "the latest fiscal year=1988", "the full year=1989"}},
	})
}

func TestYearContexts(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "He lost his unsuccessful 1996 campaign.", []string{"1996=1996"}},
		{thu, "A 1996 law applies. That 1978 resolution stands.", []string{"1996=1996", "1978=1978"}},
		{thu, "Leaders of the 1992 protests moved.", []string{"1992=1992"}},
		{thu, "Analysts were predicting 1990 Exxon earnings.", []string{"1990=1990"}},
		{thu, "It sold 1850 tonnes and 1,950 cars; at 1830 the guns fell silent.", nil},
		{thu, "Airbus 2000 and Resolution 1999 passed.", nil},
		{thu, "Call +90 312 555 1999.", nil},
	})
}

func TestNotDates(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "After the fall of Aleppo, the Arab Spring faded.", nil},
		{thu, "March organizers said we may march and sat down.", nil},
		{thu, "A 12 km zone, 6 km deep, along the M4 highway.", nil},
		{thu, "COVID-19 cases rose 50% to 2,400 per day in G20 states.", nil},
		{thu, "The late president and the early voters met at last.", nil},
		{thu, "One side said the next step is up to the second team.", nil},
		{thu, "Theresa May spoke.", nil},
	})
}
