package dates

import (
	"time"
	_ "time/tzdata" // answers must not depend on the host's zone database
)

// Anchor is what relative expressions are resolved against.
type Anchor struct {
	// Day is midnight at the start of the reference day, in the reference
	// time zone. The zero Day means there is no anchor.
	Day time.Time
	// ZoneAt returns the time zone of the place the text is about at byte
	// offset off, for clock times given in "local time"; nil when unknown.
	// ZoneAt may be nil.
	ZoneAt func(off int) *time.Location
}

// Known reports whether a has a reference day.
func (a Anchor) Known() bool { return !a.Day.IsZero() }
