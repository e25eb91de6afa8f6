package httpapi

import (
	"fmt"
	"strings"
	"time"
)

// ParsePenalty reads JIXIAO_PENALTY: empty takes DefaultPenalty; "off" turns
// the tarpit off; "FIRST,MAX,QUIET" (Go durations, e.g. "250ms,5s,1m") sets
// the first wait, the longest wait and the quiet time that forgets a client.
func ParsePenalty(s string) (Penalty, error) {
	s = strings.TrimSpace(s)
	switch s {
	case "":
		return DefaultPenalty, nil
	case "off":
		return Penalty{Off: true}, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return Penalty{}, fmt.Errorf("JIXIAO_PENALTY %q: want off or FIRST,MAX,QUIET, e.g. 250ms,5s,1m", s)
	}
	var d [3]time.Duration
	for i, part := range parts {
		v, err := time.ParseDuration(strings.TrimSpace(part))
		if err != nil || v <= 0 {
			return Penalty{}, fmt.Errorf("JIXIAO_PENALTY %q: %q is not a positive duration", s, part)
		}
		d[i] = v
	}
	if d[1] < d[0] {
		return Penalty{}, fmt.Errorf("JIXIAO_PENALTY %q: the longest wait is shorter than the first", s)
	}
	p := DefaultPenalty
	p.First, p.Max, p.Quiet = d[0], d[1], d[2]
	return p, nil
}

// withDefaults fills a zero Penalty with DefaultPenalty.
func (p Penalty) withDefaults() Penalty {
	if p == (Penalty{}) {
		return DefaultPenalty
	}
	return p
}
