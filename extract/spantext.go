package extract

import (
	"strings"
	"unicode/utf8"
)

// spanText returns s with every invalid byte read as U+FFFD, as
// encoding/json writes it, so that a report survives a round trip through
// JSON unchanged.
func spanText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}
