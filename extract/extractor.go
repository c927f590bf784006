package extract

import (
	"context"

	"github.com/dipnews/diplomacy/model"
)

// Extractor reads the shared analysis of an article and adds records to
// its report. Extractors never re-tokenize: everything they need is in the
// Analysis. An Extractor must be safe for concurrent use by several
// goroutines, each with its own Analysis and Report.
//
// A long text is read in parts (see AnalyzeParts): diplomacy.Parse then
// calls Extract once per part, in text order, with the same Report and
// the Analysis of that part. An extractor must therefore read the part
// through a.Sentences, a.Tokens, a.Mentions and a.Dates, and use a.Text
// only to read the bytes at their offsets, never scan it wholesale; it
// must not keep the Analysis, nor its slices, after Extract returns.
// r.Dates shares its elements with a.Dates: an extractor adds records to
// the report but does not change the dates already in it.
type Extractor interface {
	// Name identifies the extractor in errors, such as "meeting".
	Name() string
	// Extract adds the records it finds in a, the analysis of the
	// article or of one part of it, to r.
	Extract(ctx context.Context, a *Analysis, r *model.Report) error
}
