package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
)

// The pages of the product, asked for with the SPA's own operations (read
// from frontend/src at start, so the benchmark follows the screens):
//
//	cockpit-overview   the cockpit's figures of the whole scope (Overview)
//	cockpit-regions    the cockpit's region level of the drill-down (DrillRegions → regionStats)
//	cockpit-coverage   the cockpit's coverage card, this year and the year before (Coverage)
//	comparison-table   the comparison page's table: its first page (usePagedQuery's DEFAULT_PAGE_SIZE) by average score (DepartmentStats)
//	comparison-bars    the comparison page's ranking bars: the top 15 by average score (RankingBars)
//	comparison-chart   the comparison page's execution-against-score chart, counted cells (ExecutionScoreGrid)
//	ranking            the ranking's first page of 100 by average score, as an API client pages it (DepartmentStats)
//	ranking-all        the whole ranking in one request, as the comparison's export reads it: pages of the
//	                   SPA's DEPARTMENT_STATS_PAGE_SIZE (DepartmentStats) — an export, O(departments) by nature
//	drill-departments  a region's departments (DrillDepartments), rotating over the regions
//	drill-projects     a department's projects (DrillProjects), rotating over the busiest departments
//	drill-indicators   a project's indicators (DrillIndicators), rotating over those projects
var spaOperations = map[string]struct{ file, name string }{
	"cockpit-overview":  {"pages/analytics/overviewQuery.ts", "OverviewQuery"},
	"cockpit-regions":   {"pages/drilldown/drillQueries.ts", "DrillRegionsQuery"},
	"cockpit-coverage":  {"pages/cockpit/coverageQuery.ts", "CoverageQuery"},
	"comparison-table":  {"pages/analytics/departmentStatsQuery.ts", "DepartmentStatsQuery"},
	"comparison-bars":   {"pages/analytics/rankingBarsQuery.ts", "RankingBarsQuery"},
	"comparison-chart":  {"pages/analytics/executionScoreGridQuery.ts", "ExecutionScoreGridQuery"},
	"ranking":           {"pages/analytics/departmentStatsQuery.ts", "DepartmentStatsQuery"},
	"ranking-all":       {"pages/analytics/departmentStatsQuery.ts", "DepartmentStatsQuery"},
	"drill-departments": {"pages/drilldown/drillQueries.ts", "DrillDepartmentsQuery"},
	"drill-projects":    {"pages/drilldown/drillQueries.ts", "DrillProjectsQuery"},
	"drill-indicators":  {"pages/drilldown/drillQueries.ts", "DrillIndicatorsQuery"},
}

// spaPageSize is the SPA's SERVER_MAX_PAGE_SIZE (frontend/src/api/limits.ts).
const spaPageSize = 100

// spaConstant reads `export const NAME = <integer>;` from a file of the SPA.
func spaConstant(root, file, name string) (int, error) {
	raw, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		return 0, err
	}
	m := regexp.MustCompile(`export const ` + name + ` = ([0-9_]+);`).FindSubmatch(raw)
	if m == nil {
		return 0, fmt.Errorf("%s: no integer constant %s", file, name)
	}
	return strconv.Atoi(strings.ReplaceAll(string(m[1]), "_", ""))
}

// spaOperation returns the GraphQL text of `export const NAME = graphql(`…`)`
// in a file of the SPA.
func spaOperation(root, file, name string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		return "", fmt.Errorf("the SPA's operations (run from the repository root or give -spa): %w", err)
	}
	src := string(raw)
	start := strings.Index(src, "export const "+name+" = graphql(`")
	if start < 0 {
		return "", fmt.Errorf("%s: no operation %s", file, name)
	}
	src = src[start+len("export const "+name+" = graphql(`"):]
	end := strings.Index(src, "`")
	if end < 0 {
		return "", fmt.Errorf("%s: %s is not closed", file, name)
	}
	return withFragments(root, src[:end])
}

// fragmentSpread finds the fragments an operation spreads (...Name).
var fragmentSpread = regexp.MustCompile(`\.\.\.\s*([A-Za-z_][A-Za-z0-9_]*)`)

// withFragments appends to an operation the fragments it spreads, and theirs,
// from the SPA's graphql(`…`) blocks anywhere under root (an operation's
// fragments are often shared from another file).
func withFragments(root, op string) (string, error) {
	defs := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".ts") && !strings.HasSuffix(path, ".tsx") || strings.Contains(path, string(filepath.Separator)+"gql"+string(filepath.Separator)) {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, block := range strings.Split(string(raw), "graphql(`")[1:] {
			block, _, _ = strings.Cut(block, "`")
			for _, f := range strings.Split(block, "fragment ")[1:] {
				name, _, _ := strings.Cut(f, " ")
				if _, seen := defs[name]; !seen && strings.HasPrefix(strings.TrimSpace(block), "fragment "+name) {
					defs[name] = strings.TrimSpace(block)
				}
			}
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	out, added := op, map[string]bool{}
	for todo := []string{op}; len(todo) > 0; todo = todo[1:] {
		for _, m := range fragmentSpread.FindAllStringSubmatch(todo[0], -1) {
			name := m[1]
			if added[name] || name == "on" || strings.Contains(out, "fragment "+name+" on") {
				continue
			}
			def, ok := defs[name]
			if !ok {
				return "", fmt.Errorf("the SPA defines no fragment %s", name)
			}
			added[name] = true
			out += "\n" + def
			todo = append(todo, def)
		}
	}
	return out, nil
}

// spaScenario prepares a page's work: the operation and, for the drill-down
// levels, the regions, departments and projects to rotate over.
func spaScenario(c *client, cfg config) (func(w int) error, error) {
	op, ok := spaOperations[cfg.scenario]
	if !ok {
		return nil, fmt.Errorf("unknown scenario %q", cfg.scenario)
	}
	q, err := spaOperation(cfg.spa, op.file, op.name)
	if err != nil {
		return nil, err
	}
	y := cfg.year
	rotate := func(ids []string, vars func(string) map[string]any) func(w int) error {
		var next atomic.Int64
		return func(w int) error { return c.as(w).query(q, vars(ids[int(next.Add(1))%len(ids)]), nil) }
	}
	switch cfg.scenario {
	case "cockpit-overview":
		return func(w int) error {
			return c.as(w).query(q, map[string]any{"fiscalYear": y, "departmentId": nil, "region": nil}, nil)
		}, nil
	case "cockpit-regions":
		return func(w int) error { return c.as(w).query(q, map[string]any{"fiscalYear": y}, nil) }, nil
	case "cockpit-coverage":
		return func(w int) error {
			return c.as(w).query(q, map[string]any{"fiscalYear": y, "previousYear": y - 1, "departmentId": nil, "region": nil}, nil)
		}, nil
	case "comparison-table", "comparison-bars":
		size := 15
		if cfg.scenario == "comparison-table" {
			if size, err = spaConstant(cfg.spa, "components/usePagedQuery.ts", "DEFAULT_PAGE_SIZE"); err != nil {
				return nil, err
			}
		}
		vars := map[string]any{"fiscalYear": y, "first": size, "after": nil, "where": nil,
			"orderBy": map[string]any{"field": "AVERAGE_SCORE", "direction": "DESC"}}
		return func(w int) error { return c.as(w).query(q, vars, nil) }, nil
	case "comparison-chart":
		return func(w int) error { return c.as(w).query(q, map[string]any{"fiscalYear": y, "where": nil}, nil) }, nil
	case "ranking", "ranking-all":
		all := cfg.scenario == "ranking-all"
		size := spaPageSize
		if all {
			if size, err = spaConstant(cfg.spa, "api/limits.ts", "DEPARTMENT_STATS_PAGE_SIZE"); err != nil {
				return nil, err
			}
		}
		var pages atomic.Int64 // of the last walk, for the report
		walk := func(w int) error {
			c := c.as(w)
			var after any
			n := int64(0)
			defer func() { pages.Store(n) }()
			for {
				var data struct {
					DepartmentStats struct {
						PageInfo struct {
							HasNextPage bool
							EndCursor   *string
						}
					}
				}
				vars := map[string]any{"fiscalYear": y, "first": size, "after": after,
					"orderBy": map[string]any{"field": "AVERAGE_SCORE", "direction": "DESC"}}
				var into any
				if all {
					into = &data
				}
				if err := c.query(q, vars, into); err != nil {
					return err
				}
				n++
				pi := data.DepartmentStats.PageInfo
				if !all || !pi.HasNextPage || pi.EndCursor == nil {
					return nil
				}
				after = *pi.EndCursor
			}
		}
		if err := walk(0); err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "%s: %d request(s) per ranking\n", cfg.scenario, pages.Load())
		return walk, nil
	case "drill-departments":
		var data struct{ RegionStats []struct{ Region string } }
		if err := c.query(`query($y: Int!) { regionStats(fiscalYear: $y) { region } }`, map[string]any{"y": y}, &data); err != nil {
			return nil, err
		}
		var regions []string
		for _, r := range data.RegionStats {
			regions = append(regions, r.Region)
		}
		if len(regions) == 0 {
			return nil, errors.New("no region (data set loaded?)")
		}
		fmt.Fprintf(os.Stderr, "%s: rotating over %d regions\n", cfg.scenario, len(regions))
		return rotate(regions, func(r string) map[string]any { return map[string]any{"region": r, "fiscalYear": y} }), nil
	case "drill-projects", "drill-indicators":
		depts, err := busiestDepartments(c, y, cfg.departments)
		if err != nil {
			return nil, err
		}
		if cfg.scenario == "drill-projects" {
			return rotate(depts, func(d string) map[string]any { return map[string]any{"departmentId": d, "fiscalYear": y} }), nil
		}
		// The projects the drill-down lists for the busiest departments.
		var projects []string
		for _, d := range depts[:min(len(depts), 10)] {
			var data struct {
				Projects struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			if err := c.query(`query($d: ID!, $y: Int!) { projects(first: 50, where: {departmentID: $d, fiscalYear: $y}, orderBy: {field: CODE, direction: ASC}) { edges { node { id } } } }`,
				map[string]any{"d": d, "y": y}, &data); err != nil {
				return nil, err
			}
			for _, e := range data.Projects.Edges {
				projects = append(projects, e.Node.ID)
			}
		}
		if len(projects) == 0 {
			return nil, errors.New("no project in that year")
		}
		return rotate(projects, func(p string) map[string]any { return map[string]any{"projectId": p} }), nil
	}
	return nil, fmt.Errorf("unknown scenario %q", cfg.scenario)
}

// busiestDepartments: the ids of the n departments with the most projects in the year.
func busiestDepartments(c *client, year, n int) ([]string, error) {
	var data struct {
		DepartmentStats struct {
			Edges []struct {
				Node struct {
					ProjectCount int
					Department   struct{ ID string }
				}
			}
		}
	}
	err := c.query(`query($year: Int!, $n: Int!) { departmentStats(fiscalYear: $year, first: $n, orderBy: {field: PROJECT_COUNT, direction: DESC}) {
		edges { node { projectCount department { id } } } } }`, map[string]any{"year": year, "n": min(n, 100)}, &data)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, e := range data.DepartmentStats.Edges {
		if e.Node.ProjectCount > 0 {
			ids = append(ids, e.Node.Department.ID)
		}
	}
	if len(ids) == 0 {
		return nil, errors.New("no department has projects in that year (data set loaded? summaries rebuilt?)")
	}
	return ids, nil
}
