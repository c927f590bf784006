package model

import (
	"encoding/json"
	"fmt"
)

// Range is a measure stated as one number (Lo == Hi) or as a range
// ("15 to 20 km"). In JSON it is a number, or a two-element array for a
// range.
type Range struct {
	Lo, Hi float64
}

// Exact returns the Range holding the single value v.
func Exact(v float64) *Range { return &Range{v, v} }

// MarshalJSON implements json.Marshaler.
func (r Range) MarshalJSON() ([]byte, error) {
	if r.Lo == r.Hi {
		return json.Marshal(r.Lo)
	}
	return json.Marshal([2]float64{r.Lo, r.Hi})
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *Range) UnmarshalJSON(b []byte) error {
	var v float64
	if err := json.Unmarshal(b, &v); err == nil {
		*r = Range{v, v}
		return nil
	}
	var p []float64
	if err := json.Unmarshal(b, &p); err != nil || len(p) != 2 {
		return fmt.Errorf("model: range must be a number or [lo, hi], got %s", b)
	}
	*r = Range{p[0], p[1]}
	return nil
}
