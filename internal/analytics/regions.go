package analytics

import (
	"cmp"
	"context"
	"slices"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/privacy"
	"jixiao/ent/ruleset"
	"jixiao/internal/domain/auth"
)

// Region is a region a client may name: one departments are in (市本级 or a
// county/district), or one a regional rule set is written for.
type Region struct {
	Name string
	// DepartmentCount counts the departments in it the viewer may see.
	DepartmentCount int
	// RuleSets names its regional rule sets (every version once).
	RuleSets []string
}

// Regions lists every region by name. The names are not secret (rule sets
// are public), so every region is listed; the department counts are of the
// viewer's scope (auth.ScopeOf), as every figure is. Two statements; sorted in
// Go, so that both databases give one order.
func Regions(ctx context.Context, client *ent.Client) ([]*Region, error) {
	s := scope{auth.ScopeOf(auth.FromContext(ctx))}
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	departments, err := client.Department.Query().Select(department.FieldID, department.FieldRegion).All(ctx)
	if err != nil {
		return nil, err
	}
	var sets []struct {
		Region string `json:"region"`
		Name   string `json:"name"`
	}
	err = client.RuleSet.Query().Where(ruleset.RegionNotNil(), ruleset.RegionNEQ("")).
		GroupBy(ruleset.FieldRegion, ruleset.FieldName).Scan(ctx, &sets)
	if err != nil {
		return nil, err
	}
	byName := map[string]*Region{}
	get := func(name string) *Region {
		if byName[name] == nil {
			byName[name] = &Region{Name: name, RuleSets: []string{}}
		}
		return byName[name]
	}
	for _, d := range departments {
		r := get(d.Region)
		if s.sees(d.ID) {
			r.DepartmentCount++
		}
	}
	for _, set := range sets {
		r := get(set.Region)
		r.RuleSets = append(r.RuleSets, set.Name)
	}
	out := make([]*Region, 0, len(byName))
	for _, r := range byName {
		slices.Sort(r.RuleSets)
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *Region) int { return cmp.Compare(a.Name, b.Name) })
	return out, nil
}

// UnknownRegions returns the names that are no region (Regions), in order:
// a region argument with a typo must be an error, not a page of zeros. One
// statement (two when a name is no department's), whoever the viewer is.
func UnknownRegions(ctx context.Context, client *ent.Client, names []string) ([]string, error) {
	if len(names) == 0 {
		return nil, nil
	}
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	known, err := client.Department.Query().Where(department.RegionIn(names...)).
		Unique(true).Select(department.FieldRegion).Strings(ctx)
	if err != nil {
		return nil, err
	}
	var unknown []string
	for _, n := range names {
		if !slices.Contains(known, n) && !slices.Contains(unknown, n) {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) == 0 {
		return nil, nil
	}
	regional, err := client.RuleSet.Query().Where(ruleset.RegionIn(unknown...)).
		Unique(true).Select(ruleset.FieldRegion).Strings(ctx)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(unknown, func(n string) bool { return slices.Contains(regional, n) }), nil
}
