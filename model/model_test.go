package model

import (
	"encoding"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// enums lists one value of each enumeration and every name it may take.
var enums = []struct {
	value interface {
		encoding.TextMarshaler
		String() string
	}
	fresh func() encoding.TextUnmarshaler
	names []string
}{
	{Phone, func() encoding.TextUnmarshaler { return new(Mode) }, []string{"unknown", "in_person", "phone", "video"}},
	{Summit, func() encoding.TextUnmarshaler { return new(MeetingKind) }, []string{"other", "summit", "talks", "call", "congress", "conference", "visit"}},
	{Planned, func() encoding.TextUnmarshaler { return new(MeetingStatus) }, []string{"held", "planned", "proposed", "cancelled"}},
	{InForce, func() encoding.TextUnmarshaler { return new(CeasefireStatus) }, []string{"agreed", "in_force", "proposed", "violated", "ended"}},
	{SecurityCorridor, func() encoding.TextUnmarshaler { return new(ZoneKind) }, []string{"other", "de_escalation", "security_corridor", "buffer", "demilitarized", "safe"}},
	{Single, func() encoding.TextUnmarshaler { return new(PatrolKind) }, []string{"joint", "single"}},
	{TypeDuration, func() encoding.TextUnmarshaler { return new(TimexType) }, []string{"DATE", "TIME", "DURATION", "SET"}},
	{Weekend, func() encoding.TextUnmarshaler { return new(Grain) }, []string{"", "century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day", "part_of_day", "hour", "minute", "instant"}},
}

func TestEnumText(t *testing.T) {
	for _, e := range enums {
		for _, name := range e.names {
			v := e.fresh()
			if err := v.UnmarshalText([]byte(name)); err != nil {
				t.Errorf("UnmarshalText(%q): %v", name, err)
				continue
			}
			b, err := v.(encoding.TextMarshaler).MarshalText()
			if err != nil || string(b) != name {
				t.Errorf("%q round trip: got %q, %v", name, b, err)
			}
			if s := v.(interface{ String() string }).String(); s != name {
				t.Errorf("String() = %q, want %q", s, name)
			}
		}
		if err := e.fresh().UnmarshalText([]byte("nonsense")); err == nil || !strings.Contains(err.Error(), "nonsense") {
			t.Errorf("%T: unknown name gave %v, want an error naming it", e.value, err)
		}
	}
}

func TestEnumOutOfRange(t *testing.T) {
	if s := Mode(42).String(); s != "mode(42)" {
		t.Errorf("Mode(42).String() = %q", s)
	}
	if _, err := json.Marshal(Meeting{Mode: Mode(42)}); err == nil {
		t.Error("marshalling an invalid mode succeeded")
	}
}

func TestRangeJSON(t *testing.T) {
	tests := []struct {
		r    Range
		json string
	}{
		{Range{12, 12}, "12"},
		{Range{15, 20}, "[15,20]"},
		{Range{2.5, 2.5}, "2.5"},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.r)
		if err != nil || string(b) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.r, b, err, tt.json)
		}
		var back Range
		if err := json.Unmarshal(b, &back); err != nil || back != tt.r {
			t.Errorf("Unmarshal(%s) = %v, %v", b, back, err)
		}
	}
	for _, bad := range []string{`"12"`, `[1,2,3]`, `{}`} {
		var r Range
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestReportRoundTrip also pins the exact JSON of a full report, the
// contract other programs read, in testdata/golden/report.json.
func TestReportRoundTrip(t *testing.T) {
	damascus, err := time.LoadLocation("Asia/Damascus")
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2020, 3, 5, 0, 0, 0, 0, damascus)
	thursday := &Date{Text: "Thursday", Type: TypeDate, Value: "2020-03-05", Grain: Day, From: day, To: day.AddDate(0, 0, 1), Span: Span{Start: 10, End: 18}}
	r := Report{
		ID:        "a",
		Published: "2020-03-05",
		Dateline:  &Dateline{Place: &Place{"Moscow", "RU"}, Agency: "Xinhua", Span: Span{0, 8, "MOSCOW -"}},
		Meetings: []Meeting{{Mode: InPerson, Kind: Summit, Status: Held, Participants: []Actor{{"Vladimir Putin", "RU", "President"}},
			Initiator: &Actor{Name: "Turkey", Country: "TR"}, Date: thursday, Location: &Place{"Moscow", "RU"}, Duration: "PT6H",
			Topics: []string{"Idlib"}, Evidence: Span{0, 20, "..."}}},
		Ceasefires: []Ceasefire{{Status: Agreed, Area: &Place{"Idlib", "SY"}, Parties: []Actor{}, Permanent: true,
			Start: &Date{Text: "22:00 GMT", Type: TypeTime, Value: "2020-03-05T22:00Z", Grain: Minute, From: day.Add(24 * time.Hour).UTC(), To: day.Add(24*time.Hour + time.Minute).UTC()}}},
		Zones:   []Zone{{Kind: SecurityCorridor, Along: "M4", WidthKm: Exact(12), DepthKm: &Range{5, 6}, Count: 1, Duration: "P7D"}},
		Patrols: []Patrol{{Kind: Joint, Parties: []Actor{{Name: "Russia", Country: "RU"}}, Route: "M4", Number: 3}},
		Dates:   []Date{*thursday, {Text: "six months", Type: TypeDuration, Value: "P6M"}},
		Other:   []Other{{Type: "casualty", Data: json.RawMessage(`{"count":2}`), Evidence: Span{1, 2, "x"}}},
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("report changed through JSON (-before +after):\n%s", diff)
	}
	again, err := json.Marshal(back)
	if err != nil || string(again) != string(b) {
		t.Errorf("JSON changed through a round trip:\n%s\n%s", b, again)
	}
	for _, key := range []string{`"in_person"`, `"security_corridor"`, `"width_km":12`, `"depth_km":[5,6]`, `"from":"2020-03-05T00:00:00+02:00"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s:\n%s", key, b)
		}
	}
	if strings.Contains(string(b), `"from":"0001`) {
		t.Errorf("zero times are written:\n%s", b)
	}
	indented, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden", "report.json")
	if *update {
		if err := os.WriteFile(golden, append(indented, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(append(indented, '\n'))); diff != "" {
		t.Errorf("JSON differs from %s (-want +got):\n%s", golden, diff)
	}
}

func TestSpan(t *testing.T) {
	s := Span{Start: 2, End: 5}
	if s.Len() != 3 || !s.Contains(2) || s.Contains(5) || !s.Overlaps(Span{Start: 4, End: 9}) || s.Overlaps(Span{Start: 5, End: 9}) {
		t.Errorf("span arithmetic wrong for %+v", s)
	}
}
