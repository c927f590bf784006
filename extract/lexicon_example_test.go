package extract_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dipnews/diplomacy/extract"
)

func ExampleFold() {
	fmt.Println(extract.Fold("Erdoğan"), extract.Fold("Türkiye"), extract.Fold("Russia’s"))
	// Output: erdogan turkiye russia's
}

func ExampleLexicon_Match() {
	text := "Turkish Foreign Minister Hakan Fidan spoke to Lavrov about Idlib."
	for _, m := range extract.DefaultLexicon().Match(text, extract.Tokenize(text)) {
		fmt.Printf("%-18q %s (%s)\n", text[m.Span.Start:m.Span.End], m.Entry.Name, m.Entry.Country)
	}
	// Output:
	// "Turkish"          Turkey (TR)
	// "Foreign Minister" Foreign Minister ()
	// "Hakan Fidan"      Hakan Fidan (TR)
	// "Lavrov"           Sergey Lavrov (RU)
	// "Idlib"            Idlib (SY)
}

func ExampleLexicon_Holder() {
	lex := extract.DefaultLexicon()
	for _, day := range []string{"2018-02-08", "2024-11-30"} {
		d, _ := time.Parse(time.DateOnly, day)
		fm, _ := lex.Holder("TR", "foreign minister", d)
		fmt.Println(day, fm.Name)
	}
	// Output:
	// 2018-02-08 Mevlut Cavusoglu
	// 2024-11-30 Hakan Fidan
}

func ExampleLexicon_With() {
	newsroom := "person\tJane Roe\tRoe\tTR\tSpokesman\t2030-01-01\t\n"
	lex, err := extract.DefaultLexicon().With("newsroom.tsv", strings.NewReader(newsroom))
	if err != nil {
		fmt.Println(err)
		return
	}
	e, _ := lex.Lookup("Roe")
	fmt.Println(e.Name, e.Country, e.Terms[0].Office)

	_, err = extract.DefaultLexicon().With("bad.tsv", strings.NewReader("person\tJane Roe\tRoe\tTR\n"))
	fmt.Println(err)
	// Output:
	// Jane Roe TR Spokesman
	// bad.tsv:1: person needs 6 fields, got 3
}
