package demo

import (
	"fmt"
	"strings"
)

// Size is how much data Load writes.
type Size int

const (
	// Demo is one city (榆林市): about 50 departments and 300 projects over the
	// fiscal years 2024–2026, small enough to browse and fast to load.
	Demo Size = iota
	// City is one city at full scale: about 600 departments, 30,000 projects,
	// 200,000 indicators and 400,000 disbursements.
	City
	// Province is ten cities at full scale: ten times City.
	Province
)

var sizeNames = []string{"demo", "city", "province"}

// String is the size's name: demo, city or province.
func (s Size) String() string {
	if s < 0 || int(s) >= len(sizeNames) {
		return fmt.Sprintf("Size(%d)", int(s))
	}
	return sizeNames[s]
}

// ParseSize reads "demo", "city" or "province" (case-insensitive).
func ParseSize(s string) (Size, error) {
	for i, n := range sizeNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Size(i), nil
		}
	}
	return 0, fmt.Errorf("未知的数据规模 %q（应为 demo、city 或 province）/ unknown size %q (want demo, city or province)", s, s)
}

// Set makes Size a flag.Value.
func (s *Size) Set(v string) error {
	p, err := ParseSize(v)
	if err != nil {
		return err
	}
	*s = p
	return nil
}

// UnmarshalText reads a size from configuration text.
func (s *Size) UnmarshalText(b []byte) error { return s.Set(string(b)) }

// MarshalText writes the size's name.
func (s Size) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// plan is what a size means in numbers.
type plan struct {
	cities   int  // how many cities (榆林市 first)
	full     bool // every department and subordinate unit, not the demo selection
	projects int  // projects in all, over the three fiscal years
}

func (s Size) plan() plan {
	switch s {
	case City:
		return plan{cities: 1, full: true, projects: 30_000}
	case Province:
		return plan{cities: 10, full: true, projects: 300_000}
	default:
		return plan{cities: 1, full: false, projects: 300}
	}
}
