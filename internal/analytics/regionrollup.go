package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// The region roll-ups (region_year_summaries, region_rectification_summaries)
// add up the department-year and rectification summaries per region and
// fiscal year, so that the cockpit of the whole scope or of one region reads
// a row per region (O(regions)) instead of a row per department. They are
// kept with the department rows they add up (refresh) and for both regions
// when a department moves (departmentChanged, maintain.go); Rebuild recomputes
// them, and RebuildIfStale when an older version left them empty (SQLite).
//
// Locks: a refresh first takes its region-years' rows (lockRegions), then its
// departments' keys, so writers of one region and year serialise on the
// region row until they commit — the price of a figure that is exact after
// every write without adding up a region's departments on every read.

// regionRollups: whole-scope and region cockpits read the region roll-ups,
// unless the context turns them off (a test compares both ways of adding up).
func regionRollups(ctx context.Context) bool { return ctx.Value(noRegionRollups{}) == nil }

type noRegionRollups struct{}

// withoutRegionRollups adds up departments' rows even where a region's would do.
func withoutRegionRollups(ctx context.Context) context.Context {
	return context.WithValue(ctx, noRegionRollups{}, true)
}

// regionKey is one (region, fiscal year) of the region roll-ups.
type regionKey struct {
	region string
	year   int
}

// regionTables are the region roll-ups of the department summaries.
var regionTables = map[string]string{
	"department_year_summaries": "region_year_summaries",
	"rectification_summaries":   "region_rectification_summaries",
}

// regionsOfKeys defines rk(region, fiscal_year) as the region-years of the
// keys CTE (their departments' regions).
const regionsOfKeys = `rk(region, fiscal_year) AS (
    SELECT DISTINCT d.region, k.fiscal_year FROM keys k JOIN departments d ON d.id = k.department_id)`

func sortRegionKeys(rks []regionKey) []regionKey {
	slices.SortFunc(rks, func(a, b regionKey) int {
		return cmp.Or(cmp.Compare(a.region, b.region), cmp.Compare(a.year, b.year))
	})
	return slices.Compact(rks)
}

// regionKeysCTE defines rk(region, fiscal_year) as the given region-years.
func regionKeysCTE(p *params, rks []regionKey) string {
	rows := make([]string, len(rks))
	for i, k := range rks {
		rows[i] = fmt.Sprintf("(CAST(%s AS TEXT), CAST(%s AS BIGINT))", p.add(k.region), p.add(k.year))
	}
	return "rk(region, fiscal_year) AS (VALUES " + strings.Join(rows, ", ") + ")"
}

// lockRegions takes the rows of the region-years rk (ctes defines it),
// inserting those not there yet, in order; each is held to commit.
func lockRegions(ctx context.Context, d db, ctes string, p *params) error {
	return exec(ctx, d, "WITH RECURSIVE "+ctes+`
INSERT INTO region_year_summaries (region, fiscal_year) SELECT region, fiscal_year FROM rk WHERE TRUE ORDER BY 1, 2
ON CONFLICT (region, fiscal_year) DO UPDATE SET fiscal_year = excluded.fiscal_year`, p)
}

// refreshRegions recomputes the region roll-ups of the region-years rk
// (ctes defines it; lockRegions took their locks) from the department rows as
// they are now: the year roll-ups, and with rectifications theirs.
func refreshRegions(ctx context.Context, d db, ctes string, p *params, rectifications bool) error {
	stmts := []string{regionYearUpdate}
	if rectifications {
		stmts = append(stmts, "DELETE FROM region_rectification_summaries WHERE "+inRegionKeys,
			regionRectificationInsert+"\n    AND (d.region, x.fiscal_year) IN (SELECT region, fiscal_year FROM rk)"+regionRectificationGroup,
			`UPDATE region_year_summaries SET open_rectifications = (SELECT COALESCE(SUM(r.open_count), 0)
    FROM region_rectification_summaries r WHERE r.region = region_year_summaries.region AND r.fiscal_year = region_year_summaries.fiscal_year)
WHERE `+inRegionKeys)
	}
	stmts = append(stmts, regionYearCleanUp)
	for _, stmt := range stmts {
		if err := exec(ctx, d, "WITH RECURSIVE "+ctes+"\n"+stmt, p); err != nil {
			return err
		}
	}
	return nil
}

// The statements of the region roll-ups, written once: rk names the region-years.
const (
	inRegionKeys = "(region, fiscal_year) IN (SELECT region, fiscal_year FROM rk)"
	regionOfRow  = `FROM department_year_summaries x JOIN departments d ON d.id = x.department_id
    WHERE d.region = region_year_summaries.region AND x.fiscal_year = region_year_summaries.fiscal_year`
	regionRectificationInsert = `INSERT INTO region_rectification_summaries (region, fiscal_year, deadline, open_count)
SELECT d.region, x.fiscal_year, x.deadline, SUM(x.open_count)
FROM rectification_summaries x JOIN departments d ON d.id = x.department_id WHERE TRUE`
	regionRectificationGroup = "\nGROUP BY d.region, x.fiscal_year, x.deadline"
	// a region-year without department rows or open rectifications has no row, as after Rebuild
	regionYearCleanUp = "DELETE FROM region_year_summaries WHERE " + inRegionKeys +
		" AND open_rectifications = 0 AND NOT EXISTS (SELECT 1 " + regionOfRow + ")"
)

var (
	// regionYearUpdate recomputes the region-years rk from their departments' rows.
	regionYearUpdate = fmt.Sprintf("UPDATE region_year_summaries SET (%s) = (SELECT %s\n    %s)\nWHERE %s",
		rollupList("%s"), rollupList("COALESCE(SUM(x.%s), 0)"), regionOfRow, inRegionKeys)
	// regionYearInsert adds up every department-year row per region and year,
	// written year by year: a year's rows then lie together (the table keeps
	// room for its updates in place, see the migration region_year_order), so
	// the region level of a year reads its rows, not every year's.
	regionYearInsert = fmt.Sprintf(`INSERT INTO region_year_summaries (region, fiscal_year, %s)
SELECT d.region, x.fiscal_year, %s
FROM department_year_summaries x JOIN departments d ON d.id = x.department_id
GROUP BY d.region, x.fiscal_year
ORDER BY x.fiscal_year, d.region`, rollupList("%s"), rollupList("SUM(x.%s)"))
)

// rebuildRegions recomputes every region roll-up (Rebuild, after the
// department rows).
func rebuildRegions(ctx context.Context, d db) error {
	for _, stmt := range []string{
		"DELETE FROM region_year_summaries",
		"DELETE FROM region_rectification_summaries",
		regionYearInsert,
		regionRectificationInsert + regionRectificationGroup,
		`INSERT INTO region_year_summaries (region, fiscal_year, open_rectifications)
SELECT region, fiscal_year, SUM(open_count) FROM region_rectification_summaries WHERE TRUE GROUP BY region, fiscal_year
ON CONFLICT (region, fiscal_year) DO UPDATE SET open_rectifications = excluded.open_rectifications`,
	} {
		if err := exec(ctx, d, stmt, &params{}); err != nil {
			return err
		}
	}
	return nil
}

// movedRegions are the region-years a department change moves figures
// between: the regions of the departments before the change (old) and the
// region they get (new, when set), in every year they have figures.
func movedRegions(ctx context.Context, d db, ids []int, old []string, new *string) ([]regionKey, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	regions := slices.Clone(old)
	if new != nil {
		regions = append(regions, *new)
	}
	p := &params{}
	in := list(p, ids)
	var years []int
	err := query(ctx, d, fmt.Sprintf(`SELECT fiscal_year FROM department_year_summaries WHERE department_id IN %[1]s
UNION SELECT fiscal_year FROM rectification_summaries WHERE department_id IN %[1]s`, in), p, func(rows *sql.Rows) error {
		var y integer
		if err := rows.Scan(&y); err != nil {
			return err
		}
		years = append(years, int(y.i))
		return nil
	})
	var rks []regionKey
	for _, r := range regions {
		for _, y := range years {
			rks = append(rks, regionKey{r, y})
		}
	}
	return sortRegionKeys(rks), err
}

// departmentRegions are the regions of departments as they are now.
func departmentRegions(ctx context.Context, d db, ids []int) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	p := &params{}
	var out []string
	err := query(ctx, d, "SELECT DISTINCT region FROM departments WHERE id IN "+list(p, ids), p, func(rows *sql.Rows) error {
		var r string
		if err := rows.Scan(&r); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	return out, err
}
