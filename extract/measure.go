package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dipnews/diplomacy/model"
)

var (
	kmList  = []string{"km", "kilometers", "kilometres", "kilometer", "kilometre", "kms"}
	miList  = []string{"miles", "mile", "mi"}
	kmUnits = newWordSet(kmList...)
	miUnits = newWordSet(miList...)
	// unitWords joins kmUnits and miUnits: measures passes over the
	// other tokens of a sentence with one test.
	unitWords = newWordSet(slices.Concat(kmList, miList)...)
	eachSide  = newPhrases([]string{"on each side", "on either side", "on both sides", "each side", "either side"}, nil)
)

// measures reads the width and depth of a zone from sentence s:
// "a 12 km wide zone", "with a depth of six km", "15 to 20 km deep",
// "30 kilometres into". Miles are converted to kilometres.
func (a *Analysis) measures(s Sentence) (width, depth *model.Range) {
	for k := s.First; k < s.End; k++ {
		t := &a.Tokens[k]
		if !unitWords.has(t.word) && (t.plain || t.Kind != Word) {
			// Neither a unit nor a word with a hyphen ("12-km"): a plain
			// token has none, and a number or a mark is no measure.
			continue
		}
		var r model.Range
		v, unit, ok := 0.0, 0.0, false
		if !t.plain {
			v, unit, ok = hyphenMeasure(a.norm(k))
		}
		if ok {
			r = model.Range{Lo: v * unit, Hi: v * unit} // "a 12-km wide corridor"
		} else {
			unit, ok := unitOfWord(t.word)
			if !ok {
				continue
			}
			if r, ok = a.rangeBefore(k, s.First); !ok {
				continue
			}
			r = model.Range{Lo: r.Lo * unit, Hi: r.Hi * unit}
		}
		// The range is moved to the heap only when kept.
		switch a.dimension(k, s) {
		case "width":
			if width == nil {
				width = rangeRef(r)
			}
		case "depth":
			if depth == nil {
				depth = rangeRef(r)
			}
		}
	}
	return width, depth
}

// rangeRef returns a pointer to a copy of r.
func rangeRef(r model.Range) *model.Range { return &r }

// unitOf returns the number of kilometres in the unit u.
func unitOf(u string) (float64, bool) { return unitOfWord(wordOf(u)) }

// unitOfWord is unitOf for a word by its number.
func unitOfWord(u wordID) (float64, bool) {
	switch {
	case kmUnits.has(u):
		return 1, true
	case miUnits.has(u):
		return 1.609344, true
	}
	return 0, false
}

// hyphenMeasure reads a measure written as one word: "30-kilometer",
// "12-km", "20-mile".
func hyphenMeasure(w string) (v, unit float64, ok bool) {
	num, u, found := strings.Cut(w, "-")
	if !found {
		return 0, 0, false
	}
	if unit, ok = unitOf(u); !ok {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(num, 64)
	return v, unit, err == nil
}

// isMeasure reports whether the token at k ends a length: "30-kilometer",
// "30 km", "20 miles".
func (a *Analysis) isMeasure(k int) bool {
	if _, _, ok := hyphenMeasure(a.norm(k)); ok {
		return true
	}
	_, ok := unitOfWord(a.word(k))
	return ok && k > 0 && a.Tokens[k-1].Kind == Number
}

// rangeBefore reads "12", "six", "15 to 20", "15-20" ending just before
// the unit at k.
func (a *Analysis) rangeBefore(k, first int) (model.Range, bool) {
	if k-1 < first {
		return model.Range{}, false
	}
	hi, ok := a.number(k - 1)
	if !ok {
		return model.Range{}, false
	}
	r := model.Range{Lo: hi, Hi: hi}
	if k-3 >= first {
		if sep := a.norm(k - 2); sep == "to" || sep == "-" || sep == "and" || sep == "–" {
			if lo, ok := a.number(k - 3); ok && lo < hi {
				r.Lo = lo
			}
		}
	}
	return r, true
}

// dimension tells whether the measure whose unit is at k is a width or a
// depth, from the words around it.
func (a *Analysis) dimension(k int, s Sentence) string {
	j := k + 1
	if j < s.End && a.norm(j) == "(" {
		for j < s.End && a.norm(j) != ")" {
			j++ // past a conversion: "30-kilometer (19-mile) deep"
		}
		j++
	}
	for stop := min(s.End, j+2); j < stop; j++ {
		switch a.norm(j) {
		case "wide", "width", "long", "across":
			return "width"
		case "deep", "depth", "into", "inside", "from":
			return "depth"
		case "on", "each", "either":
			return "depth"
		}
	}
	for j := k - 1; j >= max(s.First, k-6); j-- {
		switch a.norm(j) {
		case "width", "wide":
			return "width"
		case "depth", "deep":
			return "depth"
		}
	}
	return ""
}
