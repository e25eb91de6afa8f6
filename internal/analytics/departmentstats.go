package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"strings"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/internal/domain/enums"
)

// DepartmentStats is one department's figures in a fiscal year, its rank in
// the requested ordering and the change against the previous year.
type DepartmentStats struct {
	Department   *ent.Department // loaded in one query for the whole page
	DepartmentID int
	FiscalYear   int
	// IncludesSubunits: the figures add up the department's whole subtree.
	IncludesSubunits bool
	Figures
	// Rank is the position in the ordering requested (ties share a rank).
	Rank int
	// PreviousRank is the rank with the previous year's figures, same ordering.
	PreviousRank int
	PreviousYear Figures
	Change       Change
}

// DepartmentStatsConnection is a page of department statistics.
type DepartmentStatsConnection struct {
	Edges      []*DepartmentStatsEdge
	PageInfo   ent.PageInfo
	TotalCount int
}

// DepartmentStatsEdge is one row of the page.
type DepartmentStatsEdge struct {
	Node   *DepartmentStats
	Cursor ent.Cursor
}

// DepartmentStatsOrderField is what departments are ranked by.
type DepartmentStatsOrderField string

const (
	OrderByAverageScore            DepartmentStatsOrderField = "AVERAGE_SCORE"
	OrderByExecutionRate           DepartmentStatsOrderField = "EXECUTION_RATE"
	OrderByIndicatorCompletionRate DepartmentStatsOrderField = "INDICATOR_COMPLETION_RATE"
	OrderByBudget                  DepartmentStatsOrderField = "BUDGET"
	OrderByPaid                    DepartmentStatsOrderField = "PAID"
	OrderByProjectCount            DepartmentStatsOrderField = "PROJECT_COUNT"
	OrderByEvaluationCount         DepartmentStatsOrderField = "EVALUATION_COUNT"
	OrderByExcellentCount          DepartmentStatsOrderField = "EXCELLENT_COUNT"
	OrderByRedWarnings             DepartmentStatsOrderField = "RED_WARNINGS"
	OrderByYellowWarnings          DepartmentStatsOrderField = "YELLOW_WARNINGS"
	OrderByOverdueRectifications   DepartmentStatsOrderField = "OVERDUE_RECTIFICATIONS"
	OrderByCode                    DepartmentStatsOrderField = "CODE"
	OrderByName                    DepartmentStatsOrderField = "NAME"
)

var departmentStatsOrderFields = []DepartmentStatsOrderField{OrderByAverageScore, OrderByExecutionRate,
	OrderByIndicatorCompletionRate, OrderByBudget, OrderByPaid, OrderByProjectCount, OrderByEvaluationCount,
	OrderByExcellentCount, OrderByRedWarnings, OrderByYellowWarnings, OrderByOverdueRectifications, OrderByCode, OrderByName}

func (f DepartmentStatsOrderField) MarshalGQL(w io.Writer) { marshalEnum(w, f) }
func (f *DepartmentStatsOrderField) UnmarshalGQL(v any) error {
	return unmarshalEnum(f, v, "DepartmentStatsOrderField", departmentStatsOrderFields)
}

// uses are the sums the field's sort key reads.
func (f DepartmentStatsOrderField) uses() []string {
	switch f {
	case OrderByExecutionRate:
		return []string{"adjusted", "paid"}
	case OrderByIndicatorCompletionRate:
		return []string{"indicators", "completed"}
	case OrderByBudget:
		return []string{"adjusted"}
	case OrderByPaid:
		return []string{"paid"}
	case OrderByProjectCount:
		return []string{"projects"}
	case OrderByEvaluationCount:
		return []string{"evaluations"}
	case OrderByExcellentCount:
		return []string{"excellent"}
	case OrderByRedWarnings:
		return []string{"red"}
	case OrderByYellowWarnings:
		return []string{"yellow"}
	case OrderByOverdueRectifications:
		return []string{"overdue"}
	case OrderByCode, OrderByName:
		return nil
	default:
		return []string{"scored", "score_sum"}
	}
}

// sortKey is the SQL of the field over the columns of one year (prefix c or p).
func (f DepartmentStatsOrderField) sortKey(prefix string) string {
	c := func(name string) string { return prefix + "_" + name }
	switch f {
	case OrderByExecutionRate:
		return fmt.Sprintf("CASE WHEN %s > 0 THEN %s * 1.0 / %s END", c("adjusted"), c("paid"), c("adjusted"))
	case OrderByIndicatorCompletionRate:
		return fmt.Sprintf("CASE WHEN %s > 0 THEN %s * 1.0 / %s END", c("indicators"), c("completed"), c("indicators"))
	case OrderByBudget:
		return c("adjusted")
	case OrderByPaid:
		return c("paid")
	case OrderByProjectCount:
		return c("projects")
	case OrderByEvaluationCount:
		return c("evaluations")
	case OrderByExcellentCount:
		return c("excellent")
	case OrderByRedWarnings:
		return c("red")
	case OrderByYellowWarnings:
		return c("yellow")
	case OrderByOverdueRectifications:
		return c("overdue")
	case OrderByCode:
		return "code"
	case OrderByName:
		return "name"
	default: // the average score as shown: rounded to 2 places
		return averageScoreKey(c("score_sum"), c("scored"))
	}
}

// DepartmentStatsOrder orders the department statistics.
type DepartmentStatsOrder struct {
	Direction ent.OrderDirection
	Field     DepartmentStatsOrderField
}

// DepartmentStatsWhereInput selects the departments listed and what counts.
type DepartmentStatsWhereInput struct {
	// IncludeSubunits: each department's figures include its subordinate units.
	IncludeSubunits *bool
	IDIn            []int
	// ParentID lists the direct subordinate units of a department.
	ParentID *int
	// HasParent false lists the top-level departments only.
	HasParent    *bool
	Region       *string
	RegionIn     []string
	Sector       *enums.Sector
	SectorIn     []enums.Sector
	Kind         *department.Kind
	NameContains *string
	// EvaluationKindIn limits the evaluations counted (scores, grades); all when empty.
	EvaluationKindIn []evaluation.Kind
}

// DepartmentStatsArgs are the arguments of DepartmentStats.
type DepartmentStatsArgs struct {
	FiscalYear int
	First      *int
	After      *ent.Cursor
	OrderBy    *DepartmentStatsOrder
	Where      *DepartmentStatsWhereInput
	// AsOfMonth reads the execution at the end of that month (payments of
	// months 1..m, time progress m/12); by default the whole year so far.
	AsOfMonth *int
	// Search lists only the departments whose name contains it, ranked among
	// every department Where leaves (a find, not a filter).
	Search *string
	// Departments loads the page's department entities (nil: not loaded).
	Departments DepartmentLoader
	// WithoutRectifications: the caller reads no rectification figure (open,
	// overdue), so they are not added up and read as 0 — unless the ordering
	// needs them.
	WithoutRectifications bool
	// WithoutPreviousYear: the caller reads no figure of the previous year
	// (PreviousYear, and Change but its Rank), so they are not read and are 0;
	// PreviousRank stays.
	WithoutPreviousYear bool
	// rankAll ranks every department even where the stored ranks would do
	// (the tests compare the two).
	rankAll bool
}

// Loader loads entities by id in one query (the GraphQL layer collects the
// fields the client selected on them, so nested edges cost no more).
type Loader[T any] func(ctx context.Context, ids []int) (map[int]T, error)

// DepartmentLoader loads departments.
type DepartmentLoader = Loader[*ent.Department]

// ListDepartmentStats ranks the departments the viewer may see in one SQL
// statement over the summaries (plus one to load the page's departments).
func ListDepartmentStats(ctx context.Context, client db, args DepartmentStatsArgs) (*DepartmentStatsConnection, error) {
	sc, err := viewerScope(ctx)
	if err != nil {
		return nil, err
	}
	if err := checkMonth(args.AsOfMonth); err != nil {
		return nil, err
	}
	pg, err := pageOf(args.First, args.After)
	if err != nil {
		return nil, err
	}
	w := args.Where
	if w == nil {
		w = &DepartmentStatsWhereInput{}
	}
	order := DepartmentStatsOrder{Direction: "DESC", Field: OrderByAverageScore}
	if args.OrderBy != nil {
		order = *args.OrderBy
	}
	dir := "DESC"
	if order.Direction == "ASC" {
		dir = "ASC"
	}
	subunits := w.IncludeSubunits != nil && *w.IncludeSubunits
	conn := &DepartmentStatsConnection{Edges: []*DepartmentStatsEdge{}}
	if sc.none() {
		conn.PageInfo = pg.info(0, 0)
		return conn, nil
	}

	p := &params{}
	fq := figuresQuery{year: args.FiscalYear, paidMonth: 12, kinds: w.EvaluationKindIn, now: now(ctx), direct: !subunits}
	if args.AsOfMonth != nil {
		fq.paidMonth = *args.AsOfMonth
	}
	uses := order.Field.uses()
	if args.WithoutRectifications && !readsRectifications(uses) {
		fq.only = sumsWithoutRectifications
	}
	fq.noPrevious = args.WithoutPreviousYear
	var q string
	search := ""
	if args.Search != nil {
		search = *args.Search
	}
	if !args.rankAll && search == "" && readsStoredRanks(sc, w, order) {
		q = storedRankingQuery(p, fq, pg)
	} else {
		q = rankingQuery(p, fq, sc, w, order, dir, pg, search)
	}
	tpCur := float64(progressMonth(ctx, args.FiscalYear, args.AsOfMonth)) / 12
	tpPrev := float64(progressMonth(ctx, args.FiscalYear-1, args.AsOfMonth)) / 12
	total := 0
	var ids []int
	var (
		id             int
		cur, prev      sums
		rank, prevRank integer
		count          integer
	)
	dest := append([]any{&id}, cur.scanners()...) // one set of scanners for every row
	dest = append(dest, prev.scanners()...)
	dest = append(dest, &rank, &prevRank, &count)
	err = query(ctx, client, q, p, func(rows *sql.Rows) error {
		cur, prev = sums{}, sums{}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		total = int(count.i)
		s := &DepartmentStats{DepartmentID: id, FiscalYear: args.FiscalYear, IncludesSubunits: subunits,
			Figures: cur.figures(tpCur), PreviousYear: prev.figures(tpPrev), Rank: int(rank.i), PreviousRank: int(prevRank.i)}
		s.Change = change(s.Figures, s.PreviousYear)
		rc := s.PreviousRank - s.Rank
		s.Change.Rank = &rc
		conn.Edges = append(conn.Edges, &DepartmentStatsEdge{Node: s, Cursor: cursor(pg.offset + len(conn.Edges))})
		ids = append(ids, id)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if total == 0 && pg.offset > 0 {
		// Past the end the window count is not seen; the offset is what we know.
		total = pg.offset
	}
	conn.TotalCount = total
	conn.PageInfo = pg.info(len(conn.Edges), total)
	if args.Departments != nil && len(ids) > 0 {
		deps, err := args.Departments(ctx, ids)
		if err != nil {
			return nil, err
		}
		for _, e := range conn.Edges {
			e.Node.Department = deps[e.Node.DepartmentID]
		}
	}
	return conn, nil
}

// rankingQuery ranks every listed department on the few sums its sort key
// needs; only the page's rows are then joined to all their figures. With a
// search, the ranks are taken among every listed department and then the
// rows whose name contains it are kept (and counted).
func rankingQuery(p *params, fq figuresQuery, sc scope, w *DepartmentStatsWhereInput, order DepartmentStatsOrder, dir string, pg page, search string) string {
	listed := listedDepartments(p, sc, w)
	members := membersCTE(p, "SELECT id FROM listed", sc, !fq.direct)
	uses := order.Field.uses()
	if !readsRectifications(uses) {
		// Rectifications are added up for the page only (ranked comes later
		// in the WITH list: RECURSIVE lets a CTE name a later one).
		fq.rcRoots = "SELECT id FROM ranked"
	}
	ctes := fq.ctes(p)
	if ctes != "" {
		ctes += ",\n"
	}
	found := "TRUE"
	if search != "" {
		found = `name LIKE ` + p.add("%"+escapeLike(search)+"%") + ` ESCAPE '\'`
	}
	limit, offset := p.add(pg.limit), p.add(pg.offset)
	keyCols := ""
	if len(uses) > 0 {
		keyCols = ", " + fq.columns("c", uses...) + ", " + fq.columns("p", uses...)
	}
	return fmt.Sprintf(`WITH RECURSIVE
listed AS (%s),
%s,
%skeyed AS (
  SELECT id, code, name, %s AS sort_key, %s AS prev_key
  FROM (SELECT r.id, r.code, r.name%s FROM listed r %s) k),
ranked AS (
  SELECT id, code, sort_key, rnk, prev_rnk, COUNT(*) OVER () AS total
  FROM (SELECT id, code, name, sort_key,
      RANK() OVER (ORDER BY sort_key %s NULLS LAST) AS rnk,
      RANK() OVER (ORDER BY prev_key %s NULLS LAST) AS prev_rnk
    FROM keyed) w
  WHERE %s
  ORDER BY sort_key %s NULLS LAST, code, id
  LIMIT %s OFFSET %s)
SELECT r.id, %s, %s, r.rnk, r.prev_rnk, r.total
FROM ranked r %s
ORDER BY r.sort_key %s NULLS LAST, r.code, r.id`,
		listed, members, ctes,
		order.Field.sortKey("c"), order.Field.sortKey("p"), keyCols, fq.joinsFor(uses),
		dir, dir, found, dir, limit, offset,
		fq.columns("c"), fq.columns("p"), fq.joins(), dir)
}

// listedDepartments is the SELECT of the departments a departmentStats
// request lists: inside the viewer's scope and matching the where input.
func listedDepartments(p *params, sc scope, w *DepartmentStatsWhereInput) string {
	conds := []string{sc.where("d.id", p)}
	if len(w.IDIn) > 0 {
		conds = append(conds, "d.id IN "+list(p, w.IDIn))
	}
	if w.ParentID != nil {
		conds = append(conds, "d.parent_id = "+p.add(*w.ParentID))
	}
	if w.HasParent != nil {
		if *w.HasParent {
			conds = append(conds, "d.parent_id IS NOT NULL")
		} else {
			conds = append(conds, "d.parent_id IS NULL")
		}
	}
	if w.Region != nil {
		conds = append(conds, "d.region = "+p.add(*w.Region))
	}
	if len(w.RegionIn) > 0 {
		conds = append(conds, "d.region IN "+list(p, w.RegionIn))
	}
	if w.Sector != nil {
		conds = append(conds, "d.sector = "+p.add(string(*w.Sector)))
	}
	if len(w.SectorIn) > 0 {
		conds = append(conds, "d.sector IN "+list(p, strs(w.SectorIn)))
	}
	if w.Kind != nil {
		conds = append(conds, "d.kind = "+p.add(string(*w.Kind)))
	}
	if w.NameContains != nil && *w.NameContains != "" {
		conds = append(conds, `d.name LIKE `+p.add("%"+escapeLike(*w.NameContains)+"%")+` ESCAPE '\'`)
	}
	return "SELECT d.id, d.code, d.name FROM departments d WHERE " + strings.Join(conds, " AND ")
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
