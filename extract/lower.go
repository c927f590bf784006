package extract

import "unsafe"

// lowerWord writes text[s:e], an ASCII token, in lower case to
// folded[s:e], and returns the number of the word it makes.
func lowerWord(folded []byte, text string, s, e int) wordID {
	for i := s; i < e; i++ {
		folded[i] = lowerASCII[text[i]]
	}
	// The string lives only as long as the call, in which folded is not
	// written.
	return wordOf(unsafe.String(&folded[s], e-s))
}

// load8 reads the first eight bytes of s as a little-endian word.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ones has a one in each of its eight bytes, and highBits the high bit of
// each.
const (
	ones     = 0x0101010101010101
	highBits = 0x80 * ones
)

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
