package graph

import (
	"slices"
	"strings"
	"testing"

	"jixiao/internal/analytics"
)

// TestRegionStatsFiguresCoverTheAPI: regionStats adds up only the sums of
// analytics.RegionStatsFigures, so every field of the RegionStats type must be
// computed from them; a field added to the type fails here until its sums are.
func TestRegionStatsFiguresCoverTheAPI(t *testing.T) {
	sumsOf := map[string][]string{
		"region": nil, "departmentCount": nil, "timeProgress": nil,
		"projectCount": {"projects"}, "budget": {"adjusted"}, "paid": {"paid"},
		"executionRate": {"paid", "adjusted"}, "executionWarning": {"paid", "adjusted"},
		"scoredEvaluationCount": {"scored"}, "averageScore": {"scored", "score_sum"}, "redWarnings": {"red"},
	}
	typ := NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema().Types["RegionStats"]
	if typ == nil || len(typ.Fields) == 0 {
		t.Fatal("no RegionStats type in the schema")
	}
	for _, f := range typ.Fields {
		sums, known := sumsOf[f.Name]
		if !known {
			t.Errorf("RegionStats.%s: which sums does it read? Add them to analytics.RegionStatsFigures and here", f.Name)
		}
		for _, s := range sums {
			if !slices.Contains(analytics.RegionStatsFigures, s) {
				t.Errorf("RegionStats.%s reads %s, which regionStats does not add up (analytics.RegionStatsFigures)", f.Name, s)
			}
		}
	}
}

// Every figure of FiguresChange but rank is computed from the previous
// year's figures, which departmentStats reads only when the page shows one
// (showsPreviousYear): a field added to the type must be listed there.
func TestChangeFiguresCoverTheAPI(t *testing.T) {
	typ := NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema().Types["FiguresChange"]
	if typ == nil || len(typ.Fields) == 0 {
		t.Fatal("no FiguresChange type in the schema")
	}
	for _, f := range typ.Fields {
		if f.Name != "rank" && !strings.HasPrefix(f.Name, "__") && !slices.Contains(changeFigures, f.Name) {
			t.Errorf("FiguresChange.%s is computed from the previous year: add it to changeFigures", f.Name)
		}
	}
}
