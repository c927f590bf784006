// Command diplomacy reads news articles and prints, for each, one line of
// JSON: the meetings, ceasefires, zones and patrols it reports, and every
// date it mentions, resolved.
//
// Usage:
//
//	diplomacy [-published YYYY-MM-DD] [-id ID] [-max BYTES] FILE...
//
// A FILE of "-" reads standard input. Each report's id is the file's name
// without its extension unless -id is given. A file that cannot be read or
// parsed gets a one-line error on standard error; the other files are
// still processed, and the exit status is 2.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dipnews/diplomacy"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diplomacy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date of the articles, YYYY-MM-DD")
	id := fs.String("id", "", "report id (default: the file name without extension)")
	maxSize := fs.Int("max", diplomacy.DefaultMaxSize, "largest article accepted, in bytes")
	lexicon := fs.String("lexicon", "", "a lexicon file to load on top of the embedded one")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: diplomacy [-published YYYY-MM-DD] [-id ID] [-max BYTES] [-lexicon FILE] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var pub time.Time
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			fmt.Fprintf(stderr, "diplomacy: bad -published %q: want YYYY-MM-DD\n", *published)
			return 2
		}
		pub = t
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opts := []diplomacy.Option{diplomacy.WithMaxSize(*maxSize)}
	if *lexicon != "" {
		opts = append(opts, diplomacy.WithLexiconFile(*lexicon))
	}
	p, err := diplomacy.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "diplomacy: %v\n", err)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	status := 0
	for _, name := range fs.Args() {
		a, err := readArticle(name, stdin, *maxSize)
		if err == nil {
			a.Published = pub
			a.ID = *id
			if a.ID == "" {
				a.ID = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
			}
			var r any
			r, err = p.Parse(context.Background(), a)
			if err == nil {
				err = enc.Encode(r)
			}
		}
		if err != nil {
			// The line starts with the command's name already: the
			// library's own prefix would only repeat it.
			fmt.Fprintf(stderr, "diplomacy: %s: %s\n", name, strings.TrimPrefix(err.Error(), "diplomacy: "))
			status = 2
		}
	}
	return status
}

// readArticle reads the file name, or standard input for "-", refusing
// more than max bytes without reading them all.
func readArticle(name string, stdin io.Reader, max int) (diplomacy.Article, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return diplomacy.Article{}, errors.Unwrap(err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return diplomacy.Article{}, errors.New("is a directory")
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return diplomacy.Article{}, err
	}
	if len(b) > max {
		return diplomacy.Article{}, fmt.Errorf("%w: more than %d bytes", diplomacy.ErrTooLarge, max)
	}
	return diplomacy.Article{Text: string(b)}, nil
}
