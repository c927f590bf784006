package model

import "time"

// Date is a temporal expression found in the text and resolved against the
// article's anchor date.
//
// Value is the TIMEX3 value: "2020-03-05" (a day), "2018-W05" (an ISO week),
// "2020-W09-WE" (a weekend), "2017-05" (a month), "2018" (a year), "P6M"
// (a duration), "2020-03-05T22:00Z" (an instant in UTC), "2020-03-05T23:00"
// (a local clock time with no known zone), or "PRESENT_REF", "PAST_REF" and
// "FUTURE_REF". Value is empty when the expression could not be anchored.
//
// From and To bound the interval the date covers (To exclusive); both are
// zero for durations, sets and unresolved dates.
type Date struct {
	Text  string    `json:"text"`
	Type  TimexType `json:"type"`
	Value string    `json:"value,omitempty"`
	Grain Grain     `json:"grain,omitzero"`
	From  time.Time `json:"from,omitzero"`
	To    time.Time `json:"to,omitzero"`
	// Mod is the TIMEX3 modifier: "MORE_THAN", "APPROX", "START", ...
	Mod string `json:"mod,omitempty"`
	// Span locates Text in the article; it leaves its own Text empty, as
	// Text is the same words.
	Span Span `json:"span"`
}

// Resolved reports whether d has a value.
func (d Date) Resolved() bool { return d.Value != "" }
