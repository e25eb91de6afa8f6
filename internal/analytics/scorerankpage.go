package analytics

import "fmt"

// readsStoredRanks: the request ranks what department_score_ranks holds —
// every department, by average score highest first, its own figures with
// every evaluation kind — so its page is read in rank order instead of
// ranking all departments.
func readsStoredRanks(sc scope, w *DepartmentStatsWhereInput, order DepartmentStatsOrder) bool {
	return sc.All && order.Field == OrderByAverageScore && order.Direction != "ASC" &&
		(w.IncludeSubunits == nil || !*w.IncludeSubunits) && len(w.IDIn) == 0 && w.ParentID == nil &&
		w.HasParent == nil && w.Region == nil && len(w.RegionIn) == 0 && w.Sector == nil && len(w.SectorIn) == 0 &&
		w.Kind == nil && (w.NameContains == nil || *w.NameContains == "") && len(w.EvaluationKindIn) == 0
}

// storedRankingQuery is rankingQuery's statement for readsStoredRanks: the
// page's departments in stored rank order — the scored ones first, then,
// only when the page reaches past them, the others by code, which share the
// rank after the last scored one — with their stored rank of the year before,
// and the counts read from the index ends and the region counts, not by
// counting departments. A first page costs its rows, whatever the departments.
func storedRankingQuery(p *params, fq figuresQuery, pg page) string {
	fq.rcRoots = "SELECT id FROM ranked"
	ctes := fq.ctes(p) // the years' placeholders come first: fq.y, fq.yp
	if ctes != "" {
		ctes = ",\n" + ctes
	}
	end, limit, offset := p.add(pg.offset+pg.limit), p.add(pg.limit), p.add(pg.offset)
	return fmt.Sprintf(`WITH RECURSIVE
n AS (SELECT %[1]s AS ranked, %[2]s AS prev_ranked,
  (SELECT COALESCE(SUM(departments), 0) FROM region_summaries) AS total),
listed AS (
  SELECT id, code, rnk FROM (
    SELECT s.department_id AS id, d.code, s.score_rank AS rnk
    FROM department_score_ranks s JOIN departments d ON d.id = s.department_id
    WHERE s.fiscal_year = %[3]s ORDER BY s.score_rank, d.code, s.department_id LIMIT %[5]s) scored
  UNION ALL
  SELECT id, code, rnk FROM (
    SELECT d.id, d.code, (SELECT ranked FROM n) + 1 AS rnk FROM departments d
    WHERE (SELECT ranked FROM n) < %[5]s
      AND NOT EXISTS (SELECT 1 FROM department_score_ranks s WHERE s.fiscal_year = %[3]s AND s.department_id = d.id)
    ORDER BY d.code, d.id LIMIT %[5]s) unscored),
ranked AS (SELECT id, code, rnk FROM listed ORDER BY rnk, code, id LIMIT %[6]s OFFSET %[7]s),
%[8]s%[9]s
SELECT r.id, %[10]s, %[11]s, r.rnk,
  COALESCE((SELECT pr.score_rank FROM department_score_ranks pr WHERE pr.fiscal_year = %[4]s AND pr.department_id = r.id),
    (SELECT prev_ranked FROM n) + 1) AS prev_rnk,
  (SELECT total FROM n) AS total
FROM ranked r %[12]s
ORDER BY r.rnk, r.code, r.id`,
		rankedCount(fq.y), rankedCount(fq.yp), fq.y, fq.yp, end, limit, offset,
		membersCTE(p, "SELECT id FROM ranked", scope{}, false), ctes,
		fq.columns("c"), fq.columns("p"), fq.joins())
}

// rankedCount is how many departments have a stored rank in the year: the
// last rank plus the others tied with it — two index lookups, not a count of
// the year's rows.
func rankedCount(year string) string {
	return fmt.Sprintf(`COALESCE((SELECT s.score_rank + COUNT(*) - 1 FROM department_score_ranks s
    WHERE s.fiscal_year = %[1]s AND s.score_rank = (SELECT MAX(score_rank) FROM department_score_ranks WHERE fiscal_year = %[1]s)
    GROUP BY s.score_rank), 0)`, year)
}
