package model

import "encoding/json"

// Meeting is an encounter between actors: talks, a summit, a call, a visit.
type Meeting struct {
	Mode         Mode          `json:"mode"`
	Kind         MeetingKind   `json:"kind"`
	Status       MeetingStatus `json:"status"`
	Participants []Actor       `json:"participants"`
	Initiator    *Actor        `json:"initiator,omitempty"`
	Date         *Date         `json:"date,omitempty"`
	Location     *Place        `json:"location,omitempty"`
	// Duration is a TIMEX3 duration such as "PT6H".
	Duration string   `json:"duration,omitempty"`
	Topics   []string `json:"topics,omitempty"`
	Evidence Span     `json:"evidence"`
}

// Ceasefire is a truce, cessation of hostilities or humanitarian pause.
type Ceasefire struct {
	Status     CeasefireStatus `json:"status"`
	Area       *Place          `json:"area,omitempty"`
	Parties    []Actor         `json:"parties"`
	Guarantors []Actor         `json:"guarantors,omitempty"`
	Start      *Date           `json:"start,omitempty"`
	End        *Date           `json:"end,omitempty"`
	Permanent  bool            `json:"permanent,omitempty"`
	Evidence   Span            `json:"evidence"`
}

// Zone is an area set apart: a de-escalation zone, security corridor,
// buffer, demilitarized or safe zone.
type Zone struct {
	Kind ZoneKind `json:"kind"`
	Area *Place   `json:"area,omitempty"`
	// Along names the road the zone follows, such as "M4".
	Along   string `json:"along,omitempty"`
	WidthKm *Range `json:"width_km,omitempty"`
	DepthKm *Range `json:"depth_km,omitempty"`
	// Count is the number of zones the record stands for, when stated.
	Count       int   `json:"count,omitempty"`
	Established *Date `json:"established,omitempty"`
	// Duration is a TIMEX3 duration such as "P6M".
	Duration string  `json:"duration,omitempty"`
	Parties  []Actor `json:"parties,omitempty"`
	Evidence Span    `json:"evidence"`
}

// Patrol is a patrol programme or a single patrol.
type Patrol struct {
	Kind    PatrolKind `json:"kind"`
	Parties []Actor    `json:"parties"`
	// Route names the road patrolled, such as "M4".
	Route string `json:"route,omitempty"`
	Area  *Place `json:"area,omitempty"`
	Start *Date  `json:"start,omitempty"`
	// Number is the ordinal of a single patrol ("the 14th joint patrol");
	// zero for a programme.
	Number   int  `json:"number,omitempty"`
	Evidence Span `json:"evidence"`
}

// Other is a record of a type the built-in extractors do not know, added
// by a custom extractor. Data holds the record's own JSON object.
type Other struct {
	Type     string          `json:"type"`
	Data     json.RawMessage `json:"data,omitempty"`
	Evidence Span            `json:"evidence"`
}

// Dateline is what an article's opening line says of where and when it was
// filed, as in "MOSCOW, Feb. 8 (Xinhua) --".
type Dateline struct {
	Place  *Place `json:"place,omitempty"`
	Date   *Date  `json:"date,omitempty"`
	Agency string `json:"agency,omitempty"`
	Span   Span   `json:"span"`
}

// Report is everything extracted from one article. Records are sorted by
// the start of their evidence.
type Report struct {
	ID string `json:"id,omitempty"`
	// Published is the publication date as YYYY-MM-DD, when known.
	Published  string      `json:"published,omitempty"`
	Dateline   *Dateline   `json:"dateline,omitempty"`
	Meetings   []Meeting   `json:"meetings"`
	Ceasefires []Ceasefire `json:"ceasefires"`
	Zones      []Zone      `json:"zones"`
	Patrols    []Patrol    `json:"patrols"`
	Dates      []Date      `json:"dates"`
	Other      []Other     `json:"other"`
}
