package extract

// reportingVerbs introduce the source of a statement; reportingCues gives
// them a cue bit.
var (
	reportingList = []string{
		"said", "says", "say", "told", "tells", "reported", "reports",
		"added", "adds", "noted", "stressed", "quoted", "cited", "citing",
		"saying", "according", "stated", "wrote", "tweeted", "explained",
		"confirmed", "announced", "reporting", "quoting", "insisted",
	}
	reportingVerbs = newWordSet(reportingList...)
	reportingCues  = newPhrases(reportingList, nil)
)

// ranges is a set of token ranges.
type ranges [][2]int

// except returns r without the ranges that contain k: r itself, with
// no copy made, when none does, as is most often the case.
func (r ranges) except(k int) ranges {
	if !r.contains(k) {
		return r
	}
	out := r[:0:0]
	for _, x := range r {
		if !(x[0] <= k && k < x[1]) {
			out = append(out, x)
		}
	}
	return out
}

func (r ranges) contains(k int) bool {
	for _, x := range r {
		if x[0] <= k && k < x[1] {
			return true
		}
	}
	return false
}

// attribution returns the token ranges of [first, end) that only name the
// source of what the sentence reports: a trailing ", Lavrov said", one set
// off by commas (", says Borrell,"), an "according to the Kremlin" or "as reported by RIA Novosti", a "citing
// Russian presidential spokesman Dmitry Peskov". Actors named there are
// sources, not parties. The ranges are appended to buf[:0]: a sentence
// has few, and a caller that keeps them only while it reads the sentence
// lends room on its stack.
func (a *Analysis) attribution(buf ranges, first, end int) ranges {
	out := buf[:0]
	toks := a.Tokens
	// Each search below looks for a comma, a quote or a source word: one
	// that the range does not hold is not made.
	cues := a.cuesIn(first, end)
	if cues&(commaCues.bit|quoteCues.bit|sourceCues.bit) == 0 {
		return out
	}
	if cues&reportingCues.bit == 0 {
		// The three searches before the last look for a clause with a
		// reporting verb, which the range does not hold.
		return a.sourceClauses(out, cues, first, end)
	}
	// A trailing clause after the last comma or closing quote that holds
	// a reporting verb.
	for k := end - 1; k > first && k > end-24; k-- {
		w := a.word(k)
		if w == wComma || w == wQuote && k+1 < end && toks[k+1].Kind == Word {
			if a.isSourceClause(k+1, end) {
				out = append(out, [2]int{k + 1, end})
			}
			break
		}
	}
	// After a quotation: `," Hun Manet said, expressing thanks to Trump`,
	// unless the trailing clause above is that one. Each search below
	// reads only the tokens that may hold its words (see nextCue), none
	// when the range holds none.
	for k := a.nextCue(quoteCues.bit&cues, first, end-1); k < end-1; k = a.nextCue(quoteCues.bit, k+1, end-1) {
		if a.word(k) == wQuote && toks[k+1].Kind == Word && k > first && (len(out) == 0 || out[0] != [2]int{k + 1, end}) && a.isSourceClause(k+1, end) {
			out = append(out, [2]int{k + 1, end})
			break
		}
	}
	// Set off by commas inside the sentence: "..., says Borrell, ...",
	// "..., the minister said, ...".
	for k := a.nextCue(commaCues.bit&cues, first, end-2); k < end-2; k = a.nextCue(commaCues.bit, k+1, end-2) {
		if a.word(k) != wComma {
			continue
		}
		e := a.clauseEnd(k+1, end)
		if e < end && a.word(e) == wComma && e-k-1 <= maxAside && (reportingVerbs.has(a.word(k+1)) || reportingVerbs.has(a.word(e-1))) {
			out = append(out, [2]int{k + 1, e})
		}
		k = e - 1 // no comma before the clause's end
	}
	return a.sourceClauses(out, cues, first, end)
}

// sourceClauses appends to out the clauses of [first, end) opened by a
// word that names a source ("according to", "citing"); cues are the cues
// of the range (cuesIn).
func (a *Analysis) sourceClauses(out ranges, cues uint64, first, end int) ranges {
	for k := a.nextCue(sourceCues.bit&cues, first, end); k < end; k = a.nextCue(sourceCues.bit, k+1, end) {
		var stop int
		switch w := a.word(k); {
		case w == wAccording && k+1 < end && a.word(k+1) == wTo,
			w == wCiting, w == wQuoting,
			w == wReported && k+1 < end && a.word(k+1) == wBy:
			stop = a.clauseEnd(k+1, end)
		default:
			continue
		}
		out = append(out, [2]int{k, stop})
		k = stop
	}
	return out
}

// maxAside bounds the words of a source set off by commas inside a
// sentence.
const maxAside = 7

// commaCues, quoteCues and sourceCues give the words attribution looks
// for their cue bits (a single word also takes a final "s": the bits
// only ever rule a range out).
var (
	commaCues  = newPhrases([]string{","}, nil)
	quoteCues  = newPhrases([]string{`"`}, nil)
	sourceCues = newPhrases([]string{"according", "citing", "quoting", "reported"}, nil)
)

// afterSource may follow the verb of a clause that only names a source:
// ", the ministry said on Thursday in a statement".
var afterSource = newWordSet(
	".", ",", "on", "in", "at", "after", "during", "citing",
	"according", "late", "earlier", "today", "yesterday", "last",
	"this", "to", "by", "as", "\"", "?", "!", "without",
	"while", "when", "adding", "following", "from", "via",
)

// isSourceClause reports whether tokens [from, end) name the source of
// the sentence: a reporting verb early in the clause, followed by nothing
// but when, where and how it was said ("Lavrov said", "the United States
// and Saudi Arabia said Saturday in a joint statement"), not by what was
// said ("Erdogan said he hoped ...").
func (a *Analysis) isSourceClause(from, end int) bool {
	for k := from; k < end && k < from+9; k++ {
		if !reportingVerbs.has(a.word(k)) {
			continue
		}
		if k+1 >= end || k == from {
			return true // ", Lavrov said." or ", reported the Kremlin aide Yuri Ushakov."
		}
		next := a.Tokens[k+1]
		return afterSource.has(a.word(k+1)) || a.inDate(next.Start) || next.Kind == Word && next.Cap && k+2 < end && a.norm(k+2) == "."
	}
	return false
}

// clauseEnd returns the index of the comma, semicolon or closing quote
// that ends the clause started at k, or end. Only the tokens with the
// cue bit of clauseEndCues are read.
func (a *Analysis) clauseEnd(k, end int) int {
	for k = a.nextCue(clauseEndCues.bit, k, end); k < end; k = a.nextCue(clauseEndCues.bit, k+1, end) {
		if clauseEnds.has(a.word(k)) {
			return k
		}
	}
	return end
}

// clauseEnds end a clause: a comma, a semicolon, a quote, a full stop;
// clauseEndCues gives them a cue bit (which also marks their plurals,
// such as ",s", that clauseEnds rules out).
var (
	clauseEndList = []string{",", ";", `"`, "."}
	clauseEnds    = newWordSet(clauseEndList...)
	clauseEndCues = newPhrases(clauseEndList, nil)
)
