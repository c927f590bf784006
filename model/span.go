package model

// Span is a run of bytes in an article's text: Start is the offset of its
// first byte and End the offset just past its last, so Text is
// article[Start:End] (decoded as UTF-8, with invalid bytes read as U+FFFD).
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// Len returns the number of bytes s covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off lies inside s.
func (s Span) Contains(off int) bool { return s.Start <= off && off < s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }
