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
