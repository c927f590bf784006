// Command quickstart prints a readable summary of one article: the
// smallest useful program built on diplomacy.
//
//	go run ./examples/quickstart testdata/articles/004_4ab497166198e562.txt 2020-03-05
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/dipnews/diplomacy"
	"github.com/dipnews/diplomacy/model"
)

func main() {
	if len(os.Args) != 3 {
		log.Fatal("usage: quickstart FILE YYYY-MM-DD")
	}
	text, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	published, err := time.Parse(time.DateOnly, os.Args[2])
	if err != nil {
		log.Fatal(err)
	}
	r, err := diplomacy.Parse(context.Background(), diplomacy.Article{Text: string(text), Published: published})
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range r.Meetings {
		fmt.Printf("meeting   %s %s (%s) %s%s\n", m.Status, m.Kind, m.Mode, names(m.Participants), when(m.Date))
	}
	for _, c := range r.Ceasefires {
		fmt.Printf("ceasefire %s in %s%s\n", c.Status, place(c.Area), when(c.Start))
	}
	for _, z := range r.Zones {
		where := "in " + place(z.Area)
		if z.Area == nil && z.Along != "" {
			where = "along " + z.Along
		}
		fmt.Printf("zone      %s %s\n", z.Kind, where)
	}
	for _, p := range r.Patrols {
		fmt.Printf("patrol    %s %s on %s%s\n", p.Kind, names(p.Parties), p.Route, when(p.Start))
	}
}

func names(as []model.Actor) string {
	var s []string
	for _, a := range as {
		s = append(s, a.Name)
	}
	return strings.Join(s, ", ")
}

func place(p *model.Place) string {
	if p == nil {
		return "?"
	}
	return p.Name
}

func when(d *model.Date) string {
	if d == nil || d.Value == "" {
		return ""
	}
	return " on " + d.Value
}
