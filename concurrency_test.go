package diplomacy_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dipnews/diplomacy"
)

// TestConcurrentParse shares one Parser between 16 goroutines, each
// parsing every seed article several times in its own order; every report
// must be byte for byte the one a lone goroutine gets. Run under -race,
// this also checks that parsing writes no shared state.
func TestConcurrentParse(t *testing.T) {
	seeds := loadSeeds(t)
	p, err := diplomacy.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	articles := make([]diplomacy.Article, len(seeds))
	want := make([][]byte, len(seeds))
	for i, s := range seeds {
		articles[i] = diplomacy.Article{ID: s.name, Text: s.text, Published: s.published}
		r, err := p.Parse(ctx, articles[i])
		if err != nil {
			t.Fatal(err)
		}
		want[i] = marshal(t, r)
	}
	const goroutines, rounds = 16, 4
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*rounds*len(seeds))
	for g := range goroutines {
		wg.Go(func() {
			for n := range rounds * len(articles) {
				i := (g + n) % len(articles) // each goroutine starts elsewhere
				r, err := p.Parse(ctx, articles[i])
				if err != nil {
					errs <- err
					continue
				}
				if got := marshal(t, r); !bytes.Equal(got, want[i]) {
					errs <- errors.New(articles[i].ID + ": a concurrent parse differs from the sequential one:\n" + string(got))
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestConcurrentDefaultParser checks the package-level Parse, whose
// Parser is built on first use, from many goroutines at once.
func TestConcurrentDefaultParser(t *testing.T) {
	s := loadSeeds(t)[0]
	a := diplomacy.Article{ID: s.name, Text: s.text, Published: s.published}
	var wg sync.WaitGroup
	results := make([][]byte, 16)
	for g := range results {
		wg.Go(func() {
			r, err := diplomacy.Parse(context.Background(), a)
			if err != nil {
				t.Error(err)
				return
			}
			results[g] = marshal(t, r)
		})
	}
	wg.Wait()
	for g := range results {
		if !bytes.Equal(results[g], results[0]) {
			t.Errorf("goroutine %d got another report", g)
		}
	}
}

// pollContext is a context that is cancelled once its Err has been
// called after times, so that a test can cancel a parse in the middle of
// its work without depending on timing. done is closed at that moment.
type pollContext struct {
	context.Context
	n     atomic.Int64
	after int64
	once  sync.Once
	done  chan struct{}
}

func newPollContext(after int64) *pollContext {
	return &pollContext{Context: context.Background(), after: after, done: make(chan struct{})}
}

func (c *pollContext) Err() error {
	if c.n.Add(1) > c.after {
		c.once.Do(func() { close(c.done) })
		return context.Canceled
	}
	return nil
}

func (c *pollContext) Done() <-chan struct{} { return c.done }

// polls returns how many times Err was called.
func (c *pollContext) polls() int64 { return c.n.Load() }

// TestCancelLargeInput cancels the parse of a 2 MiB archive at points
// where Parse looks at its context, from the first to the middle of the
// work, and checks that it stops there: it returns the context's error
// and no report, and does not look at the context again and again after
// it was cancelled. How long Parse may run between two looks is measured
// by BenchmarkCancel.
func TestCancelLargeInput(t *testing.T) {
	text := archive(t, 2<<20)
	a := diplomacy.Article{Text: text, Published: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)}
	p, err := diplomacy.New()
	if err != nil {
		t.Fatal(err)
	}
	// A full parse, to count the polls: a parse of a large text must look
	// at its context often, not only between stages.
	full := newPollContext(1 << 62)
	if _, err := p.Parse(full, a); err != nil {
		t.Fatal(err)
	}
	total := full.polls()
	if want := int64(len(text) / (256 << 10)); total < want {
		t.Errorf("Parse looked at its context %d times over %d bytes, want at least %d (once per 256 KiB)", total, len(text), want)
	}
	for _, after := range []int64{0, 1, 2, total / 2} {
		ctx := newPollContext(after)
		r, err := p.Parse(ctx, a)
		if !errors.Is(err, context.Canceled) || r != nil {
			t.Errorf("cancelled at poll %d of %d: got %v, %v; want context.Canceled and no report", after, total, r, err)
		}
		if extra := ctx.polls() - after; extra > 2 {
			t.Errorf("cancelled at poll %d: Parse went on to look %d more times", after, extra)
		}
	}
}

// TestCancelDeadline parses with a context whose deadline has passed.
func TestCancelDeadline(t *testing.T) {
	ctx, cancel := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel()
	_, err := diplomacy.Parse(ctx, diplomacy.Article{Text: "Putin met Erdogan in Moscow on Thursday."})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want context.DeadlineExceeded", err)
	}
}
