package extract

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Putin met Erdogan.", []string{"putin", "met", "erdogan", "."}},
		{"Russia's de-escalation zone", []string{"russia", "'s", "de-escalation", "zone"}},
		{"the U.S. envoy", []string{"the", "u.s.", "envoy"}},
		{"the M-4 highway", []string{"the", "m-4", "highway"}},
		{"2,400 troops and 2.5 km", []string{"2,400", "troops", "and", "2.5", "km"}},
		{"Erdoğan’s “talks”", []string{"erdogan", "'s", "\"", "talks", "\""}},
		{"ends here.", []string{"ends", "here", "."}},
		{"at 7 p.m. GMT", []string{"at", "7", "p.m.", "gmt"}},
		{"a\xffb", []string{"a", "\ufffd", "b"}},
		// A stray byte whose low bits are a space's or a tab's is
		// invalid UTF-8 wherever it stands, near the end or not.
		{"a \xa0 bcdefghijk", []string{"a", "\ufffd", "bcdefghijk"}},
		{"abcdefghijk \xa0 b", []string{"abcdefghijk", "\ufffd", "b"}},
		{"one \x89 two \x8a three \x8d four", []string{"one", "\ufffd", "two", "\ufffd", "three", "\ufffd", "four"}},
		// The marks of the General Punctuation block: a closing quote
		// that is no suffix, a dash between words, a thin space.
		{"the ‘talks’ ended", []string{"the", "'", "talks", "'", "ended"}},
		{"truce—for now", []string{"truce", "-", "for", "now"}},
		{"a\u2009b ’", []string{"a", "b", "'"}},
		{"Lavrov’s aides’ ‘plan’s’ end", []string{"lavrov", "'s", "aides", "'", "'", "plan", "'s", "'", "end"}},
		// A no-break space or a quote ends a word; a no-break hyphen
		// joins two parts.
		{"Erdogan\u00a0spoke of “peace talks”", []string{"erdogan", "spoke", "of", "\"", "peace", "talks", "\""}},
		{"the M\u20114 and Kalashnikov\u2011made", []string{"the", "m-4", "and", "kalashnikov-made"}},
		// Words of eight to fifteen bytes, and of sixteen, which the
		// fast path leaves to the general one.
		{"Kalashnikovs abcdefghijklmnop Abcdefgh 12345678.", []string{"kalashnikovs", "abcdefghijklmnop", "abcdefgh", "12345678", "."}},
	}
	for _, tt := range tests {
		var got []string
		toks := Tokenize(tt.text)
		for k := range toks.List {
			got = append(got, toks.Norm(k))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestPlainBeforeMarks checks that a word the tokenizer reads as plain
// before a mark outside ASCII keeps the hash of its folded form.
func TestPlainBeforeMarks(t *testing.T) {
	for _, text := range []string{"Idlib\u00a0province was hit", "in “Idlib” province", "Idlib’s province", "Moscow\u2014and Ankara"} {
		toks := Tokenize(text)
		for k, tok := range toks.List {
			if tok.Kind != Punct && !tok.plain && !strings.Contains(toks.Norm(k), "'") {
				t.Errorf("%q: token %q is not plain", text, toks.Norm(k))
			}
			if tok.plain && tok.plainHash() != partHash(toks.Norm(k)) {
				t.Errorf("%q: token %q has the hash %x, not %x", text, toks.Norm(k), tok.plainHash(), partHash(toks.Norm(k)))
			}
		}
	}
}

// TestGeneralPunctuationHoldsNoWordCharacter checks what isAlnum takes
// for granted of the General Punctuation block.
func TestGeneralPunctuationHoldsNoWordCharacter(t *testing.T) {
	for r := rune(marksFirst); r < marksEnd; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.IsUpper(r) {
			t.Errorf("%U is a letter, a digit or a mark", r)
		}
		if isAlnum(r) {
			t.Errorf("isAlnum(%U) is true", r)
		}
	}
}

func TestTokenizeSpans(t *testing.T) {
	text := "MOSCOW, Feb. 8 (Xinhua) -- Erdoğan\u00a0spoke \xff with Putin."
	for _, tok := range Tokenize(text).List {
		if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
			t.Fatalf("token %+v outside the text", tok)
		}
		if strings.TrimSpace(text[tok.Start:tok.End]) == "" {
			t.Errorf("token %+v is white space", tok)
		}
	}
}

// TestSentencesManyStops reads more stops and line breaks than the
// tokenizer makes room for at first.
func TestSentencesManyStops(t *testing.T) {
	text := strings.Repeat("Go. Stop now!\n\nU.S. envoy Mr. Lee spoke\n", 40)
	ss := Sentences(text, Tokenize(text))
	if len(ss) != 120 {
		t.Fatalf("%d sentences, want 120", len(ss))
	}
	for i, s := range ss {
		want := []string{"Go.", "Stop now!", "U.S. envoy Mr. Lee spoke"}[i%3]
		if got := text[s.Span.Start:s.Span.End]; got != want || s.Line != i/3*2+i%3/2 || s.Heading != (i%3 == 2) {
			t.Errorf("sentence %d: %q on line %d, heading %v; want %q on line %d", i, got, s.Line, s.Heading, want, i/3*2+i%3/2)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		head []bool
	}{
		{"stops", "Putin met Erdogan. They agreed! Did they?", []string{"Putin met Erdogan.", "They agreed!", "Did they?"}, []bool{false, false, false}},
		{"abbreviations", "On Feb. 28 Mr. Lavrov spoke to the U.S. envoy.", []string{"On Feb. 28 Mr. Lavrov spoke to the U.S. envoy."}, []bool{false}},
		{"closing quote", `"The talks were detailed." He left.`, []string{`"The talks were detailed."`, "He left."}, []bool{false, false}},
		{"quote inside", `"It went well," Lavrov said.`, []string{`"It went well," Lavrov said.`}, []bool{false}},
		{"lines and headings", "Leaders meet in Sochi\nThe leaders met. Then they left.", []string{"Leaders meet in Sochi", "The leaders met.", "Then they left."}, []bool{true, false, false}},
		{"clock abbreviation", "It began at 7 p.m. GMT on Friday.", []string{"It began at 7 p.m. GMT on Friday."}, []bool{false}},
		{"number after stop", "They met in 2018. 34 soldiers died.", []string{"They met in 2018.", "34 soldiers died."}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := Sentences(tt.text, Tokenize(tt.text))
			var got []string
			var head []bool
			for _, s := range ss {
				got = append(got, tt.text[s.Span.Start:s.Span.End])
				head = append(head, s.Heading)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.head, head); diff != "" {
				t.Errorf("headings (-want +got):\n%s", diff)
			}
		})
	}
}
