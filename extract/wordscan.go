package extract

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// scanPlain appends to toks the tokens of text from i on, as long as
// they are ASCII words shorter than sixteen bytes made of letters and
// digits only, or ASCII marks, and there is room for them in toks; it
// writes the words lowered to folded, a copy of text, and notes in buf
// the stops and line breaks it reads (see Tokens), while there is room
// for them too. It returns where it stopped: at the end of text, or at a
// token or a mark for tokenizeInto to read. Most tokens of news are such:
// the loop reads, lowers, hashes and looks each up without a call (not
// even to append), which would make it save and restore its variables at
// each token. It reads text, not folded: a load of the eight bytes of a
// word would overlap the store of the word before, and wait for it.
func scanPlain(toks []Token, text string, folded []byte, base, i int, buf *buffers) ([]Token, int) {
	for ; i+8 <= len(text) && len(toks) < cap(toks); i++ {
		raw := load8(text[i : i+8])
		c := byte(raw)
		if !wordBytes[c] {
			if c >= utf8.RuneSelf {
				// A byte past ASCII, even one whose low bits are a
				// space's, is for tokenizeInto to decode.
				break
			}
			switch asciiMark[c] {
			case markSpace:
				if c == '\n' || byte(raw>>8) == '\n' {
					if len(buf.breaks) == cap(buf.breaks) {
						return toks, i // for tokenizeInto to make room
					}
					buf.breaks = buf.breaks[:len(buf.breaks)+1]
					buf.breaks[len(buf.breaks)-1] = len(toks)
				}
				if d := byte(raw >> 8); d < utf8.RuneSelf && asciiMark[d] == markSpace {
					i++ // the second of two, as between paragraphs
				}
				continue
			case markPunct:
				if len(buf.stops) == cap(buf.stops) {
					return toks, i // for tokenizeInto to make room
				}
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1]
				t.Start, t.End = base+i, base+i+1
				t.Kind, t.Cap, t.plain = Punct, false, false
				t.word, t.fold = punctWords[c], 0
				if stops.has(t.word) {
					buf.stops = buf.stops[:len(buf.stops)+1]
					buf.stops[len(buf.stops)-1] = len(toks) - 1
				}
				if byte(raw>>8) == ' ' {
					i++ // the space after a comma or a stop
				}
				continue
			}
			break
		}
		// The eight bytes are written lowered whole: lowering the bytes
		// past the word as well does no harm.
		x, letters, digits := lowerChunk(raw)
		binary.LittleEndian.PutUint64(folded[i:i+8], x)
		// stop marks the bytes that are neither letters nor digits; the
		// bits below its lowest one, but for that byte's own, cover the
		// word's bytes.
		stop := ^(letters | digits) & highBits
		var first, second, h uint64
		var n int
		var next byte
		if stop != 0 {
			mask := (stop ^ (stop - 1)) >> 8
			n = bits.TrailingZeros64(stop) >> 3
			first, letters = x&mask, letters&mask
			h = mixChunk(0, first)
			next = byte(raw >> (8 * n & 63))
		} else {
			// A word of eight to fifteen bytes, read in two pieces.
			if i+16 > len(text) {
				break
			}
			raw := load8(text[i+8 : i+16])
			y, l, d := lowerChunk(raw)
			stop := ^(l | d) & highBits
			if stop == 0 {
				break
			}
			binary.LittleEndian.PutUint64(folded[i+8:i+16], y)
			mask := (stop ^ (stop - 1)) >> 8
			m := bits.TrailingZeros64(stop) >> 3
			first, second, letters = x, y&mask, letters|l&mask
			h = mixChunk(0, first)
			if m > 0 {
				h = mixChunk(h, second)
			}
			n, next = 8+m, byte(raw>>(8*m&63))
		}
		kind := Number
		if letters != 0 {
			kind = Word
		}
		if next != ' ' && !endsPlain(next, kind, n) && !(next >= utf8.RuneSelf && endsWord(text[i+n:])) {
			break
		}
		// Each field is stored in place: a composite literal would be
		// built aside and copied. The word is looked up last, when the
		// other variables of the token are no longer needed.
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.Start, t.End = base+i, base+i+n
		t.Kind, t.Cap, t.plain = kind, c-'A' < 26, true
		t.fold = ^int(uint32(h))
		i += n
		if next != ' ' {
			i-- // the loop skips the space after most words
		}
		t.word = lookupShort(first, second, uint32(h))
	}
	return toks, i
}

// scanASCII reads the word or number of ASCII letters and digits that
// starts at i, eight bytes at a time. It returns the word's end, its kind
// and the hash of its folded form (partHash). ok is false when the word
// goes on past a character that scanWord must judge (a hyphen, a dot
// after one letter, a separator in a number, a letter outside ASCII).
func scanASCII(text string, i int) (end int, kind TokenKind, h uint32, ok bool) {
	var h64, letters uint64
	for end = i; ; {
		x, l, d := lowerChunk(loadChunk(text[end:]))
		n := 8
		if stop := ^(l | d) & highBits; stop != 0 {
			n = bits.TrailingZeros64(stop) / 8
			mask := uint64(1)<<(8*n) - 1
			x &= mask
			l &= mask
		}
		if n > 0 {
			h64 = mixChunk(h64, x)
			letters |= l
			end += n
		}
		if n < 8 {
			break
		}
	}
	kind = Number
	if letters != 0 {
		kind = Word
	}
	if end < len(text) && !endsPlain(text[end], kind, end-i) && !(text[end] >= utf8.RuneSelf && endsWord(text[end:])) {
		return 0, 0, 0, false
	}
	return end, kind, uint32(h64), true
}

// endsPlain reports whether c, the byte after a word of n ASCII letters
// and digits, ends the word: a hyphen, a byte past ASCII (but see
// endsWord), the dot of an abbreviation or the separator of a number
// goes on with it.
func endsPlain(c byte, kind TokenKind, n int) bool {
	switch {
	case c >= utf8.RuneSelf, c == '-':
		return false
	case c == '.':
		return kind == Word && n > 1
	case c == ',':
		return kind == Word
	}
	return true
}

// endsWord reports whether s starts with a character outside ASCII that
// ends the word before it: the no-break space, or a mark of the General
// Punctuation block other than the no-break hyphen, whose UTF-8 forms
// are read here without decoding them. The quotes and spaces of news
// follow words often.
func endsWord(s string) bool {
	if len(s) >= 2 && s[0] == 0xc2 && s[1] == 0xa0 {
		return true // U+00A0
	}
	if len(s) < 3 || s[0] != 0xe2 || s[1]&^1 != 0x80 || s[2]&0xc0 != 0x80 {
		return false
	}
	r := 0x2000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)
	return r < marksEnd && r != '\u2011'
}

// lowerChunk returns the eight bytes of text in x with their ASCII
// letters in lower case, and marks by their high bit the bytes that are
// ASCII letters and those that are digits. The bytes of UTF-8 sequences
// are left as they are, and are neither.
func lowerChunk(x uint64) (lower, letters, digits uint64) {
	h := x & (0x7f * ones) // each byte without its high bit: no carry below
	l := h | 0x20*ones     // capitals and lower-case letters alike
	letters = (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones) &^ x & highBits
	digits = (h + (0x80-'0')*ones) &^ (h + (0x80-'9'-1)*ones) &^ x & highBits
	return x | letters>>2, letters, digits // 0x80>>2 is the case bit
}

// wordBytes marks the bytes that start a word: the ASCII letters and
// digits.
var wordBytes = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = asciiClass[c] != classOther
	}
	return t
}()
