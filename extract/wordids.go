package extract

// The words that the rules compare single tokens with, by number (see
// vocab.go): comparing a token's word with one of them is comparing its
// folded form with the word, without reading the string.
var (
	wPeriod     = intern(".")
	wSemicolon  = intern(";")
	wAnd        = intern("and")
	wBut        = intern("but")
	wWhile      = intern("while")
	wThe        = intern("the")
	wThis       = intern("this")
	wOf         = intern("of")
	wFrom       = intern("from")
	wPossessive = intern("'s")
	wComma      = intern(",")
	wColon      = intern(":")
	wUS         = intern("u.s.")
	wQuote      = intern(`"`)
	wTo         = intern("to")
	wBy         = intern("by")
	wFor        = intern("for")
	// what opens a relative clause after a comma: ", who traveled to Cuba,"
	wWho   = intern("who")
	wWhich = intern("which")
	// what opens the clause of a source: "according to", "citing"
	wAccording = intern("according")
	wCiting    = intern("citing")
	wQuoting   = intern("quoting")
	wReported  = intern("reported")
	// the word that makes a place name a clock's zone
	wTime = intern("time")
)
