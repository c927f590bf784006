package extract

import (
	"testing"

	"github.com/dipnews/diplomacy/model"
	"github.com/google/go-cmp/cmp"
)

type zoneWant struct {
	Kind, Area, Along     string
	Width, Depth          *model.Range
	Count                 int
	Established, Duration string
}

func zonesOf(t *testing.T, text, pub string) []zoneWant {
	t.Helper()
	var out []zoneWant
	for _, z := range extractAll(t, text, pub).Zones {
		out = append(out, zoneWant{z.Kind.String(), placeName(z.Area), z.Along, z.WidthKm, z.DepthKm, z.Count, value(z.Established), z.Duration})
	}
	return out
}

// miles is the number of kilometres in a mile, as a variable: a product
// with it is rounded as the package rounds it.
var miles = 1.609344

func TestZones(t *testing.T) {
	tests := []struct {
		name, pub, text string
		want            []zoneWant
	}{
		{"count, creation date and duration", "2018-02-08",
			"In May 2017 the three countries agreed to create four de-escalation zones in Syria for six months.",
			[]zoneWant{{"de_escalation", "Syria", "", nil, nil, 4, "2017-05", "P6M"}}},
		{"area in a clause on the zone", "2025-05-10",
			"UN peacekeepers patrol the buffer zone that has divided Cyprus since 1974.",
			[]zoneWant{{"buffer", "Cyprus", "", nil, nil, 0, "", ""}}},
		{"no area from the subject of such a clause", "2025-05-10",
			"Turkey wants a safe zone which Russia opposes.",
			nil},
		{"area before the noun", "2021-06-10",
			"Shelling continued in the Idlib de-escalation zone.",
			[]zoneWant{{"de_escalation", "Idlib", "", nil, nil, 0, "", ""}}},
		{"corridor along a road, depth on each side", "2021-06-10",
			"They will set up a security corridor 6 km deep on each side of the M4 highway.",
			[]zoneWant{{"security_corridor", "", "M4", model.Exact(12), model.Exact(6), 0, "", ""}}},
		{"range of widths", "2021-06-10",
			"Turkey wants a buffer zone 15 to 20 km wide in Idlib.",
			[]zoneWant{{"buffer", "Idlib", "", &model.Range{Lo: 15, Hi: 20}, nil, 0, "", ""}}},
		{"a zone written as a name needs no area", "2018-04-27",
			"They halted propaganda broadcasts along the Demilitarized Zone.",
			[]zoneWant{{"demilitarized", "", "", nil, nil, 0, "", ""}}},
		{"a length in one word; a bare zone given a length", "2019-10-22",
			"Kurdish forces must withdraw from a 30-kilometer (19-mile) deep zone in Syria.",
			[]zoneWant{{"other", "Syria", "", nil, model.Exact(30), 0, "", ""}}},
		{"a protection zone around a plant", "2022-09-06",
			"The watchdog called for a protection zone around the Zaporizhzhia plant.",
			[]zoneWant{{"other", "Zaporizhzhia", "", nil, nil, 0, "", ""}}},
		{"a named corridor", "2020-11-10",
			"Peacekeepers will be deployed along the Lachin corridor, a 5-km wide strip.",
			[]zoneWant{{"other", "", "", model.Exact(5), nil, 0, "", ""}}},
		{"road named before", "2021-06-10",
			"Patrols will use the M4 highway. A 12 km wide demilitarized zone will run along the road.",
			[]zoneWant{{"demilitarized", "", "M4", model.Exact(12), nil, 0, "", ""}}},
		{"road named before, the anaphor in the plural", "2021-06-10",
			"Patrols use the M4 highway. The buffer zone in Idlib will run along the highways.",
			[]zoneWant{{"buffer", "Idlib", "M4", nil, nil, 0, "", ""}}},
		{"no road named in a sentence of many a \"the\"", "2021-06-10",
			"Patrols use the M4 highway. The buffer zone in Idlib will run along the border of the province of the north.",
			[]zoneWant{{"buffer", "Idlib", "", nil, nil, 0, "", ""}}},
		{"a width in miles among other words with hyphens", "2021-06-10",
			"A long-awaited buffer zone 10 miles wide, in north-west Idlib, is due in mid-March.",
			[]zoneWant{{"buffer", "Idlib", "", &model.Range{Lo: 10 * miles, Hi: 10 * miles}, nil, 0, "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, zonesOf(t, tt.text, tt.pub)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNotZones(t *testing.T) {
	for _, text := range []string{
		"A buffer zone was discussed.",
		"The city is in a different time zone.",
		"The M4 highway is 30 km from the border.",
		"He called on the U.S.-led coalition to support the safe zone.",
		"The war zone near the 30 km mark was quiet.",
		"Moscow is in a different time zone, 30 km away.",
		"The corridor of the hotel was empty.",
	} {
		if got := zonesOf(t, text, "2021-06-10"); len(got) != 0 {
			t.Errorf("%q: got %+v, want none", text, got)
		}
	}
}
