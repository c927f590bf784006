package dates

import (
	"sync"
	"time"
)

// zoneAbbr lists the zone abbreviations news text uses, with their offset
// east of UTC in minutes. Ambiguous ones (IST, AST) are left out.
var zoneAbbr = []struct {
	name string
	min  int
}{
	{"gmt", 0}, {"utc", 0}, {"bst", 60}, {"cet", 60}, {"cest", 120}, {"eet", 120}, {"eest", 180},
	{"msk", 180}, {"trt", 180}, {"irst", 210}, {"est", -300}, {"edt", -240}, {"cst", -360},
	{"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}, {"jst", 540},
	{"kst", 540}, {"hkt", 480}, {"sgt", 480}, {"wib", 420}, {"aest", 600}, {"aedt", 660},
}

// zoneLocs holds a fixed zone for each entry of zoneAbbr.
var zoneLocs []*time.Location

// addZones enters the zone abbreviations in the lexicon.
func addZones() {
	zoneLocs = make([]*time.Location, len(zoneAbbr))
	for i, z := range zoneAbbr {
		zoneLocs[i] = time.FixedZone(z.name, z.min*60)
		add(cZone, i, z.name)
	}
}

// cityZone lists places whose name, followed by "time", states a zone:
// "2 p.m. Moscow time".
var cityZone = map[string]*lazyZone{}

// lazyZone loads an IANA zone from the embedded database on first use.
type lazyZone struct {
	name string
	once sync.Once
	loc  *time.Location
}

func (z *lazyZone) get() *time.Location {
	z.once.Do(func() {
		if l, err := time.LoadLocation(z.name); err == nil {
			z.loc = l
		}
	})
	return z.loc
}

func init() {
	for _, c := range []struct{ city, tz string }{
		{"moscow", "Europe/Moscow"}, {"ankara", "Europe/Istanbul"}, {"istanbul", "Europe/Istanbul"},
		{"damascus", "Asia/Damascus"}, {"beirut", "Asia/Beirut"}, {"tehran", "Asia/Tehran"},
		{"baghdad", "Asia/Baghdad"}, {"riyadh", "Asia/Riyadh"}, {"cairo", "Africa/Cairo"},
		{"jerusalem", "Asia/Jerusalem"}, {"amman", "Asia/Amman"}, {"doha", "Asia/Qatar"},
		{"dubai", "Asia/Dubai"}, {"kyiv", "Europe/Kyiv"}, {"kiev", "Europe/Kyiv"},
		{"beijing", "Asia/Shanghai"}, {"tokyo", "Asia/Tokyo"}, {"seoul", "Asia/Seoul"},
		{"delhi", "Asia/Kolkata"}, {"london", "Europe/London"}, {"paris", "Europe/Paris"},
		{"berlin", "Europe/Berlin"}, {"brussels", "Europe/Brussels"}, {"geneva", "Europe/Zurich"},
		{"vienna", "Europe/Vienna"}, {"washington", "America/New_York"}, {"eastern", "America/New_York"},
		{"pacific", "America/Los_Angeles"}, {"central", "America/Chicago"}, {"astana", "Asia/Almaty"},
		{"baku", "Asia/Baku"}, {"yerevan", "Asia/Yerevan"}, {"tbilisi", "Asia/Tbilisi"},
		{"kabul", "Asia/Kabul"}, {"islamabad", "Asia/Karachi"}, {"uk", "Europe/London"},
		{"british", "Europe/London"}, {"israel", "Asia/Jerusalem"}, {"israeli", "Asia/Jerusalem"},
		{"turkish", "Europe/Istanbul"}, {"syrian", "Asia/Damascus"}, {"lebanese", "Asia/Beirut"},
		{"iranian", "Asia/Tehran"}, {"iraqi", "Asia/Baghdad"}, {"egyptian", "Africa/Cairo"},
		{"saudi", "Asia/Riyadh"}, {"ukrainian", "Europe/Kyiv"}, {"gaza", "Asia/Gaza"},
	} {
		cityZone[c.city] = &lazyZone{name: c.tz}
	}
}

// zoneAt reads a zone at token k: an abbreviation ("GMT"), "local time",
// or a place and "time" ("Moscow time"). local is true for "local time";
// loc is nil when the zone is local or unknown. It returns k when there is
// no zone.
func (s *scanner) zoneAt(k int) (j int, loc *time.Location, local bool) {
	t := s.tok(k)
	if t.kind != kWord {
		return k, nil, false
	}
	if t.w.c&cZone != 0 && (t.upper || len(s.word(t)) > 3) {
		j = k + 1
		// "GMT+3"
		if (s.punct(j, '+') || s.punct(j, '-')) && s.glued(j) && s.tok(j+1).kind == kNum && s.glued(j+1) && s.tok(j+1).val <= 14 {
			off := s.tok(j+1).val * 3600
			if s.punct(j, '-') {
				off = -off
			}
			return j + 2, time.FixedZone("", off), false
		}
		return j, zoneLocs[int(t.w.n)], false
	}
	if s.word(t) == "local" && s.is(k+1, "time") {
		return k + 2, nil, true
	}
	if z, ok := cityZone[s.word(t)]; ok && t.upper && s.is(k+1, "time") {
		return k + 2, z.get(), false
	}
	return k, nil, false
}
