package dates

import "sync/atomic"

// values holds the value strings made lately, one a slot, found by a
// hash of their bytes. The dates of a text, and of the texts of one
// time, share few values ("2019-10-22", "P3D"): a value made again is
// taken from here rather than allocated. Strings are immutable, so one
// handed out stays valid whatever the slot holds later; a slot is read
// and written atomically, as Finders run on many goroutines at once.
var values [256]atomic.Pointer[string]

// value returns b as a string, the one of values when it holds it.
func value(b []byte) string {
	// FNV-1a: values are short, and differ often in their last bytes.
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	slot := &values[h%uint32(len(values))]
	if v := slot.Load(); v != nil && *v == string(b) {
		return *v
	}
	v := string(b)
	slot.Store(&v)
	return v
}
