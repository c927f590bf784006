package extract

import "testing"

func TestWordOf(t *testing.T) {
	for _, w := range []string{"the", "according", "u.s.", "'s", `"`, "time"} {
		if id := wordOf(w); id == 0 || words[id] != w {
			t.Errorf("wordOf(%q) = %d, want the word's number", w, id)
		}
	}
	// Words the vocabulary does not hold, some of them a word of it with
	// zero bytes after, which the padding of the slots would not tell
	// apart by the bytes alone.
	for _, w := range []string{"", "thx", "tha", "the\x00", "the\x00\x00\x00\x00\x00\x00", "according\x00", "zzzzzzzzzzzzzzzzzzzzzzz"} {
		if id := wordOf(w); id != 0 {
			t.Errorf("wordOf(%q) = %d (%q), want 0", w, id, words[id])
		}
	}
}

func TestTokenWords(t *testing.T) {
	// Plain tokens, looked up by scanPlain, get the numbers wordOf gives
	// their folded forms, words of the vocabulary or not.
	text := "According to The officials, the talks ended; Qwertyuiop xylophones reported nothing. "
	toks := Tokenize(text)
	if len(toks.List) < 10 {
		t.Fatalf("Tokenize gave %d tokens", len(toks.List))
	}
	known := 0
	for k, tok := range toks.List {
		w := toks.Norm(k)
		if tok.word != wordOf(w) {
			t.Errorf("token %q has word %d, want %d", w, tok.word, wordOf(w))
		}
		if tok.word != 0 {
			known++
		}
	}
	if known < 5 {
		t.Errorf("only %d tokens are words of the vocabulary", known)
	}
}
