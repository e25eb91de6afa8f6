package analytics

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"jixiao/ent/evaluation"
)

// figuresQuery writes the common part of the departmentStats and overview
// statements: given a CTE members(root, id) — which departments' rows count
// for which root — it adds CTEs with one row per root holding the sums of the
// fiscal year (columns c_*) and of the year before (p_*): ds from the
// department-year roll-up, ev from the evaluation summary when only some
// kinds of evaluation count, rc from the rectification summary (overdue is
// decided here, against the clock).
type figuresQuery struct {
	year      int
	paidMonth int // payments through this month (12 = the whole year)
	kinds     []evaluation.Kind
	now       time.Time
	months    bool // also the payments of each month of the year (m01 … m12)
	// direct: every root is its only member (no subunits), so each root's
	// roll-up rows are joined to it, not added up.
	direct bool
	// rcRoots, when set, is a SELECT of the only roots whose rectification
	// figures are needed (a page's): the rest are not added up.
	rcRoots string
	// regions: members(root, id) names regions, whose roll-ups are added up
	// (regionrollup.go); the evaluation kinds are not narrowed there.
	regions bool
	// oneRoot, with regions: the only root is 0, and it adds up the roll-up
	// rows that meet this condition on x.region (TRUE: every region) —
	// read straight, not joined region by region to members.
	oneRoot string
	// only, when set, names the sums the caller reads (sumColumns names): the
	// others are not added up and read as 0, and the rectification CTE is
	// left out unless open or overdue is one of them.
	only []string
	// noPrevious: the final SELECT reads no sum of the previous year (columns
	// "p" are 0, its roll-up row is not joined); a sort key's previous value
	// (columns "p" of some sums) is still read.
	noPrevious bool

	y, yp string // the placeholders of the two years, set by ctes
}

// wants: col is added up (only is unset or names it).
func (q figuresQuery) wants(col string) bool { return q.only == nil || slices.Contains(q.only, col) }

// sumSources are the columns of sumColumns read from the summaries: the
// expression over a summary row x, and whether it is an evaluation figure.
var sumSources = map[string]struct {
	expr       string
	evaluation bool
}{
	"initial": {"x.initial_amount", false}, "adjusted": {"x.adjusted_amount", false},
	"projects": {"x.projects", false}, "key_projects": {"x.key_projects", false},
	"declared": {"x.targets_declared", false}, "approved": {"x.targets_approved", false},
	"indicators": {"x.indicators", false}, "reported": {"x.indicators_reported", false},
	"completed": {"x.indicators_completed", false}, "monitored": {"x.monitored_projects", false},
	"red": {"x.red_projects", false}, "yellow": {"x.yellow_projects", false},
	"evaluations": {"x.evaluations", true}, "scored": {"x.scored", true}, "score_sum": {"x.score_sum", true},
	"excellent": {"x.excellent", true}, "good": {"x.good", true}, "fair": {"x.fair", true}, "poor": {"x.poor", true},
}

func (q *figuresQuery) ctes(p *params) string {
	y, yp := p.add(q.year), p.add(q.year-1)
	q.y, q.yp = y, yp
	both := func(b *strings.Builder, col, expr string) {
		fmt.Fprintf(b, ",\n    SUM(CASE WHEN x.fiscal_year = %s THEN %s ELSE 0 END) AS c_%s", y, expr, col)
		fmt.Fprintf(b, ",\n    SUM(CASE WHEN x.fiscal_year = %s THEN %s ELSE 0 END) AS p_%s", yp, expr, col)
	}
	from := func(b *strings.Builder, table string) {
		if q.regions {
			q.regionFrom(b, regionTables[table], y, yp)
			return
		}
		fmt.Fprintf(b, "\n  FROM members m JOIN %s x ON x.department_id = m.id\n  WHERE x.fiscal_year IN (%s, %s)", table, y, yp)
	}
	var b strings.Builder
	if !q.direct {
		q.summedRollup(&b, y, both, from)
	}

	if len(q.kinds) > 0 {
		b.WriteString("ev AS (\n  SELECT m.root")
		for _, col := range sumColumns {
			if src := sumSources[col]; src.evaluation {
				both(&b, col, src.expr)
			}
		}
		from(&b, "evaluation_summaries")
		fmt.Fprintf(&b, " AND x.kind IN %s GROUP BY m.root),\n", list(p, strs(q.kinds)))
	}

	if q.only != nil && !readsRectifications(q.only) {
		return strings.TrimSuffix(b.String(), ",\n")
	}
	nowArg := p.add(q.now.UTC())
	if q.regions {
		q.regionRectifications(&b, y, yp, nowArg)
		return b.String()
	}
	b.WriteString("rc AS (\n  SELECT " + q.root())
	both(&b, "open", "x.open_count")
	both(&b, "overdue", fmt.Sprintf("CASE WHEN x.deadline < %s THEN x.open_count ELSE 0 END", nowArg))
	from(&b, "rectification_summaries")
	if q.rcRoots != "" {
		fmt.Fprintf(&b, " AND m.root IN (%s)", q.rcRoots)
	}
	b.WriteString(q.groupByRoot() + ")")
	return b.String()
}

// regionRectifications writes rc from the region roll-ups: the open
// rectifications of each region-year, and as overdue those less the open ones
// whose deadline is still ahead — a row per region and the few deadlines
// ahead, not one per deadline.
func (q figuresQuery) regionRectifications(b *strings.Builder, y, yp, now string) {
	fmt.Fprintf(b, `rc AS (
  SELECT root, SUM(c_open) AS c_open, SUM(p_open) AS p_open,
    SUM(c_open) - SUM(c_ahead) AS c_overdue, SUM(p_open) - SUM(p_ahead) AS p_overdue
  FROM (
    SELECT %[1]s,
      CASE WHEN x.fiscal_year = %[2]s THEN x.open_rectifications ELSE 0 END AS c_open,
      CASE WHEN x.fiscal_year = %[3]s THEN x.open_rectifications ELSE 0 END AS p_open, 0 AS c_ahead, 0 AS p_ahead`, q.root(), y, yp)
	q.regionFrom(b, "region_year_summaries", y, yp)
	fmt.Fprintf(b, `
    UNION ALL
    SELECT %[1]s, 0, 0,
      CASE WHEN x.fiscal_year = %[2]s THEN x.open_count ELSE 0 END,
      CASE WHEN x.fiscal_year = %[3]s THEN x.open_count ELSE 0 END`, q.root(), y, yp)
	q.regionFrom(b, "region_rectification_summaries", y, yp)
	fmt.Fprintf(b, " AND x.deadline >= %s\n  ) u GROUP BY root)", now)
}

// regionFrom reads a region roll-up's rows of the two years: those of the
// one root's condition, or those of each root's members.
func (q figuresQuery) regionFrom(b *strings.Builder, table, y, yp string) {
	if q.oneRoot != "" {
		fmt.Fprintf(b, "\n    FROM %s x WHERE x.fiscal_year IN (%s, %s) AND %s", table, y, yp, q.oneRoot)
		return
	}
	fmt.Fprintf(b, "\n    FROM members m JOIN %s x ON x.region = m.id WHERE x.fiscal_year IN (%s, %s)", table, y, yp)
}

// root is the root column of the figures CTEs; groupByRoot groups by it.
func (q figuresQuery) root() string {
	if q.oneRoot != "" {
		return "0 AS root"
	}
	return "m.root"
}

func (q figuresQuery) groupByRoot() string {
	if q.oneRoot != "" {
		return "" // one row of sums, whatever the rows
	}
	return " GROUP BY m.root"
}

// rollupExpr is the expression of a sums column over a roll-up row x.
func (q figuresQuery) rollupExpr(col string) (string, bool) {
	if col == "paid" {
		return paidThrough("x", q.paidMonth), true
	}
	src, ok := sumSources[col]
	if !ok || src.evaluation && len(q.kinds) > 0 {
		return "", false
	}
	return src.expr, true
}

// summedRollup adds up the roll-up rows of each root's members.
func (q figuresQuery) summedRollup(b *strings.Builder, y string, both func(*strings.Builder, string, string), from func(*strings.Builder, string)) {
	b.WriteString("ds AS (\n  SELECT " + q.root())
	for _, col := range sumColumns {
		if expr, ok := q.rollupExpr(col); ok && q.wants(col) {
			both(b, col, expr)
		}
	}
	if q.months {
		for i := 1; i <= 12; i++ {
			fmt.Fprintf(b, ",\n    SUM(CASE WHEN x.fiscal_year = %s THEN x.paid_%02d ELSE 0 END) AS m%02d", y, i, i)
		}
	}
	from(b, "department_year_summaries")
	b.WriteString(q.groupByRoot() + "),\n")
}

// columns selects, for the root alias r, the sums of one year (prefix c or p)
// in sumColumns order.
func (q figuresQuery) columns(prefix string, only ...string) string {
	var cols []string
	for _, c := range sumColumns {
		if len(only) > 0 && !slices.Contains(only, c) {
			continue
		}
		var expr string
		switch {
		case len(only) == 0 && (!q.wants(c) || prefix == "p" && q.noPrevious):
			cols = append(cols, fmt.Sprintf("0 AS %s_%s", prefix, c))
			continue
		case c == "open" || c == "overdue":
			expr = "rc." + prefix + "_" + c
		case sumSources[c].evaluation && len(q.kinds) > 0:
			expr = "ev." + prefix + "_" + c
		case q.direct:
			// The roll-up row of the year itself: alias c (this year) or p.
			e, _ := q.rollupExpr(c)
			expr = strings.ReplaceAll(e, "x.", prefix+".")
		default:
			expr = "ds." + prefix + "_" + c
		}
		cols = append(cols, fmt.Sprintf("COALESCE(%s, 0) AS %s_%s", expr, prefix, c))
	}
	return strings.Join(cols, ", ")
}

// months selects the payments of each month of the year, m01 … m12.
func (q figuresQuery) monthColumns() string {
	cols := make([]string, 12)
	for i := range cols {
		if q.direct {
			cols[i] = fmt.Sprintf("COALESCE(c.paid_%02d, 0)", i+1)
		} else {
			cols[i] = fmt.Sprintf("COALESCE(ds.m%02d, 0)", i+1)
		}
	}
	return strings.Join(cols, ", ")
}

// joins joins the CTEs (and, direct, the roll-up rows) to the root alias r.
// Joining the roll-up on its own key keeps PostgreSQL's row estimates exact
// (a misestimate large enough would switch on its JIT compiler, which costs
// more than the whole query).
func (q figuresQuery) joins() string {
	cols := sumColumns
	if q.only != nil {
		cols = q.only
	}
	j := q.joinsFor(cols)
	if q.noPrevious && q.direct {
		j = strings.Replace(j, q.previousRow(), "", 1)
	}
	return j
}

// joinsFor joins what the columns cols read: the rectification and
// evaluation CTEs only when cols has one of theirs.
func (q figuresQuery) joinsFor(cols []string) string {
	j := "LEFT JOIN ds ON ds.root = r.id"
	if q.direct {
		j = fmt.Sprintf("LEFT JOIN department_year_summaries c ON c.department_id = r.id AND c.fiscal_year = %s", q.y) + q.previousRow()
	}
	if readsRectifications(cols) {
		j += " LEFT JOIN rc ON rc.root = r.id"
	}
	if len(q.kinds) > 0 && slices.ContainsFunc(cols, func(c string) bool { return sumSources[c].evaluation }) {
		j += " LEFT JOIN ev ON ev.root = r.id"
	}
	return j
}

// previousRow joins, direct, the previous year's roll-up row p.
func (q figuresQuery) previousRow() string {
	return fmt.Sprintf("\n  LEFT JOIN department_year_summaries p ON p.department_id = r.id AND p.fiscal_year = %s", q.yp)
}

// readsRectifications: cols has a figure of the rectification CTE.
func readsRectifications(cols []string) bool {
	return slices.Contains(cols, "open") || slices.Contains(cols, "overdue")
}

// membersCTE maps each root (the ids selected by roots, a SELECT of one id
// column) to the departments whose data counts for it: itself, or with
// subunits its whole subtree (from the closure table). Members stay inside
// the viewer's scope.
func membersCTE(p *params, roots string, sc scope, subunits bool) string {
	if !subunits {
		return fmt.Sprintf("members(root, id) AS (SELECT id, id FROM (%s) rt)", roots)
	}
	return fmt.Sprintf(`members(root, id) AS (
    SELECT c.ancestor_id, c.department_id FROM department_closures c
    WHERE c.ancestor_id IN (%s) AND %s)`, roots, sc.where("c.department_id", p))
}

// subtree is the SQL condition that keeps a department id column inside the
// subtree of the department whose placeholder is given.
func subtree(column, department string) string {
	return fmt.Sprintf("%s IN (SELECT department_id FROM department_closures WHERE ancestor_id = %s)", column, department)
}
