package extract

import (
	"encoding/binary"
	"strings"
)

// asciiLower returns text with its ASCII letters in lower case: text
// itself when it has no letter in upper case.
func asciiLower(text string) string {
	i := 0
	for i < len(text) && text[i]-'A' >= 26 {
		i++
	}
	if i == len(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:i])
	// Lowering a chunk at a time into a buffer on the stack, eight bytes
	// at a time, keeps the loop free of calls and branches.
	var buf [512]byte
	for i < len(text) {
		src := text[i:min(i+len(buf), len(text))]
		j := 0
		// Both bounds in the condition spare the loop its bounds checks.
		for ; j+16 <= len(src) && j+16 <= len(buf); j += 16 {
			binary.LittleEndian.PutUint64(buf[j:j+8], lower8(load8(src[j:j+8])))
			binary.LittleEndian.PutUint64(buf[j+8:j+16], lower8(load8(src[j+8:j+16])))
		}
		for ; j < len(src) && j < len(buf); j++ {
			buf[j] = lowerASCII[src[j]]
		}
		b.Write(buf[:len(src)])
		i += len(src)
	}
	return b.String()
}

// load8 reads the first eight bytes of s as a little-endian word.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lower8 lowers the ASCII capitals among the eight bytes of x, leaving
// every other byte, those of UTF-8 sequences included, as it is.
func lower8(x uint64) uint64 { return x | inRange(x, 'A', 'Z')>>2 } // 0x80>>2 is the case bit

// ones has a one in each of its eight bytes, and highBits the high bit of
// each.
const (
	ones     = 0x0101010101010101
	highBits = 0x80 * ones
)

// inRange returns the high bit of each byte of x that lies in [lo, hi],
// bytes of 0x80 and over being in no range.
func inRange(x uint64, lo, hi byte) uint64 {
	h := x & (0x7f * ones)           // each byte without its high bit: no carry below
	ge := h + uint64(0x80-lo)*ones   // high bit set where the byte is lo or more
	gt := h + uint64(0x80-hi-1)*ones // high bit set where it is past hi
	return ge &^ gt &^ x & highBits
}

// lowerASCII maps every byte to itself, but ASCII capitals to lower case.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()
