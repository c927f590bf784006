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
	"bytes"
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
	"github.com/dipnews/diplomacy/model"
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
		fmt.Fprintf(stderr, "diplomacy: %s\n", errText(err))
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := newReportWriter(out)
	status := 0
	for _, name := range fs.Args() {
		a, err := readArticle(name, stdin, *maxSize)
		if err == nil {
			a.Published = pub
			a.ID = *id
			if a.ID == "" {
				a.ID = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
			}
			var r *model.Report
			r, err = p.Parse(context.Background(), a)
			if err == nil {
				err = enc.write(r)
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "diplomacy: %s: %s\n", name, errText(err))
			status = 2
		}
	}
	return status
}

// errText is the text of err without the library's own prefix: the line
// starts with the command's name already.
func errText(err error) string {
	return strings.TrimPrefix(err.Error(), "diplomacy: ")
}

// readArticle reads the file name, or standard input for "-", refusing
// more than max bytes without reading them all. The text is read straight
// into the string the parser gets, with no second copy: a file's size is
// known before it is read.
func readArticle(name string, stdin io.Reader, max int) (diplomacy.Article, error) {
	r := stdin
	var b strings.Builder
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return diplomacy.Article{}, errors.Unwrap(err)
		}
		defer f.Close()
		st, err := f.Stat()
		if err == nil && st.IsDir() {
			return diplomacy.Article{}, errors.New("is a directory")
		}
		if err == nil && st.Mode().IsRegular() && st.Size() <= int64(max) {
			b.Grow(int(st.Size()) + 1) // one more byte to see the end without growing
		}
		r = f
	}
	if _, err := io.Copy(&b, io.LimitReader(r, int64(max)+1)); err != nil {
		return diplomacy.Article{}, err
	}
	if b.Len() > max {
		return diplomacy.Article{}, fmt.Errorf("%w: more than %d bytes", diplomacy.ErrTooLarge, max)
	}
	return diplomacy.Article{Text: b.String()}, nil
}

// reportWriter writes reports as lines of JSON: the lines json.Encoder
// writes with HTML escaping off, but one record at a time, so that the
// line of a large archive (about 0.6 bytes for each byte of text) is never
// held in memory whole.
type reportWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

func newReportWriter(w *bufio.Writer) *reportWriter {
	rw := &reportWriter{w: w}
	rw.enc = json.NewEncoder(&rw.buf)
	rw.enc.SetEscapeHTML(false)
	return rw
}

// write writes r and a line break. The fields and their order are those of
// model.Report. The parser's reports always encode; were one not to, part
// of its line would be written already.
func (rw *reportWriter) write(r *model.Report) error {
	rw.w.WriteByte('{')
	sep := ""
	key := func(name string) {
		rw.w.WriteString(sep + `"` + name + `":`)
		sep = ","
	}
	var err error
	if r.ID != "" {
		key("id")
		err = rw.value(r.ID)
	}
	if err == nil && r.Published != "" {
		key("published")
		err = rw.value(r.Published)
	}
	if err == nil && r.Dateline != nil {
		key("dateline")
		err = rw.value(r.Dateline)
	}
	list := func(name string, write func() error) {
		if err == nil {
			key(name)
			err = write()
		}
	}
	list("meetings", func() error { return writeList(rw, r.Meetings) })
	list("ceasefires", func() error { return writeList(rw, r.Ceasefires) })
	list("zones", func() error { return writeList(rw, r.Zones) })
	list("patrols", func() error { return writeList(rw, r.Patrols) })
	list("dates", func() error { return writeList(rw, r.Dates) })
	list("other", func() error { return writeList(rw, r.Other) })
	if err != nil {
		return err
	}
	_, err = rw.w.WriteString("}\n")
	return err
}

// value writes v as JSON, with no line break.
func (rw *reportWriter) value(v any) error {
	rw.buf.Reset()
	if err := rw.enc.Encode(v); err != nil {
		return err
	}
	_, err := rw.w.Write(bytes.TrimSuffix(rw.buf.Bytes(), []byte{'\n'}))
	return err
}

// writeList writes list as a JSON array, one item at a time; a nil list
// is null, as json.Marshal writes it.
func writeList[T any](rw *reportWriter, list []T) error {
	if list == nil {
		_, err := rw.w.WriteString("null")
		return err
	}
	rw.w.WriteByte('[')
	for i := range list {
		if i > 0 {
			rw.w.WriteByte(',')
		}
		if err := rw.value(&list[i]); err != nil {
			return err
		}
	}
	return rw.w.WriteByte(']')
}
