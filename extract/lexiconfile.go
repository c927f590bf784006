package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrLexicon is wrapped by every error about the content of a lexicon file.
var ErrLexicon = errors.New("bad lexicon")

// LexiconError is a bad line of a lexicon file.
type LexiconError struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message".
func (e *LexiconError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap returns ErrLexicon.
func (e *LexiconError) Unwrap() error { return ErrLexicon }

// record is one line of a lexicon file, split into its fields; the record
// kind is not counted among them.
type record struct {
	file   string
	line   int
	kind   string
	fields []string
}

func (r record) errorf(format string, args ...any) error {
	return &LexiconError{File: r.file, Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

// recordFields is the number of fields each kind of record has after the
// kind itself. The layouts are documented in lexicon/README.md.
var recordFields = map[string]int{
	"country": 6, // CODE Name aliases demonyms capital zone
	"office":  2, // Canonical variants
	"group":   4, // Name aliases CODE kind
	"agency":  3, // Name aliases CODE
	"place":   5, // Name aliases CODE zone kind
	"person":  6, // Name aliases CODE Office from to
	"leader":  2, // CODE offices
}

// readRecords reads the records of the lexicon file name from r.
func readRecords(name string, r io.Reader) ([]record, error) {
	var recs []record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rec := record{file: name, line: n, kind: fields[0], fields: fields[1:]}
		want, ok := recordFields[rec.kind]
		if !ok {
			return nil, rec.errorf("unknown record kind %q", rec.kind)
		}
		if len(rec.fields) != want {
			return nil, rec.errorf("%s needs %d fields, got %d", rec.kind, want, len(rec.fields))
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return recs, nil
}

// alternatives splits a field of "|"-separated spellings.
func alternatives(field string) []string {
	var out []string
	for _, s := range strings.Split(field, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
