package model

import "fmt"

// enumText implements String, MarshalText and UnmarshalText for the
// enumerations below, which all map small integers to fixed names.
type enumText struct {
	kind  string
	names []string
}

func (e enumText) name(v int) string {
	if v < 0 || v >= len(e.names) {
		return fmt.Sprintf("%s(%d)", e.kind, v)
	}
	return e.names[v]
}

func (e enumText) marshal(v int) ([]byte, error) {
	if v < 0 || v >= len(e.names) {
		return nil, fmt.Errorf("model: invalid %s %d", e.kind, v)
	}
	return []byte(e.names[v]), nil
}

func (e enumText) unmarshal(b []byte) (int, error) {
	s := string(b)
	for i, n := range e.names {
		if n == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("model: unknown %s %q", e.kind, s)
}

// Mode is how a meeting took place.
type Mode int

// The modes of a meeting.
const (
	ModeUnknown Mode = iota
	InPerson
	Phone
	Video
)

var modeText = enumText{"mode", []string{"unknown", "in_person", "phone", "video"}}

// String returns the contract name of m, such as "in_person".
func (m Mode) String() string { return modeText.name(int(m)) }

// MarshalText implements encoding.TextMarshaler.
func (m Mode) MarshalText() ([]byte, error) { return modeText.marshal(int(m)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Mode) UnmarshalText(b []byte) error {
	v, err := modeText.unmarshal(b)
	*m = Mode(v)
	return err
}

// MeetingKind is the form of a meeting.
type MeetingKind int

// The kinds of meeting.
const (
	KindOther MeetingKind = iota
	Summit
	Talks
	Call
	Congress
	Conference
	Visit
)

var meetingKindText = enumText{"meeting kind", []string{"other", "summit", "talks", "call", "congress", "conference", "visit"}}

// String returns the contract name of k, such as "summit".
func (k MeetingKind) String() string { return meetingKindText.name(int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k MeetingKind) MarshalText() ([]byte, error) { return meetingKindText.marshal(int(k)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MeetingKind) UnmarshalText(b []byte) error {
	v, err := meetingKindText.unmarshal(b)
	*k = MeetingKind(v)
	return err
}

// MeetingStatus tells whether a meeting happened.
type MeetingStatus int

// The statuses of a meeting.
const (
	Held MeetingStatus = iota
	Planned
	Proposed
	Cancelled
)

var meetingStatusText = enumText{"meeting status", []string{"held", "planned", "proposed", "cancelled"}}

// String returns the contract name of s, such as "held".
func (s MeetingStatus) String() string { return meetingStatusText.name(int(s)) }

// MarshalText implements encoding.TextMarshaler.
func (s MeetingStatus) MarshalText() ([]byte, error) { return meetingStatusText.marshal(int(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *MeetingStatus) UnmarshalText(b []byte) error {
	v, err := meetingStatusText.unmarshal(b)
	*s = MeetingStatus(v)
	return err
}

// CeasefireStatus is the state of a ceasefire as the text reports it.
type CeasefireStatus int

// The statuses of a ceasefire.
const (
	Agreed CeasefireStatus = iota
	InForce
	ProposedCeasefire
	Violated
	Ended
)

var ceasefireStatusText = enumText{"ceasefire status", []string{"agreed", "in_force", "proposed", "violated", "ended"}}

// String returns the contract name of s, such as "in_force".
func (s CeasefireStatus) String() string { return ceasefireStatusText.name(int(s)) }

// MarshalText implements encoding.TextMarshaler.
func (s CeasefireStatus) MarshalText() ([]byte, error) { return ceasefireStatusText.marshal(int(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *CeasefireStatus) UnmarshalText(b []byte) error {
	v, err := ceasefireStatusText.unmarshal(b)
	*s = CeasefireStatus(v)
	return err
}

// ZoneKind is the kind of area a zone sets apart.
type ZoneKind int

// The kinds of zone.
const (
	ZoneOther ZoneKind = iota
	DeEscalation
	SecurityCorridor
	Buffer
	Demilitarized
	Safe
)

var zoneKindText = enumText{"zone kind", []string{"other", "de_escalation", "security_corridor", "buffer", "demilitarized", "safe"}}

// String returns the contract name of k, such as "de_escalation".
func (k ZoneKind) String() string { return zoneKindText.name(int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k ZoneKind) MarshalText() ([]byte, error) { return zoneKindText.marshal(int(k)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ZoneKind) UnmarshalText(b []byte) error {
	v, err := zoneKindText.unmarshal(b)
	*k = ZoneKind(v)
	return err
}

// PatrolKind tells whether a patrol is run by one party or several.
type PatrolKind int

// The kinds of patrol.
const (
	Joint PatrolKind = iota
	Single
)

var patrolKindText = enumText{"patrol kind", []string{"joint", "single"}}

// String returns the contract name of k, such as "joint".
func (k PatrolKind) String() string { return patrolKindText.name(int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k PatrolKind) MarshalText() ([]byte, error) { return patrolKindText.marshal(int(k)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *PatrolKind) UnmarshalText(b []byte) error {
	v, err := patrolKindText.unmarshal(b)
	*k = PatrolKind(v)
	return err
}

// TimexType is the TIMEX3 type of a temporal expression.
type TimexType int

// The TIMEX3 types.
const (
	TypeDate TimexType = iota
	TypeTime
	TypeDuration
	TypeSet
)

var timexTypeText = enumText{"TIMEX3 type", []string{"DATE", "TIME", "DURATION", "SET"}}

// String returns the TIMEX3 name of t, such as "DATE".
func (t TimexType) String() string { return timexTypeText.name(int(t)) }

// MarshalText implements encoding.TextMarshaler.
func (t TimexType) MarshalText() ([]byte, error) { return timexTypeText.marshal(int(t)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *TimexType) UnmarshalText(b []byte) error {
	v, err := timexTypeText.unmarshal(b)
	*t = TimexType(v)
	return err
}

// Grain is the precision a date is stated at.
type Grain int

// The grains, from none to coarse to fine.
const (
	GrainNone Grain = iota
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Weekend
	Day
	PartOfDay
	Hour
	Minute
	Instant
)

var grainText = enumText{"grain", []string{"", "century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day", "part_of_day", "hour", "minute", "instant"}}

// String returns the contract name of g, such as "week"; GrainNone is "".
func (g Grain) String() string { return grainText.name(int(g)) }

// MarshalText implements encoding.TextMarshaler.
func (g Grain) MarshalText() ([]byte, error) { return grainText.marshal(int(g)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Grain) UnmarshalText(b []byte) error {
	v, err := grainText.unmarshal(b)
	*g = Grain(v)
	return err
}
