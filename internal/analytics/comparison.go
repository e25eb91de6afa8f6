package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/project"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// ProjectComparison is one project in the same-type comparison (比较法):
// projects of one sector (and optionally category) in a fiscal year, across
// departments, ranked by score and by cost per unit of output.
type ProjectComparison struct {
	Project      *ent.Project
	ProjectID    int
	Department   *ent.Department
	DepartmentID int
	// Budget is the adjusted budget of the year's allocations.
	Budget        money.Money
	Paid          money.Money
	ExecutionRate float64
	// Score is the total of the project's most authoritative scored
	// evaluation of the year: finance key, then third-party, then department,
	// then self-evaluation (the latest of a kind).
	Score     *decimal.Decimal
	Grade     *enums.Grade
	ScoreKind *evaluation.Kind
	// OutputIndicator is the main quantity output indicator: of the current
	// target of the year, the quantitative 产出/数量 indicator with the highest
	// weight (then the first in order).
	OutputIndicator   *ent.Indicator
	OutputIndicatorID *int
	OutputUnit        *string
	OutputActual      *decimal.Decimal
	// CostPerUnit = Budget (yuan) ÷ OutputActual, rounded to 2 places; nil
	// without an indicator or with an actual value ≤ 0.
	CostPerUnit *decimal.Decimal
	// ScoreRank: 1 = highest score (ties share); nil without a score.
	ScoreRank *int
	// CostRank: 1 = cheapest per unit among projects with the same output
	// unit (only like units compare); nil without a cost.
	CostRank *int
}

// ProjectComparisonConnection is a page of the comparison.
type ProjectComparisonConnection struct {
	Edges      []*ProjectComparisonEdge
	PageInfo   ent.PageInfo
	TotalCount int
}

// ProjectComparisonEdge is one row of the page.
type ProjectComparisonEdge struct {
	Node   *ProjectComparison
	Cursor ent.Cursor
}

// ProjectComparisonOrderField orders the comparison.
type ProjectComparisonOrderField string

const (
	CompareByScore         ProjectComparisonOrderField = "SCORE"
	CompareByCostPerUnit   ProjectComparisonOrderField = "COST_PER_UNIT"
	CompareByBudget        ProjectComparisonOrderField = "BUDGET"
	CompareByExecutionRate ProjectComparisonOrderField = "EXECUTION_RATE"
	CompareByCode          ProjectComparisonOrderField = "CODE"
)

var comparisonOrderFields = []ProjectComparisonOrderField{CompareByScore, CompareByCostPerUnit, CompareByBudget,
	CompareByExecutionRate, CompareByCode}

func (f ProjectComparisonOrderField) MarshalGQL(w io.Writer) { marshalEnum(w, f) }
func (f *ProjectComparisonOrderField) UnmarshalGQL(v any) error {
	return unmarshalEnum(f, v, "ProjectComparisonOrderField", comparisonOrderFields)
}

// ProjectComparisonOrder orders the comparison; by default SCORE DESC.
type ProjectComparisonOrder struct {
	Direction ent.OrderDirection
	Field     ProjectComparisonOrderField
}

// ProjectComparisonArgs are the arguments of CompareProjects.
type ProjectComparisonArgs struct {
	FiscalYear int
	Sector     enums.Sector
	Category   *project.Category
	Region     *string
	// OutputUnit keeps only projects whose output indicator has this unit.
	OutputUnit  *string
	First       *int
	After       *ent.Cursor
	OrderBy     *ProjectComparisonOrder
	Projects    Loader[*ent.Project]
	Departments DepartmentLoader
	Indicators  Loader[*ent.Indicator]
}

// CompareProjects lists the projects of a sector running in the fiscal year
// in the viewer's scope, in one SQL statement (plus one per entity kind the
// client selected: projects, departments, output indicators).
func CompareProjects(ctx context.Context, client db, args ProjectComparisonArgs) (*ProjectComparisonConnection, error) {
	sc, err := viewerScope(ctx)
	if err != nil {
		return nil, err
	}
	pg, err := pageOf(args.First, args.After)
	if err != nil {
		return nil, err
	}
	conn := &ProjectComparisonConnection{Edges: []*ProjectComparisonEdge{}}
	if sc.none() {
		conn.PageInfo = pg.info(0, 0)
		return conn, nil
	}
	order := ProjectComparisonOrder{Direction: "DESC", Field: CompareByScore}
	if args.OrderBy != nil {
		order = *args.OrderBy
	}
	dir := "DESC"
	if order.Direction == "ASC" {
		dir = "ASC"
	}
	var key string
	switch order.Field {
	case CompareByCostPerUnit:
		key = "cost"
	case CompareByBudget:
		key = "adjusted"
	case CompareByExecutionRate:
		key = "CASE WHEN adjusted > 0 THEN paid * 1.0 / adjusted END"
	case CompareByCode:
		key = "code"
	default:
		key = "score"
	}

	p := &params{}
	conds := []string{"s.fiscal_year = " + p.add(args.FiscalYear), "s.sector = " + p.add(string(args.Sector)),
		sc.where("s.department_id", p)}
	if args.Category != nil {
		conds = append(conds, "s.category = "+p.add(string(*args.Category)))
	}
	if args.Region != nil {
		conds = append(conds, "d.region = "+p.add(*args.Region))
	}
	if args.OutputUnit != nil {
		conds = append(conds, "s.output_unit = "+p.add(*args.OutputUnit))
	}
	limit, offset := p.add(pg.limit), p.add(pg.offset)
	// The projects come from the project summary (one row per project and
	// year); cost per unit is computed here for the ordering and the cost
	// rank, and again exactly in Go for the answer.
	q := fmt.Sprintf(`WITH
cmp AS (
  SELECT s.project_id AS id, s.department_id, s.code, s.adjusted_amount AS adjusted, s.paid_amount AS paid,
    s.score, s.grade, s.score_kind, s.output_indicator_id, s.output_unit AS unit, s.output_actual,
    CASE WHEN CAST(s.output_actual AS NUMERIC) > 0
      THEN s.adjusted_amount / 100.0 / CAST(s.output_actual AS NUMERIC) END AS cost
  FROM project_year_summaries s JOIN departments d ON d.id = s.department_id
  WHERE %[1]s),
ranked AS (
  SELECT cmp.*,
    CASE WHEN score IS NOT NULL THEN RANK() OVER (ORDER BY score DESC NULLS LAST) END AS score_rank,
    CASE WHEN cost IS NOT NULL THEN RANK() OVER (PARTITION BY unit ORDER BY cost ASC NULLS LAST) END AS cost_rank,
    COUNT(*) OVER () AS total
  FROM cmp)
SELECT id, department_id, adjusted, paid, score, grade, score_kind, output_indicator_id, unit, output_actual,
  score_rank, cost_rank, total
FROM ranked
ORDER BY %[2]s %[3]s NULLS LAST, code, id
LIMIT %[4]s OFFSET %[5]s`, joinAnd(conds), key, dir, limit, offset)

	total := 0
	var projectIDs, departmentIDs, indicatorIDs []int
	err = query(ctx, client, q, p, func(rows *sql.Rows) error {
		var (
			c                              ProjectComparison
			adjusted, paid, n              integer
			actual, grade, kind, unit      sql.NullString
			score, indicator, sRank, cRank sql.NullInt64
		)
		if err := rows.Scan(&c.ProjectID, &c.DepartmentID, &adjusted, &paid, &score, &grade, &kind,
			&indicator, &unit, &actual, &sRank, &cRank, &n); err != nil {
			return err
		}
		total = int(n.i)
		c.Budget, c.Paid = money.Money(adjusted.i), money.Money(paid.i)
		c.ExecutionRate = ratio(paid.i, adjusted.i)
		if score.Valid {
			d := decimal.New(score.Int64, -scoreScale).Round(2)
			c.Score = &d
		}
		if grade.Valid {
			g := enums.Grade(grade.String)
			c.Grade = &g
		}
		if kind.Valid && score.Valid {
			k := evaluation.Kind(kind.String)
			c.ScoreKind = &k
		}
		if indicator.Valid {
			id := int(indicator.Int64)
			c.OutputIndicatorID = &id
			indicatorIDs = append(indicatorIDs, id)
		}
		if unit.Valid {
			c.OutputUnit = &unit.String
		}
		if actual.Valid {
			a, err := decimal.NewFromString(actual.String)
			if err != nil {
				return err
			}
			c.OutputActual = &a
			if a.IsPositive() {
				cost := c.Budget.Decimal().DivRound(a, 2)
				c.CostPerUnit = &cost
			}
		}
		if sRank.Valid {
			r := int(sRank.Int64)
			c.ScoreRank = &r
		}
		if cRank.Valid {
			r := int(cRank.Int64)
			c.CostRank = &r
		}
		projectIDs = append(projectIDs, c.ProjectID)
		departmentIDs = append(departmentIDs, c.DepartmentID)
		conn.Edges = append(conn.Edges, &ProjectComparisonEdge{Node: &c, Cursor: cursor(pg.offset + len(conn.Edges))})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if total == 0 && pg.offset > 0 {
		total = pg.offset
	}
	conn.TotalCount = total
	conn.PageInfo = pg.info(len(conn.Edges), total)
	if err := loadInto(ctx, args.Projects, projectIDs, conn.Edges, func(c *ProjectComparison, m map[int]*ent.Project) {
		c.Project = m[c.ProjectID]
	}); err != nil {
		return nil, err
	}
	if err := loadInto(ctx, args.Departments, departmentIDs, conn.Edges, func(c *ProjectComparison, m map[int]*ent.Department) {
		c.Department = m[c.DepartmentID]
	}); err != nil {
		return nil, err
	}
	if err := loadInto(ctx, args.Indicators, indicatorIDs, conn.Edges, func(c *ProjectComparison, m map[int]*ent.Indicator) {
		if c.OutputIndicatorID != nil {
			c.OutputIndicator = m[*c.OutputIndicatorID]
		}
	}); err != nil {
		return nil, err
	}
	return conn, nil
}

func loadInto[T any](ctx context.Context, load Loader[T], ids []int, edges []*ProjectComparisonEdge, set func(*ProjectComparison, map[int]T)) error {
	if load == nil || len(ids) == 0 {
		return nil
	}
	m, err := load(ctx, ids)
	if err != nil {
		return err
	}
	for _, e := range edges {
		set(e.Node, m)
	}
	return nil
}

func joinAnd(conds []string) string {
	out := conds[0]
	for _, c := range conds[1:] {
		out += " AND " + c
	}
	return out
}
