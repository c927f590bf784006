package extract

import "github.com/dipnews/diplomacy/model"

var (
	kmUnits  = map[string]bool{"km": true, "kilometers": true, "kilometres": true, "kilometer": true, "kilometre": true, "kms": true}
	miUnits  = map[string]bool{"miles": true, "mile": true, "mi": true}
	eachSide = newPhrases([]string{"on each side", "on either side", "on both sides", "each side", "either side"}, nil)
)

// measures reads the width and depth of a zone from sentence s:
// "a 12 km wide zone", "with a depth of six km", "15 to 20 km deep",
// "30 kilometres into". Miles are converted to kilometres.
func (a *Analysis) measures(s Sentence) (width, depth *model.Range) {
	toks := a.Tokens
	for k := s.First; k < s.End; k++ {
		unit := 1.0
		switch {
		case kmUnits[toks[k].Norm]:
		case miUnits[toks[k].Norm]:
			unit = 1.609344
		default:
			continue
		}
		r, ok := a.rangeBefore(k, s.First)
		if !ok {
			continue
		}
		r = &model.Range{Lo: r.Lo * unit, Hi: r.Hi * unit}
		switch dimension(toks, k, s) {
		case "width":
			if width == nil {
				width = r
			}
		case "depth":
			if depth == nil {
				depth = r
			}
		}
	}
	return width, depth
}

// rangeBefore reads "12", "six", "15 to 20", "15-20" ending just before
// the unit at k.
func (a *Analysis) rangeBefore(k, first int) (*model.Range, bool) {
	toks := a.Tokens
	if k-1 < first {
		return nil, false
	}
	hi, ok := number(toks[k-1])
	if !ok {
		return nil, false
	}
	r := &model.Range{Lo: hi, Hi: hi}
	if k-3 >= first {
		if sep := toks[k-2].Norm; sep == "to" || sep == "-" || sep == "and" || sep == "–" {
			if lo, ok := number(toks[k-3]); ok && lo < hi {
				r.Lo = lo
			}
		}
	}
	return r, true
}

// dimension tells whether the measure whose unit is at k is a width or a
// depth, from the words around it.
func dimension(toks []Token, k int, s Sentence) string {
	for j := k + 1; j < min(s.End, k+3); j++ {
		switch toks[j].Norm {
		case "wide", "width", "long", "across":
			return "width"
		case "deep", "depth", "into", "inside", "from":
			return "depth"
		case "on", "each", "either":
			return "depth"
		}
	}
	for j := k - 1; j >= max(s.First, k-6); j-- {
		switch toks[j].Norm {
		case "width", "wide":
			return "width"
		case "depth", "deep":
			return "depth"
		}
	}
	return ""
}
