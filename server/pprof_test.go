package main

import "testing"

// TestPprofListensOnLoopbackOnly: profiles reveal queries and memory, so the
// profiler refuses any address but the loopback interface.
func TestPprofListensOnLoopbackOnly(t *testing.T) {
	for _, c := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:0", true},
		{"localhost:0", true},
		{":6060", false},
		{"0.0.0.0:6060", false},
		{"10.1.2.3:6060", false},
		{"no-port", false},
	} {
		err := servePprof(c.addr)
		if (err == nil) != c.ok {
			t.Errorf("servePprof(%q) = %v, want ok=%v", c.addr, err, c.ok)
		}
	}
}
