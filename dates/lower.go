package dates

import "unsafe"

// view returns the bytes of b as a string, which shares them: it is good
// only until b is written again, and no part of it may be kept beyond.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

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
