// Package dates finds temporal expressions in news text and resolves them
// against an article's anchor: the day and place of its dateline, or its
// publication date.
//
// ParseDateline reads the dateline ("MOSCOW, Feb. 8 (Xinhua) --") and
// ResolveAnchor turns it, with the text and the publication date, into the
// anchor day. A Finder then tags every expression with its TIMEX3 type and
// value (TimeML 1.2.1, TIDES 2005), its grain and the interval it covers:
// "Thursday" in an article filed on Thursday 5 March 2020 is 2020-03-05,
// "last week" is the ISO week before, "over the weekend" the weekend before,
// "began in December" the latest December on or before the anchor, "will
// meet in December" the next one, and "talks in December", with no verb to
// tell, the coming December if it is near, "six months" the duration P6M. Extents follow TimeML: they
// leave out the preposition ("on Thursday" is "Thursday") and keep the
// modifier ("more than six hours", mod MORE_THAN).
//
// Clock times stated with a zone ("22:00 GMT", "2 p.m. Moscow time"), or
// with "local time" where Anchor.ZoneAt knows the place, become UTC
// instants written with a trailing Z ("2020-03-05T22:00Z"); when a local
// time and a stated zone both appear, the stated zone wins and the local
// reading only fixes the day. A clock time whose zone is unknown keeps a
// local value without Z ("2020-03-05T23:00").
//
// Finding is one pass over the text: a hand-written tokenizer looks every
// word up in a small table, and rules run only at the words that can start
// an expression. Nothing here reads the wall clock or the host's time
// zone: an expression that needs an anchor and has none keeps its text and
// gets no value. Zone data is embedded (time/tzdata), so answers do not
// depend on the host.
package dates
