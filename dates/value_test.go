package dates

import (
	"fmt"
	"sync"
	"testing"
	"unsafe"
)

func TestValueShared(t *testing.T) {
	a := value([]byte("2019-10-22"))
	b := value([]byte("2019-10-22"))
	if a != "2019-10-22" || unsafe.StringData(a) != unsafe.StringData(b) {
		t.Errorf("value made %q twice, not once", a)
	}
	// Filling every slot with other values leaves a untouched.
	for n := range 4 * len(values) {
		value(fmt.Appendf(nil, "P%dD", n))
	}
	if a != "2019-10-22" {
		t.Errorf("value handed out changed to %q", a)
	}
}

func TestValueConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 1000 {
				want := fmt.Sprintf("%04d-W%02d", 2000+g, n%53)
				if v := value([]byte(want)); v != want {
					t.Errorf("value(%q) = %q", want, v)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestValueAllocs(t *testing.T) {
	d := day(t, thu)
	for name, f := range map[string]func() res{
		"day":      func() res { return dayRes(d) },
		"week":     func() res { return weekRes(d) },
		"instant":  func() res { return instantRes(d) },
		"duration": func() res { return durationRes(3, false, uDay) },
		"daily":    func() res { return res{value: daily(podCode[2])} },
	} {
		v := f().value
		if n := testing.AllocsPerRun(20, func() { f() }); n != 0 {
			t.Errorf("%s: %q made again allocates %v times, want none", name, v, n)
		}
	}
}
