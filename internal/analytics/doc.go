// Package analytics answers the aggregate questions of leaders and analysts —
// the cockpit overview, the department comparison, the typed stats cube and the
// same-type project comparison (比较法) — each in one SQL statement that works
// on PostgreSQL and SQLite alike.
//
// The figures come from summary tables (ent/schema/analyticssummary.go) kept
// per department and fiscal year: execution (budgets and payments by month,
// by category, sector and fund source), performance (projects, targets,
// indicators, monitoring warnings), evaluation (scores and grades by kind),
// rectifications (open, by deadline), projects (one row per project and year,
// for the comparison) and their roll-up per department and year, added up
// again per region and year (the cockpit of the whole scope or a region reads
// a row per region); plus the department tree's closure. Hook recomputes the summary rows of every
// (department, fiscal year) a change touches, inside the change's transaction
// (after a lock on that key, so concurrent writers serialise per key), so a
// read after a write always sees it; Rebuild recomputes everything (the demo
// generator calls it after its bulk load; WithoutMaintenance turns the hook
// off for such loads).
//
// Raw SQL bypasses ent's privacy rules, so every query here filters by the
// viewer's scope (auth.ScopeOf): finance staff and leaders see everything,
// department users their department subtree, everyone else nothing, and a
// request without a viewer is refused.
//
// Files, one concern each: sql.go (running portable SQL), scope.go (the
// viewer's departments), figures.go and figuresql.go (the figures shared by
// the department comparison and the cockpit, their rules and their SQL),
// summary.go (the summary SQL and Rebuild), regionrollup.go (the region
// roll-ups and their locks), maintain.go (the hook),
// departmentstats.go, overview.go, stats.go, comparison.go (the queries),
// page.go (cursors), enum.go (the GraphQL enums).
package analytics
