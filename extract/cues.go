package extract

// Cue lists shared by the extractors. Each is matched on folded tokens;
// the last word of a phrase also matches its plural.

// teaserOpeners start lines that point at other stories.
var teaserOpeners = newPhrases([]string{
	"read more", "read also", "also read", "related", "see also", "recommended", "watch", "more on this",
	"more:", "click here", "subscribe",
}, nil)

// isTeaser reports whether sentence s points at another story: a line
// opening with "Read more:" or "RELATED", or a headline after the end of
// the article. A headline above the article, or a subheading within it,
// is read like any sentence.
func (a *Analysis) isTeaser(s Sentence) bool {
	if s.Tail {
		return true
	}
	if e, _ := teaserOpeners.match(a, s.First, s.End); e > 0 && e < s.End && (a.norm(e) == ":" || a.Tokens[e].Kind == Word && a.Tokens[e].Cap) {
		return true
	}
	return false
}

// anaphors refer back to actors named before.
var anaphors = newPhrases([]string{
	"they", "the leaders", "the two leaders", "both leaders", "the two presidents", "the presidents",
	"the state heads", "the heads of state", "the two heads of state", "the parties", "both parties",
	"the two parties", "both sides", "the two sides", "the sides", "the ministers", "the two ministers",
	"the foreign ministers", "the two foreign ministers", "the two countries", "both countries",
	"the two men", "the pair", "the two", "their",
}, nil)

// pronounsSingular refer back to the subject of the sentence or the last
// person named.
var pronounsSingular = newWordSet("he", "his", "she", "her", "him")
