package dates

import (
	"encoding/binary"
	"unsafe"
)

// asciiLower returns text with its ASCII letters in lower case, every
// other byte (those of UTF-8 sequences included) as it is: text itself
// when it has no capital.
func asciiLower(text string) string {
	_, low := lowerInto(nil, text)
	return low
}

// lowerInto is asciiLower writing into buf, grown if need be; it returns
// buf and the lowered text, which shares buf's bytes. Find reuses its
// buffer from call to call, which spares it an allocation the size of
// the text, so the string is good only until buf is written again: no
// part of it may outlive the call.
func lowerInto(buf []byte, text string) ([]byte, string) {
	i := 0
	for i < len(text) && text[i]-'A' >= 26 {
		i++
	}
	if i == len(text) {
		return buf, text
	}
	if cap(buf) < len(text) {
		buf = make([]byte, len(text))
	}
	b := buf[:len(text)]
	copy(b, text[:i])
	// Eight bytes at a time and four such words a turn, the loop is free
	// of calls and branches; the slices are cut at offsets of one chunk.
	n := len(text)
	for ; i+32 <= n; i += 32 {
		src, dst := text[i:i+32], b[i:i+32]
		binary.LittleEndian.PutUint64(dst[0:8], lower8(load8(src[0:8])))
		binary.LittleEndian.PutUint64(dst[8:16], lower8(load8(src[8:16])))
		binary.LittleEndian.PutUint64(dst[16:24], lower8(load8(src[16:24])))
		binary.LittleEndian.PutUint64(dst[24:32], lower8(load8(src[24:32])))
	}
	for ; i < n; i++ {
		c := text[i]
		if c-'A' < 26 {
			c |= 0x20
		}
		b[i] = c
	}
	return buf, unsafe.String(&b[0], len(b))
}

// ones has a one in each of its eight bytes.
const ones = 0x0101010101010101

// load8 reads the first eight bytes of s as a little-endian word.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// inRange returns the high bit of each byte of x that lies in [lo, hi],
// bytes of 0x80 and over being in no range.
func inRange(x uint64, lo, hi byte) uint64 {
	h := x & (0x7f * ones)           // each byte without its high bit: no carry below
	ge := h + uint64(0x80-lo)*ones   // high bit set where the byte is lo or more
	gt := h + uint64(0x80-hi-1)*ones // high bit set where it is past hi
	return ge &^ gt &^ x & (0x80 * ones)
}

// outRange returns the high bit of each byte of x that lies outside
// [lo, hi], bytes of 0x80 and over being outside any range: the
// complement of inRange's, in fewer operations than complementing it.
func outRange(x uint64, lo, hi byte) uint64 {
	h := x & (0x7f * ones)
	ge := h + uint64(0x80-lo)*ones
	gt := h + uint64(0x80-hi-1)*ones
	return (^ge | gt | x) & (0x80 * ones)
}

// lower8 lowers the ASCII capitals among the eight bytes of x.
func lower8(x uint64) uint64 { return x | inRange(x, 'A', 'Z')>>2 } // 0x80>>2 is the case bit
