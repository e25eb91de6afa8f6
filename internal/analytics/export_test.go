package analytics

import "jixiao/internal/domain/auth"

// Exported for the external tests, which need the databases.
var (
	AverageScoreKey   = averageScoreKey
	AverageHundredths = averageHundredths
	// WithoutRegionRollups: the cockpit adds up departments, not regions.
	WithoutRegionRollups = withoutRegionRollups
)

// RankingEveryDepartment makes departmentStats rank every department even
// where it would read the stored ranks.
func RankingEveryDepartment(a *DepartmentStatsArgs) { a.rankAll = true }

// ReadsStoredRanks tells whether departmentStats would read the stored ranks.
func ReadsStoredRanks(all bool, w *DepartmentStatsWhereInput, order DepartmentStatsOrder) bool {
	return readsStoredRanks(scope{auth.Scope{All: all}}, w, order)
}

// CountingEveryDepartment makes executionScoreGrid count the departments even
// where it would read the kept cells.
func CountingEveryDepartment(a *ExecutionScoreGridArgs) { a.countAll = true }

// ExecutionCell and ScoreCell are the chart's cells.
var (
	ExecutionCell    = executionCell
	ScoreCell        = scoreCell
	ExecutionCellSQL = executionCellSQL
	ScoreCellSQL     = scoreCellSQL
)
