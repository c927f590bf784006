package dates

import "testing"

// TestStarts reads expressions that open with a number or a quotation
// mark, the tokens run stops at that are no words, among marks and
// numbers that start none.
func TestStarts(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "Markets boomed in '90s Asia, and Russia’s 2019 budget grew.", []string{"'90s=199", "2019=2019"}},
		{thu, "Syria's 40 villages, 'twelve' of them, held 3 votes.", nil},
	})
}

// TestCapitals reads expressions written in capitals and in mixed case,
// whose words the tokenizer looks up and the rules compare in lower case:
// plain words, words with an apostrophe or a letter past ASCII, and the
// suffixes of numbers.
func TestCapitals(t *testing.T) {
	runFind(t, New(), []findCase{
		{thu, "TALKS END NEXT THURSDAY AT TEN O'CLOCK, SAID ERDOĞAN'S AIDE ON THE 23RD.", []string{"NEXT THURSDAY=2020-03-12", "TEN O'CLOCK=2020-03-12T10:00", "THE 23RD=2020-02-23"}},
		{thu, "Şam talks resumed Thursday; the Two-Year pact and Three Weeks Ago rules hold.", []string{"Thursday=2020-03-05", "the Two-Year=P2Y", "Three Weeks Ago=2020-W07"}},
		{thu, "The 1990S were calm and the 5TH OF MARCH was cold, Ten Minutes Past Midnight.", []string{"The 1990S=199", "the 5TH OF MARCH=2020-03-05", "Ten Minutes Past Midnight=2020-03-06T00:10"}},
		{thu, "A Twelve-Month deal was signed in December, Nineteen Ninety-Six, not LAST YEAR.", []string{"Twelve-Month=P12M", "December=2019-12", "Nineteen Ninety-Six=1996", "LAST YEAR=2019"}},
	})
}
