package main

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGoldenSeeds pins what the command prints for each seed article, run
// as the manifest says: one JSON line per article.
func TestGoldenSeeds(t *testing.T) {
	f, err := os.Open(filepath.Join(seedDir, "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got strings.Builder
	for sc := bufio.NewScanner(f); sc.Scan(); {
		name, date, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		status, out, errOut := runCmd(t, "", "-published", date, filepath.Join(seedDir, name))
		if status != 0 || errOut != "" {
			t.Fatalf("%s: status %d, %s", name, status, errOut)
		}
		got.WriteString(out)
	}
	golden := filepath.Join("testdata", "golden", "seeds.jsonl")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", golden, diff)
	}
}
