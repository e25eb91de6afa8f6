package analytics

// SummaryUpkeep is the statement that recomputes a summary table's rows of
// one department and fiscal year from the base tables (as refresh runs it),
// for partition_pruning_test.go; summary is "execution" or "project".
func SummaryUpkeep(summary string, department, year int64) (string, []any) {
	t := executionTable
	if summary == "project" {
		t = projectTable
	}
	p := &params{}
	keysCTE := "keys(department_id, fiscal_year) AS (VALUES (CAST(" + p.add(department) + " AS BIGINT), CAST(" + p.add(year) + " AS BIGINT)))"
	return t.insert(keysCTE), p.v
}
