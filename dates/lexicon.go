package dates

// class is the role a word can play in a temporal expression. A word may
// have several roles ("second" is an ordinal and a unit), so classes are
// bits.
type class uint32

const (
	cMonth     class = 1 << iota // january, jan, sept
	cWeekday                     // monday, mon
	cWeekdays                    // mondays: a set
	cDayWord                     // today, yesterday, tomorrow, tonight
	cUnit                        // day, week, month, quarter, year ...
	cUnits                       // days, weeks ...: the plural of a unit
	cNumber                      // one, two, twelve, a, an
	cOrdinal                     // first, second, third, 23rd
	cPartOfDay                   // morning, evening, night
	cClockWord                   // noon, midnight, midday
	cSeason                      // spring, summer, fall
	cRel                         // last, next, this, past, coming
	cRef                         // now, recently, soon, currently
	cApprox                      // about, nearly, more, less, at
	cEdge                        // early, late, mid, end, beginning
	cSetWord                     // daily, weekly, annually
	cEvery                       // each, every
	cZone                        // gmt, utc, est
	cVague                       // several, few, some, many
	cFuture                      // will, shall, due, scheduled: the text looks forward
	cPast                        // said, was, had: the text looks back
	cYearCue                     // in, since, by, until: a bare number after them may be a year
	cThe                         // the
	cLead                        // fiscal, q, present, immediate: words some rules start with
	cHoliday                     // christmas, thanksgiving, easter
	cFill                        // more, additional, trading: between a count and its unit
	cThat                        // that: "that day", "that same week"
	// cStart is no word's: the tokenizer gives it to a number and to a
	// quotation mark, which may start an expression ("the '90s"), so
	// that one test of a token's class tells whether it may start one.
	cStart
)

// word is what the lexicon knows about one lower-case word. Each number
// is kept apart because one word may carry several ("second" is an
// ordinal and a unit, "current" a relation and a reference).
type word struct {
	c class
	// num is the count of a number word or ordinal.
	num int16
	// unit is the unit of a unit, plural, set or decade word.
	unit int8
	// rel and edge are the kinds of cRel and cEdge words.
	rel, edge int8
	// n is the month (1-12), the weekday (0-6, Sunday first), the day
	// offset, the part of day, the clock hour, the season or the kind of
	// reference, for the other classes.
	n int8
}

// Units, in the order of unitCode.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
	uFortnight
)

// Relations for cRel.
const (
	rLast = iota + 1
	rNext
	rThis
	rPast
	rComing
	rPrevious
	rFollowing
	rCurrent
)

// Edges for cEdge.
const (
	eEarly = iota + 1
	eMid
	eLate
	eEnd
	eStart
)

// Parts of day, in the order of podCode.
const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
)

var podCode = [...]string{"", "MO", "AF", "EV", "NI"}

// Seasons, in the order of seasonCode.
var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// lexicon maps lower-case words to their roles. It is built once by init
// from the small tables below and only read afterwards.
var lexicon = map[string]word{}

func add(c class, n int, words ...string) {
	for _, w := range words {
		e := lexicon[w]
		e.c |= c
		switch {
		case c&(cNumber|cOrdinal) != 0:
			e.num = int16(n)
		case c&(cUnit|cUnits|cSetWord) != 0:
			e.unit = int8(n)
		case c == cRel:
			e.rel = int8(n)
		case c == cEdge:
			e.edge = int8(n)
		case c&(cApprox|cVague|cEvery|cFuture|cPast|cYearCue|cThe|cLead|cFill|cThat) != 0:
		default:
			e.n = int8(n)
		}
		lexicon[w] = e
	}
}

// buildLexicon fills the lexicon from the tables below.
func buildLexicon() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(cMonth, i+1, ws...)
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, ws := range days {
		add(cWeekday, i, ws...)
		add(cWeekdays, i, ws[0]+"s")
	}
	add(cDayWord, 0, "today")
	add(cDayWord, -1, "yesterday")
	add(cDayWord, 1, "tomorrow")
	add(cDayWord, 100, "tonight")
	add(cDayWord, 101, "overnight")

	units := []struct {
		u           int
		one, plural string
	}{
		{uSecond, "second", "seconds"}, {uMinute, "minute", "minutes"}, {uHour, "hour", "hours"},
		{uDay, "day", "days"}, {uWeek, "week", "weeks"}, {uWeekend, "weekend", "weekends"},
		{uMonth, "month", "months"}, {uQuarter, "quarter", "quarters"}, {uHalf, "half", "halves"},
		{uYear, "year", "years"}, {uDecade, "decade", "decades"}, {uCentury, "century", "centuries"},
		{uMillennium, "millennium", "millennia"}, {uFortnight, "fortnight", "fortnights"},
	}
	for _, u := range units {
		add(cUnit, u.u, u.one)
		add(cUnits, u.u, u.plural)
	}
	add(cUnit, uMinute, "min")
	add(cUnits, uMinute, "mins")
	add(cUnits, uHour, "hrs")
	add(cUnit, uHour, "hr")

	ones := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range ones {
		add(cNumber, i, w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(cNumber, 20+10*i, w)
	}
	add(cNumber, 1, "a", "an")
	add(cNumber, 100, "hundred")
	add(cNumber, 1000, "thousand")
	add(cNumber, 12, "dozen")
	add(cNumber, 2, "couple")

	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ords[1:] {
		add(cOrdinal, i+1, w)
	}
	add(cOrdinal, 30, "thirtieth")

	add(cPartOfDay, pMorning, "morning")
	add(cPartOfDay, pAfternoon, "afternoon")
	add(cPartOfDay, pEvening, "evening")
	add(cPartOfDay, pNight, "night")
	add(cPartOfDay, pMorning, "mornings")
	add(cPartOfDay, pAfternoon, "afternoons")
	add(cPartOfDay, pEvening, "evenings")
	add(cPartOfDay, pNight, "nights")
	add(cClockWord, 12, "noon", "midday")
	add(cClockWord, 24, "midnight")

	add(cSeason, 1, "spring")
	add(cSeason, 2, "summer")
	add(cSeason, 3, "fall", "autumn")
	add(cSeason, 4, "winter")

	add(cRel, rLast, "last")
	add(cRel, rNext, "next")
	add(cRel, rThis, "this")
	add(cRel, rPast, "past")
	add(cRel, rComing, "coming", "upcoming")
	add(cRel, rPrevious, "previous", "preceding", "prior")
	add(cRel, rFollowing, "following", "subsequent")
	add(cRel, rCurrent, "current")

	add(cRef, 1, "now", "currently", "nowadays", "presently", "current")
	add(cRef, 2, "recently", "recent", "lately")
	add(cRef, 3, "soon")
	add(cRef, 4, "future")

	add(cApprox, 1, "about", "around", "roughly", "approximately", "some", "nearly", "almost", "over",
		"more", "less", "fewer", "at", "up", "no", "under", "just")
	add(cThe, 1, "the")
	add(cHoliday, hChristmas, "christmas")
	add(cHoliday, hThanksgiving, "thanksgiving")
	add(cHoliday, hEaster, "easter")
	add(cHoliday, hHalloween, "halloween")
	add(cHoliday, hNewYear, "new")
	add(cLead, 1, "fiscal", "q", "present", "immediate", "near", "foreseeable", "distant", "couple", "latest",
		"short", "comparable", "full", "these", "half", "year")
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		add(cLead, 0, w)
		lexicon[w] = word{c: cLead, num: int16(20 + 10*i)}
	}

	add(cEdge, eEarly, "early", "earlier")
	add(cEdge, eMid, "mid", "middle")
	add(cEdge, eLate, "late", "later")
	add(cEdge, eEnd, "end")
	add(cEdge, eStart, "beginning", "start")

	add(cSetWord, uHour, "hourly")
	add(cSetWord, uDay, "daily")
	add(cSetWord, uWeek, "weekly")
	add(cSetWord, uMonth, "monthly")
	add(cSetWord, uQuarter, "quarterly")
	add(cSetWord, uYear, "annually", "yearly")
	add(cSetWord, 100+pNight, "nightly")
	add(cEvery, 1, "each", "every")

	add(cVague, 1, "several", "few", "many", "some", "numerous")
	add(cThat, 0, "that")
	add(cFill, 0, "more", "additional", "further", "extra", "trading", "business", "working", "calendar",
		"straight", "consecutive", "successive", "full")

	add(cFuture, 1, "will", "shall", "ll", "would", "going", "due", "scheduled", "expected", "slated",
		"planned", "intends", "expects", "expect", "upcoming", "next", "tomorrow", "coming", "could", "might",
		"planning", "preparing", "resume", "resumes",
		// The present of news tells a schedule: "the summit opens Monday".
		"meets", "begins", "starts", "opens", "arrives", "departs", "convenes", "reconvenes", "expires", "travels")
	add(cPast, 1, "said", "was", "were", "had", "did", "told", "met", "held", "took", "made", "began", "spoke",
		"came", "went", "saw", "gave", "left", "sent", "led", "won", "lost", "struck", "rose", "fell",
		"broke", "got", "ago", "been", "yesterday", "earlier", "bought", "sold", "paid", "brought", "thought",
		"fought", "caught", "built", "spent", "kept", "felt", "became", "wrote", "chose", "flew", "grew",
		"knew", "threw", "drew", "stood", "found", "fled", "ran", "heard")

	add(cYearCue, 1, "in", "since", "by", "until", "till", "of", "during", "from", "to", "through", "before",
		"after", "early", "late", "mid", "fiscal", "and", "between", "for", "end", "year", "spring",
		"summer", "fall", "autumn", "winter", "around", "circa", "throughout", "than", "as", "or", "the",
		"on", "within", "against", "vs")
}
