package extract

import "strconv"

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "both": 2, "a": 1, "an": 1,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

// numberWord reads a cardinal written in words or digits ("four", "12");
// it returns -1 for anything else.
func numberWord(n string) int {
	if v, ok := numberWords[n]; ok {
		return v
	}
	if v, ok := atoi(n); ok {
		return v
	}
	return -1
}

// ordinal reads "third" or "14th"; it returns 0 for anything else.
func ordinal(n string) int {
	if v, ok := ordinalWords[n]; ok {
		return v
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(n) > len(suf) && n[len(n)-len(suf):] == suf {
			if v, ok := atoi(n[:len(n)-len(suf)]); ok {
				return v
			}
		}
	}
	return 0
}

// atoi is strconv.Atoi for words that are mostly not numbers: it tells
// them apart before Atoi, whose error for a word costs an allocation.
func atoi(s string) (int, bool) {
	d := s
	if d != "" && (d[0] == '+' || d[0] == '-') {
		d = d[1:]
	}
	if d == "" || d[0] < '0' || d[0] > '9' {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

// number reads token k, a decimal written in digits or words; ok is false
// when the token is not a number.
func (a *Analysis) number(k int) (float64, bool) {
	n := a.norm(k)
	if a.Tokens[k].Kind == Number {
		v, err := strconv.ParseFloat(stripCommas(n), 64)
		return v, err == nil
	}
	if v, ok := numberWords[n]; ok && n != "a" && n != "an" && n != "both" {
		return float64(v), true
	}
	return 0, false
}

func stripCommas(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	return string(b)
}
