package live

import (
	"errors"
	"testing"

	"jixiao/internal/domain/fail"
)

// TestSlotsLimits: the viewer's limit and the server's are each refused
// with TOO_MANY_SUBSCRIPTIONS, and a released slot can be taken again.
func TestSlotsLimits(t *testing.T) {
	s := NewSlots(Limits{PerViewer: 2, Total: 3})
	refused := func(viewer int) {
		t.Helper()
		var typed *fail.Error
		if _, err := s.Acquire(viewer); !errors.As(err, &typed) || typed.Code != CodeTooManySubscriptions || typed.ZH == "" || typed.EN == "" {
			t.Fatalf("viewer %d: want TOO_MANY_SUBSCRIPTIONS, got %v", viewer, err)
		}
	}
	take := func(viewer int) func() {
		t.Helper()
		release, err := s.Acquire(viewer)
		if err != nil {
			t.Fatalf("viewer %d: %v", viewer, err)
		}
		return release
	}
	a1 := take(1)
	take(1)
	refused(1) // the viewer's 2
	b1 := take(2)
	refused(2) // the server's 3, although viewer 2 holds one
	refused(3)

	a1()
	a1() // a second release frees nothing more
	if mine, total := s.Open(1); mine != 1 || total != 2 {
		t.Fatalf("after one release: viewer 1 holds %d, server %d", mine, total)
	}
	take(1)
	refused(1)
	b1()
	take(3)
	if _, total := s.Open(0); total != 3 {
		t.Fatalf("server holds %d", total)
	}
}

// TestSlotsDefaults: zero limits are 8 per viewer and 500 in all.
func TestSlotsDefaults(t *testing.T) {
	s := NewSlots(Limits{})
	for i := range DefaultPerViewer {
		if _, err := s.Acquire(7); err != nil {
			t.Fatalf("subscription %d: %v", i+1, err)
		}
	}
	if _, err := s.Acquire(7); err == nil {
		t.Fatalf("subscription %d accepted", DefaultPerViewer+1)
	}
	for v := 100; v < 100+DefaultTotal-DefaultPerViewer; v++ {
		if _, err := s.Acquire(v); err != nil {
			t.Fatalf("viewer %d: %v", v, err)
		}
	}
	if _, err := s.Acquire(1); err == nil {
		t.Fatalf("subscription %d of the server accepted", DefaultTotal+1)
	}
}
