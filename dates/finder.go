package dates

import "github.com/dipnews/diplomacy/model"

// Direction decides which way a relative expression with no cue of its own
// ("Thursday", "in December") points from the anchor.
type Direction int

const (
	// News is the default: the most recent occurrence on or before the
	// anchor, unless the verb or a cue looks forward ("will meet on
	// Thursday", "next month").
	News Direction = iota
	// Past always takes the most recent occurrence on or before the anchor.
	Past
	// Future always takes the next occurrence on or after the anchor.
	Future
	// Nearest takes the occurrence closest to the anchor.
	Nearest
)

// Option configures a Finder.
type Option func(*Finder)

// WithDirection sets the rule for expressions with no cue of their own.
func WithDirection(d Direction) Option { return func(f *Finder) { f.dir = d } }

// Finder finds and resolves temporal expressions. A Finder is safe for
// concurrent use.
type Finder struct {
	dir Direction
}

// New returns a Finder.
func New(opts ...Option) *Finder {
	f := &Finder{}
	for _, o := range opts {
		o(f)
	}
	return f
}

// Find returns every temporal expression in text, in text order, resolved
// against a. Spans are byte offsets into text.
func (f *Finder) Find(text string, a Anchor) []model.Date {
	return nil
}
