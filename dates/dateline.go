package dates

import (
	"time"

	"github.com/dipnews/diplomacy/model"
)

// Dateline is the opening line of an agency report, as in
// "MOSCOW, Feb. 8 (Xinhua) --" or "ANKARA (Reuters) -".
type Dateline struct {
	// Span covers the whole dateline, separator included.
	Span model.Span
	// Place is the place as written ("MOSCOW"), PlaceSpan where.
	Place     string
	PlaceSpan model.Span
	Agency    string
	// Year, Month and Day are the date as written; zero where absent.
	Year  int
	Month time.Month
	Day   int
	// Weekday is the stated weekday, if HasWeekday.
	Weekday    time.Weekday
	HasWeekday bool
	// DateSpan covers the date as written, if any.
	DateSpan model.Span
}

// ParseDateline reads the dateline at the start of text. It reports false
// when text does not open with one.
func ParseDateline(text string) (Dateline, bool) {
	return Dateline{}, false
}
