// Package dates finds temporal expressions in news text and resolves them
// against an article's anchor: the day and place of its dateline, or its
// publication date.
//
// A Finder tags every expression with its TIMEX3 type and value, its grain
// and the interval it covers: "Thursday" in an article filed on Thursday
// 5 March 2020 is 2020-03-05, "last week" is the ISO week before, "over the
// weekend" the weekend before, "in December" the latest December on or
// before the anchor unless the verb looks forward. Clock times stated with
// GMT or UTC, or with "local time" where the place is known, become UTC
// instants.
//
// Nothing here reads the wall clock or the host's time zone: an expression
// that needs an anchor and has none keeps its text and gets no value. Zone
// data is embedded (time/tzdata), so answers do not depend on the host.
package dates
