// Package model holds the plain data that diplomacy produces: a Report and
// the records in it (Meeting, Ceasefire, Zone, Patrol), the actors, places
// and dates they mention, and the Span that ties each back to the text.
//
// The types carry no behaviour beyond their JSON form, which follows the
// project's JSON contract: lower-case field names with underscores, absent
// values omitted, enumerations written as their lower-case names. A Report
// encoded with encoding/json decodes back to an equal Report.
//
// Package model imports nothing else of this module.
package model
