package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"
)

// The comparison's chart of execution rate against average score counts the
// scored departments per cell instead of drawing every department: a
// province's thousands of points are unreadable, and reading them all makes
// the page cost O(departments). The cells are plain integer arithmetic, the
// same in Go and in both databases' SQL.

const (
	// executionCellsPerUnit: execution-rate cells are 1/20 = 5 % wide.
	executionCellsPerUnit = 20
	// scoreCellPoints: score cells are 5 points high; 100 joins the last.
	scoreCellPoints = 5
	lastScoreCell   = 100/scoreCellPoints - 1
)

// executionCell is the cell of paid ÷ adjusted (fen): rounded down to 5 %;
// without a budget, or with nothing paid, 0.
func executionCell(paid, adjusted int64) int {
	if paid <= 0 || adjusted <= 0 {
		return 0
	}
	return int(paid * executionCellsPerUnit / adjusted)
}

// scoreCell is the cell of the average score as shown (2 places, half up;
// sum in 1/10000 points), and false without a score.
func scoreCell(sum, scored int64) (int, bool) {
	if scored <= 0 {
		return 0, false
	}
	hundredths := (sum*2 + scored*100) / (scored * 200)
	return min(max(int(hundredths/(scoreCellPoints*100)), 0), lastScoreCell), true
}

// executionCellSQL and scoreCellSQL are the two cells over SQL columns.
func executionCellSQL(paid, adjusted string) string {
	return fmt.Sprintf("CASE WHEN %[1]s > 0 AND %[2]s > 0 THEN CAST(%[1]s AS BIGINT) * %[3]d / CAST(%[2]s AS BIGINT) ELSE 0 END",
		paid, adjusted, executionCellsPerUnit)
}

func scoreCellSQL(sum, scored string) string {
	avg := averageScoreKey(sum, scored)
	return fmt.Sprintf("CASE WHEN %[1]s >= %[2]d THEN %[3]d WHEN %[1]s < 0 THEN 0 ELSE %[1]s / %[4]d END",
		avg, (lastScoreCell+1)*scoreCellPoints*100, lastScoreCell, scoreCellPoints*100)
}

// ExecutionScoreGrid counts scored departments per cell of execution rate and
// average score.
type ExecutionScoreGrid struct {
	ExecutionRateStep float64
	ScoreStep         int
	DepartmentCount   int
	Cells             []*ExecutionScoreCell
}

// ExecutionScoreCell is one cell: execution rate from (inclusive) to
// (exclusive), score from to (exclusive; the last cell holds 100).
type ExecutionScoreCell struct {
	ExecutionRateFrom, ExecutionRateTo float64
	ScoreFrom, ScoreTo                 int
	DepartmentCount                    int
}

// ExecutionScoreGridArgs selects the departments and what counts, as
// departmentStats does.
type ExecutionScoreGridArgs struct {
	FiscalYear int
	Where      *DepartmentStatsWhereInput
	// countAll counts the departments even where the kept cells would do
	// (the tests compare the two).
	countAll bool
}

type cellKey struct{ execution, score int }

// GetExecutionScoreGrid counts the departments the viewer may see that have a
// score in the year, per cell. The whole scope's default figures are read
// from the kept cells (O(cells)); any filter counts its departments.
func GetExecutionScoreGrid(ctx context.Context, client db, args ExecutionScoreGridArgs) (*ExecutionScoreGrid, error) {
	sc, err := viewerScope(ctx)
	if err != nil {
		return nil, err
	}
	w := args.Where
	if w == nil {
		w = &DepartmentStatsWhereInput{}
	}
	grid := &ExecutionScoreGrid{ExecutionRateStep: 1.0 / executionCellsPerUnit, ScoreStep: scoreCellPoints, Cells: []*ExecutionScoreCell{}}
	if sc.none() {
		return grid, nil
	}
	p := &params{}
	var q string
	if !args.countAll && readsKeptCells(sc, w) {
		q = "SELECT execution_cell, score_cell, departments FROM execution_score_cells WHERE fiscal_year = " +
			p.add(args.FiscalYear) + " AND departments > 0 ORDER BY 1, 2"
	} else {
		q = countedCellsQuery(p, args.FiscalYear, sc, w, now(ctx))
	}
	err = query(ctx, client, q, p, func(rows *sql.Rows) error {
		var e, s, n integer
		if err := rows.Scan(&e, &s, &n); err != nil {
			return err
		}
		grid.DepartmentCount += int(n.i)
		grid.Cells = append(grid.Cells, &ExecutionScoreCell{
			ExecutionRateFrom: float64(e.i) / executionCellsPerUnit, ExecutionRateTo: float64(e.i+1) / executionCellsPerUnit,
			ScoreFrom: int(s.i) * scoreCellPoints, ScoreTo: int(s.i+1) * scoreCellPoints, DepartmentCount: int(n.i)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return grid, nil
}

// readsKeptCells: the request counts what execution_score_cells keeps — every
// department, its own figures of the whole year, every evaluation kind.
func readsKeptCells(sc scope, w *DepartmentStatsWhereInput) bool {
	return readsStoredRanks(sc, w, DepartmentStatsOrder{Field: OrderByAverageScore, Direction: "DESC"})
}

// countedCellsQuery counts the listed departments per cell from their figures.
func countedCellsQuery(p *params, year int, sc scope, w *DepartmentStatsWhereInput, at time.Time) string {
	subunits := w.IncludeSubunits != nil && *w.IncludeSubunits
	uses := []string{"adjusted", "paid", "scored", "score_sum"}
	fq := figuresQuery{year: year, paidMonth: 12, kinds: w.EvaluationKindIn, now: at, direct: !subunits, only: uses, noPrevious: true}
	listed := listedDepartments(p, sc, w)
	members := membersCTE(p, "SELECT id FROM listed", sc, subunits)
	ctes := fq.ctes(p)
	if ctes != "" {
		ctes = ",\n" + ctes
	}
	return fmt.Sprintf(`WITH RECURSIVE
listed AS (%s),
%s%s
SELECT %s AS e, %s AS s, COUNT(*)
FROM (SELECT r.id, %s FROM listed r %s) k
WHERE c_scored > 0
GROUP BY %[4]s, %[5]s
ORDER BY 1, 2`,
		listed, members, ctes,
		executionCellSQL("c_paid", "c_adjusted"), scoreCellSQL("c_score_sum", "c_scored"),
		fq.columns("c", uses...), fq.joinsFor(uses))
}

// cellOf is a department-year's chart cell, and false without a score.
func cellOf(r yearRow) (cellKey, bool) {
	s, ok := scoreCell(r.sum, r.scored)
	return cellKey{executionCell(r.paid, r.adjusted), s}, ok
}

// yearCell is a cell of a fiscal year.
type yearCell struct {
	year int
	cell cellKey
}

// cellMoves adds to moves what a refresh moved: −1 where a scored key was,
// +1 where it is.
func cellMoves(moves map[yearCell]int, before, after map[key]yearRow) {
	for k, r := range before {
		if c, ok := cellOf(r); ok {
			moves[yearCell{k.year, c}]--
		}
	}
	for k, r := range after {
		if c, ok := cellOf(r); ok {
			moves[yearCell{k.year, c}]++
		}
	}
}

// anyMove: some cell's count changes.
func anyMove(moves map[yearCell]int) bool {
	for _, n := range moves {
		if n != 0 {
			return true
		}
	}
	return false
}

// moveCells writes moves to execution_score_cells in one statement (in the
// cells' order), and drops the cells left empty.
func moveCells(ctx context.Context, d db, moves map[yearCell]int) error {
	cells := make([]yearCell, 0, len(moves))
	for c, n := range moves {
		if n != 0 {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return nil
	}
	slices.SortFunc(cells, func(a, b yearCell) int {
		if a.year != b.year {
			return a.year - b.year
		}
		if a.cell.execution != b.cell.execution {
			return a.cell.execution - b.cell.execution
		}
		return a.cell.score - b.cell.score
	})
	p := &params{}
	values := ""
	for i, c := range cells {
		if i > 0 {
			values += ", "
		}
		values += fmt.Sprintf("(CAST(%s AS INTEGER), CAST(%s AS INTEGER), CAST(%s AS INTEGER), CAST(%s AS INTEGER))",
			p.add(c.year), p.add(c.cell.execution), p.add(c.cell.score), p.add(moves[c]))
	}
	upsert := `INSERT INTO execution_score_cells (fiscal_year, execution_cell, score_cell, departments) VALUES ` + values + `
ON CONFLICT (fiscal_year, execution_cell, score_cell) DO UPDATE SET departments = execution_score_cells.departments + excluded.departments`
	if err := exec(ctx, d, upsert, p); err != nil {
		return err
	}
	return exec(ctx, d, "DELETE FROM execution_score_cells WHERE departments <= 0", &params{})
}

// freshCells selects (fiscal_year, execution_cell, score_cell, departments)
// of every existing department with a score.
func freshCells() string {
	return fmt.Sprintf(`SELECT x.fiscal_year, %[1]s, %[2]s, COUNT(*)
FROM department_year_summaries x JOIN departments d ON d.id = x.department_id WHERE x.scored > 0
GROUP BY x.fiscal_year, %[1]s, %[2]s`, executionCellSQL("x.paid_amount", "x.adjusted_amount"), scoreCellSQL("x.score_sum", "x.scored"))
}

// rebuildCells counts every year's cells afresh (Rebuild).
func rebuildCells(ctx context.Context, d db) error {
	if err := exec(ctx, d, "DELETE FROM execution_score_cells", &params{}); err != nil {
		return err
	}
	return exec(ctx, d, "INSERT INTO execution_score_cells (fiscal_year, execution_cell, score_cell, departments) "+freshCells(), &params{})
}
