package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/model"
)

// seedDir holds the seed articles.
var seedDir = filepath.Join("..", "..", "testdata", "articles")

// runCmd runs the command with args and returns its exit status, output
// and error output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return status, stdout.String(), stderr.String()
}

func TestRunGoodFiles(t *testing.T) {
	a := filepath.Join(seedDir, "004_4ab497166198e562.txt")
	b := filepath.Join(seedDir, "002_067722926f791ef9.txt")
	status, out, errOut := runCmd(t, "", "-published", "2020-03-05", a, b)
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, errors %q; want 0 and none", status, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want one report per file:\n%s", len(lines), out)
	}
	for i, want := range []string{"004_4ab497166198e562", "002_067722926f791ef9"} {
		var r struct {
			ID        string            `json:"id"`
			Published string            `json:"published"`
			Meetings  []json.RawMessage `json:"meetings"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if r.ID != want || r.Published != "2020-03-05" || len(r.Meetings) == 0 {
			t.Errorf("line %d: id %q, published %q, %d meetings; want %q, 2020-03-05 and a meeting", i+1, r.ID, r.Published, len(r.Meetings), want)
		}
	}
}

// TestRunBadFiles mixes each kind of bad file with good ones: the bad one
// gets a single line on standard error naming it and saying what is
// wrong, the status is 2, and the good files print exactly what they
// print alone.
func TestRunBadFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte(" "), diplomacy.DefaultMaxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	good1 := filepath.Join(seedDir, "004_4ab497166198e562.txt")
	good2 := filepath.Join(seedDir, "000_9c36d99f1a198db4.txt")
	tests := []struct {
		name   string
		bad    string
		reason string
	}{
		{"missing file", filepath.Join(dir, "none.txt"), "no such file or directory"},
		{"directory", dir, "is a directory"},
		{"over the limit", big, "article too large: more than 8388608 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, alone, _ := runCmd(t, "", "-published", "2020-03-05", good1, good2)
			status, out, errOut := runCmd(t, "", "-published", "2020-03-05", good1, tt.bad, good2)
			if status != 2 {
				t.Errorf("status %d, want 2", status)
			}
			if out != alone {
				t.Errorf("the good files printed\n%s\nwith a bad file among them, and alone\n%s", out, alone)
			}
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], tt.bad+":") || !strings.Contains(lines[0], tt.reason) {
				t.Errorf("errors %q, want one line naming %s and saying %q", errOut, tt.bad, tt.reason)
			}
		})
	}
}

func TestRunSeveralBadFiles(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.txt")
	status, out, errOut := runCmd(t, "", missing, dir, missing)
	if status != 2 || out != "" {
		t.Errorf("status %d, output %q; want 2 and none", status, out)
	}
	if n := strings.Count(errOut, "\n"); n != 3 {
		t.Errorf("%d error lines, want one per bad file:\n%s", n, errOut)
	}
}

func TestRunBadPublished(t *testing.T) {
	good := filepath.Join(seedDir, "004_4ab497166198e562.txt")
	for _, v := range []string{"2020-13-01", "05/03/2020", "yesterday", "2020-03-05T00:00:00Z"} {
		status, out, errOut := runCmd(t, "", "-published", v, good)
		if status != 2 || out != "" {
			t.Errorf("-published %q: status %d, output %q; want 2 and none", v, status, out)
		}
		if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "-published") || !strings.Contains(errOut, v) || !strings.Contains(errOut, "YYYY-MM-DD") {
			t.Errorf("-published %q: errors %q, want one line naming the flag, the value and the form", v, errOut)
		}
	}
}

func TestRunBadOption(t *testing.T) {
	good := filepath.Join(seedDir, "004_4ab497166198e562.txt")
	status, out, errOut := runCmd(t, "", "-max", "0", good)
	if status != 2 || out != "" {
		t.Errorf("-max 0: status %d, output %q; want 2 and none", status, out)
	}
	if strings.Count(errOut, "\n") != 1 || strings.Count(errOut, "diplomacy:") != 1 {
		t.Errorf("-max 0: errors %q, want one line with the command's name once", errOut)
	}
}

func TestRunStdin(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(seedDir, "004_4ab497166198e562.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, fromFile, _ := runCmd(t, "", "-published", "2020-03-05", "-id", "x", filepath.Join(seedDir, "004_4ab497166198e562.txt"))
	status, fromStdin, errOut := runCmd(t, string(text), "-published", "2020-03-05", "-id", "x", "-")
	if status != 0 || errOut != "" || fromStdin != fromFile {
		t.Errorf("standard input: status %d, errors %q, output\n%s\nwant 0, none and\n%s", status, errOut, fromStdin, fromFile)
	}
	status, _, errOut = runCmd(t, string(text), "-max", "100", "-")
	if status != 2 || errOut != "diplomacy: -: article too large: more than 100 bytes\n" {
		t.Errorf("standard input over the limit: status %d, errors %q", status, errOut)
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"-nosuchflag", "x.txt"}} {
		status, out, errOut := runCmd(t, "", args...)
		if status != 2 || out != "" || !strings.Contains(errOut, "usage: diplomacy") {
			t.Errorf("%q: status %d, output %q, errors %q; want 2, none and the usage", args, status, out, errOut)
		}
	}
}

// TestReportWriter checks that the reports written one record at a time
// are, byte for byte, the lines json.Encoder writes: for every seed
// article, an archive long enough to be read in parts, and reports with
// their optional fields absent or their lists nil.
func TestReportWriter(t *testing.T) {
	if n := reflect.TypeFor[model.Report]().NumField(); n != 9 {
		t.Fatalf("model.Report has %d fields: reportWriter.write writes 9, update it", n)
	}
	p, err := diplomacy.New()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var reports []*model.Report
	var articles strings.Builder
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		articles.Write(text)
		articles.WriteString("\n\n")
		r, err := p.Parse(context.Background(), diplomacy.Article{ID: filepath.Base(f), Text: string(text), Published: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, r)
	}
	archive := strings.Repeat(articles.String(), (200<<10)/articles.Len()+1)
	r, err := p.Parse(context.Background(), diplomacy.Article{Text: archive})
	if err != nil {
		t.Fatal(err)
	}
	reports = append(reports, r, &model.Report{}, &model.Report{ID: "<&>", Meetings: []model.Meeting{}, Other: []model.Other{}})
	for i, r := range reports {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(&got)
		if err := newReportWriter(w).write(r); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		if got.String() != want.String() {
			t.Errorf("report %d: written\n%.2000s\nwant\n%.2000s", i, got.String(), want.String())
		}
	}
}
