package httpapi

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

// The SPA's copies of the page limits (frontend/src/api/limits.ts) agree
// with the server's: its pages are never refused, and the comparison asks
// for the whole ranking in one page the server accepts.
func TestSPAPageSizesAreTheServers(t *testing.T) {
	src, err := os.ReadFile("../../../frontend/src/api/limits.ts")
	if err != nil {
		t.Fatal(err)
	}
	constant := func(name string) int {
		m := regexp.MustCompile(`export const ` + name + ` = ([0-9]+);`).FindSubmatch(src)
		if m == nil {
			t.Fatalf("limits.ts has no %s", name)
		}
		n, _ := strconv.Atoi(string(m[1]))
		return n
	}
	if got := constant("SERVER_MAX_PAGE_SIZE"); got != DefaultLimits.MaxPageSize {
		t.Errorf("SERVER_MAX_PAGE_SIZE %d, the server's MaxPageSize %d", got, DefaultLimits.MaxPageSize)
	}
	if got, limit := constant("DEPARTMENT_STATS_PAGE_SIZE"), largePages["departmentStats"]; got <= DefaultLimits.MaxPageSize || got > limit {
		t.Errorf("DEPARTMENT_STATS_PAGE_SIZE %d: want a whole ranking's page, above %d and at most departmentStats' %d", got, DefaultLimits.MaxPageSize, limit)
	}
}
