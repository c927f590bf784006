// Command customextractor shows how to add a record type of one's own: a
// Casualty extractor, written against the public extract.Extractor
// interface, whose records appear in the report's "other" list.
//
//	go run ./examples/customextractor testdata/articles/002_067722926f791ef9.txt 2020-03-05
package main

import (
	"context"
	"encoding/json"
	"log"
	"os"
	"time"

	"github.com/dipnews/diplomacy"
)

func main() {
	if len(os.Args) != 3 {
		log.Fatal("usage: customextractor FILE YYYY-MM-DD")
	}
	text, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	published, err := time.Parse(time.DateOnly, os.Args[2])
	if err != nil {
		log.Fatal(err)
	}
	p, err := diplomacy.New(diplomacy.WithExtractor(CasualtyExtractor{}))
	if err != nil {
		log.Fatal(err)
	}
	r, err := p.Parse(context.Background(), diplomacy.Article{Text: string(text), Published: published})
	if err != nil {
		log.Fatal(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r.Other); err != nil {
		log.Fatal(err)
	}
}
