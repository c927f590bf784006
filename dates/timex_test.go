package dates

import (
	"testing"

	"github.com/dipnews/diplomacy/model"
)

// wellFormed reports whether d's value has the shape TIMEX3 gives its
// type: a date or time, a reference, a duration, or a set.
func wellFormed(d model.Date) bool {
	v := d.Value
	if v == "" {
		return d.From.IsZero() && d.To.IsZero()
	}
	switch d.Type {
	case model.TypeDuration:
		return isDuration(v)
	case model.TypeSet:
		return isDuration(v) || isDateValue(v)
	}
	if v == "PRESENT_REF" || v == "PAST_REF" || v == "FUTURE_REF" {
		return true
	}
	return isDateValue(v) && !d.From.IsZero() && d.To.After(d.From)
}

// isDuration checks "P6M", "PT6H", "PXW", "P20Y".
func isDuration(v string) bool {
	if len(v) < 3 || v[0] != 'P' {
		return false
	}
	i := 1
	if v[i] == 'T' {
		i++
	}
	j := i
	for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == 'X') {
		j++
	}
	return j > i && j == len(v)-1 && stringsContains("YMWDHSQ", v[j])
}

func stringsContains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// isDateValue checks the date and time forms: "2020", "199", "2020-03",
// "2020-W10", "2020-W10-WE", "2020-Q1", "2020-SU", "2020-03-05",
// "2020-03-05TEV", "2020-03-05T22:00", "2020-03-05T22:00Z", with X for an
// unknown digit.
func isDateValue(v string) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' || c == 'X' }
	n := 0
	for n < len(v) && digit(v[n]) {
		n++
	}
	if n < 2 || n > 4 {
		return false
	}
	rest := v[n:]
	if rest == "" {
		return true
	}
	if n != 4 || rest[0] != '-' {
		return false
	}
	rest = rest[1:]
	switch {
	case len(rest) == 2 && (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI"):
		return true
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && digit(rest[1]):
		return true
	case len(rest) >= 3 && rest[0] == 'W':
		return digit(rest[1]) && digit(rest[2]) && (len(rest) == 3 || rest[3:] == "-WE" || len(rest) == 5 && rest[3] == '-' && digit(rest[4]) ||
			len(rest) > 5 && rest[3] == '-' && digit(rest[4]) && isTimePart(rest[5:]))
	case len(rest) == 2:
		return digit(rest[0]) && digit(rest[1])
	case len(rest) >= 5 && digit(rest[0]) && digit(rest[1]) && rest[2] == '-' && digit(rest[3]) && digit(rest[4]):
		return len(rest) == 5 || isTimePart(rest[5:])
	}
	return false
}

// isTimePart checks "TEV", "T22:00", "T22:00Z".
func isTimePart(v string) bool {
	if len(v) < 3 || v[0] != 'T' {
		return false
	}
	v = v[1:]
	switch v {
	case "MO", "AF", "EV", "NI":
		return true
	}
	if len(v) == 6 && v[5] == 'Z' {
		v = v[:5]
	}
	return len(v) == 5 && v[2] == ':' && v[0] <= '2' && v[3] <= '5'
}

func TestWellFormed(t *testing.T) {
	for _, v := range []string{"P6M", "PT6H", "PXW", "P20Y", "XXXX-WXX-4", "XXXX-XX-XXTEV", "P1D"} {
		typ := model.TypeDuration
		if v[0] == 'X' {
			typ = model.TypeSet
		}
		if !wellFormed(model.Date{Type: typ, Value: v}) {
			t.Errorf("%q should be well formed", v)
		}
	}
	for _, v := range []string{"P6", "PT", "2020-13x", "20-03", "2020-03-05T2200"} {
		if isDateValue(v) && isDuration(v) {
			t.Errorf("%q should not be well formed", v)
		}
	}
}
