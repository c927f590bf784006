package extract

import "math/bits"

// partHash returns the hash of a word part by which the vocabulary, the
// lexicon's filter and its index of first parts know the part. It reads
// the part eight bytes at a time, the last ones padded with zeros, as the
// tokenizer reads a word: the tokenizer hashes a word of up to eight
// bytes with one multiplication.
func partHash(part string) uint32 {
	var h uint64
	for ; len(part) > 0; part = part[min(8, len(part)):] {
		h = mixChunk(h, loadChunk(part))
	}
	return uint32(h)
}

// mixChunk adds the chunk c of eight bytes to the hash h: the high and
// low halves of a 128-bit product, folded together, depend on every bit
// of their factors.
func mixChunk(h, c uint64) uint64 {
	hi, lo := bits.Mul64(h^c, 0x9e3779b97f4a7c15)
	return hi ^ lo
}

// loadChunk reads the first eight bytes of s as a little-endian word,
// padded with zeros when s is shorter.
func loadChunk(s string) uint64 {
	if len(s) >= 8 {
		return load8(s)
	}
	return loadShort(s)
}

// loadShort is loadChunk for s shorter than eight bytes.
func loadShort(s string) uint64 {
	var x uint64
	for i := len(s) - 1; i >= 0; i-- {
		x = x<<8 | uint64(s[i])
	}
	return x
}
