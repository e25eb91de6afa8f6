package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// RegionStats is one region's figures in a fiscal year: what overview(region:)
// gives for it, for every region at once (the drill-down's first level).
type RegionStats struct {
	Region string
	// DepartmentCount counts the region's departments the viewer may see.
	DepartmentCount int
	Figures
}

// RegionStatsArgs are the arguments of ListRegionStats.
type RegionStatsArgs struct {
	FiscalYear int
	AsOfMonth  *int
	// Figures, when set, names the only figures read (RegionStatsFigures):
	// the others are 0, and their sums are not added up.
	Figures []string
}

// RegionStatsFigures are the figures the API's RegionStats has (project
// count, budget, paid, execution rate and warning, scored evaluations, average
// score, red warnings), by the sums they are computed from: a region list
// that shows them needs no other sum, nor the rectifications.
var RegionStatsFigures = []string{"projects", "adjusted", "paid", "scored", "score_sum", "red"}

// ListRegionStats adds up the summaries of the viewer's departments per region
// in one SQL statement, however many regions there are. Regions without a
// department the viewer sees are not listed; rows are sorted by name in Go, so
// that both databases give one order.
func ListRegionStats(ctx context.Context, client db, args RegionStatsArgs) ([]*RegionStats, error) {
	sc, err := viewerScope(ctx)
	if err != nil {
		return nil, err
	}
	if err := checkMonth(args.AsOfMonth); err != nil {
		return nil, err
	}
	out := []*RegionStats{}
	if sc.none() {
		return out, nil
	}
	p := &params{}
	visible := sc.where("d.id", p)
	fq := figuresQuery{year: args.FiscalYear, paidMonth: 12, now: now(ctx), only: args.Figures}
	if args.AsOfMonth != nil {
		fq.paidMonth = *args.AsOfMonth
	}
	// Each region gets a number (its root) so that the common figures CTEs,
	// which group by an integer root, add up its departments — or, for
	// someone who sees them all, its roll-up row (regionrollup.go).
	fq.regions = regionRollups(ctx) && sc.All
	members := fmt.Sprintf("SELECT r.id, d.id FROM departments d JOIN roots r ON r.name = d.region WHERE %s", visible)
	count := "(SELECT COUNT(*) FROM members mm WHERE mm.root = r.id)"
	regions := fmt.Sprintf("SELECT d.region AS name, COUNT(*) AS departments FROM departments d WHERE %s GROUP BY d.region", visible)
	if fq.regions {
		// every department: the regions and their counts as kept with the tree
		members, count = "SELECT r.id, r.name FROM roots r", "r.departments"
		regions = "SELECT region AS name, departments FROM region_summaries WHERE departments > 0"
	}
	var q string
	scanned := sumColumns
	if fq.regions && len(args.Figures) > 0 && !readsRectifications(args.Figures) {
		q, scanned = regionRows(fq, p, args.Figures)
	} else {
		q = fmt.Sprintf(`WITH RECURSIVE
roots AS (SELECT name, departments, ROW_NUMBER() OVER (ORDER BY name) AS id FROM (%s) n),
members(root, id) AS (%s),
%s
SELECT r.name, %s, %s
FROM roots r %s`, regions, members, fq.ctes(p), count, fq.columns("c"), fq.joins())
	}
	tp := float64(progressMonth(ctx, args.FiscalYear, args.AsOfMonth)) / 12
	var (
		name        string
		departments integer
		cur         sums
	)
	dest := append([]any{&name, &departments}, cur.scannersOf(scanned)...) // one set of scanners for every row
	err = query(ctx, client, q, p, func(rows *sql.Rows) error {
		cur = sums{}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		out = append(out, &RegionStats{Region: name, DepartmentCount: int(departments.i), Figures: cur.figures(tp)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b *RegionStats) int { return cmp.Compare(a.Region, b.Region) })
	return out, nil
}

// regionRows is the region list of a viewer who sees every department when
// only some sums are read, none of them the rectifications': each region's
// roll-up row of the year as it is, beside its department count, with
// nothing added up (a region has one row a year). It returns the statement
// and the sums it selects, in sumColumns order.
func regionRows(fq figuresQuery, p *params, only []string) (string, []string) {
	var cols, exprs []string
	for _, c := range sumColumns {
		if e, ok := fq.rollupExpr(c); ok && slices.Contains(only, c) {
			cols = append(cols, c)
			exprs = append(exprs, fmt.Sprintf("COALESCE(%s, 0)", e))
		}
	}
	return fmt.Sprintf(`SELECT r.region, r.departments, %s
FROM region_summaries r LEFT JOIN region_year_summaries x ON x.region = r.region AND x.fiscal_year = %s
WHERE r.departments > 0`, strings.Join(exprs, ", "), p.add(fq.year)), cols
}
