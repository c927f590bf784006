package diplomacy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/dipnews/diplomacy/dates"
	"github.com/dipnews/diplomacy/extract"
	"github.com/dipnews/diplomacy/model"
)

// DefaultMaxSize is the largest article text a Parser accepts unless
// WithMaxSize says otherwise: 8 MiB.
const DefaultMaxSize = 8 << 20

// ErrTooLarge is returned, wrapped, for an article whose text is longer
// than the Parser's size limit. Nothing of the article is parsed.
var ErrTooLarge = errors.New("diplomacy: article too large")

// ErrLexicon is returned, wrapped, when a lexicon file cannot be loaded.
// The error names the file and the line.
var ErrLexicon = extract.ErrLexicon

// Article is one news article to parse.
type Article struct {
	// ID is copied to the report.
	ID string
	// Text is the article's text, dateline first if it has one.
	Text string
	// Published is the publication date: its year, month and day are taken
	// as the local date at the dateline. The zero time means unknown.
	Published time.Time
	// Source names the outlet. Extractors see it as Analysis.Source.
	Source string
}

// Parser turns articles into reports. A Parser is safe for concurrent use
// by multiple goroutines.
type Parser struct {
	lex        *extract.Lexicon
	finder     *dates.Finder
	extractors []extract.Extractor
	maxSize    int
	// partSize is the longest text read in one part; 0 means
	// extract.DefaultPartSize.
	partSize int
}

// Option configures a Parser.
type Option func(*config) error

type config struct {
	lex        *extract.Lexicon
	dateOpts   []dates.Option
	extractors []extract.Extractor
	maxSize    int
}

// WithExtractor adds e to the extractors run on every article, after the
// built-in ones. Its records usually go to the report's Other list.
func WithExtractor(e extract.Extractor) Option {
	return func(c *config) error {
		if e == nil {
			return errors.New("diplomacy: nil extractor")
		}
		c.extractors = append(c.extractors, e)
		return nil
	}
}

// WithLexicon loads a lexicon file from r on top of the lexicon built so
// far; name is used in errors. See extract/lexicon/README.md for the format.
func WithLexicon(name string, r io.Reader) Option {
	return func(c *config) error {
		lex, err := c.lex.With(name, r)
		if err != nil {
			return err
		}
		c.lex = lex
		return nil
	}
}

// WithLexiconFile loads the lexicon file at path on top of the lexicon
// built so far.
func WithLexiconFile(path string) Option {
	return func(c *config) error {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrLexicon, err)
		}
		defer f.Close()
		return WithLexicon(filepath.Base(path), f)(c)
	}
}

// WithMaxSize sets the largest text, in bytes, that Parse accepts.
func WithMaxSize(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("diplomacy: size limit must be positive, got %d", n)
		}
		c.maxSize = n
		return nil
	}
}

// WithDirection sets how relative dates with no cue of their own are
// resolved; the default is dates.News.
func WithDirection(d dates.Direction) Option {
	return func(c *config) error {
		c.dateOpts = append(c.dateOpts, dates.WithDirection(d))
		return nil
	}
}

// New returns a Parser with the built-in extractors and the embedded
// lexicon, configured by opts.
func New(opts ...Option) (*Parser, error) {
	c := config{lex: extract.DefaultLexicon(), maxSize: DefaultMaxSize}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	return &Parser{
		lex:        c.lex,
		finder:     dates.New(c.dateOpts...),
		extractors: append(extract.Builtin(), c.extractors...),
		maxSize:    c.maxSize,
	}, nil
}

// Parse reads one article and returns its report.
//
// A text longer than extract.DefaultPartSize is read part by part (see
// the package documentation, and extract.AnalyzeParts for what a part
// does not see of the parts before it): each extractor runs once per part
// and the final merge once on the whole report. Offsets and spans are
// always into the whole text.
//
// Parse fails with ErrTooLarge for a text over the size limit, with the
// context's error when ctx is done, and with an extractor's error, naming
// the extractor.
func (p *Parser) Parse(ctx context.Context, a Article) (*model.Report, error) {
	if len(a.Text) > p.maxSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(a.Text), p.maxSize)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var r *model.Report
	err := extract.AnalyzeParts(ctx, a.Text, a.Published, p.lex, p.finder, p.partSize, func(an *extract.Analysis) error {
		an.Source = a.Source
		if r == nil {
			r = extract.NewReport(an)
			if n := len(a.Text); an.PartEnd < n && an.PartEnd > 0 {
				// Room for the dates of the parts to come, as many per byte
				// as the first has: the list is seldom copied as it grows.
				ds := make([]model.Date, len(r.Dates), len(r.Dates)+len(r.Dates)*(n-an.PartEnd)/an.PartEnd)
				copy(ds, r.Dates)
				r.Dates = ds
			}
		} else {
			r.Dates = append(r.Dates, an.Dates...)
		}
		for _, e := range p.extractors {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := e.Extract(ctx, an, r); err != nil {
				return fmt.Errorf("diplomacy: extractor %s: %w", e.Name(), err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.ID = a.ID
	if !a.Published.IsZero() {
		r.Published = a.Published.Format(time.DateOnly)
	}
	extract.Merge(r)
	return r, nil
}

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Parse reads one article with a Parser of the default configuration.
func Parse(ctx context.Context, a Article) (*model.Report, error) {
	defaultOnce.Do(func() { defaultParser, defaultErr = New() })
	if defaultErr != nil {
		return nil, defaultErr
	}
	return defaultParser.Parse(ctx, a)
}
