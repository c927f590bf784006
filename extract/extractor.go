package extract

import (
	"context"

	"github.com/dipnews/diplomacy/model"
)

// Extractor reads the shared analysis of an article and adds records to
// its report. Extractors never re-tokenize: everything they need is in the
// Analysis. An Extractor must be safe for concurrent use by several
// goroutines, each with its own Analysis and Report.
type Extractor interface {
	// Name identifies the extractor in errors, such as "meeting".
	Name() string
	// Extract adds the records it finds in a to r.
	Extract(ctx context.Context, a *Analysis, r *model.Report) error
}
