package dataversion

import (
	"slices"
	"testing"
)

// TestNotes: the tables a statement reads are every table named in it; the
// tables it writes are those after INSERT INTO, UPDATE and DELETE FROM, in
// ent's quoted form and in hand-written SQL, in either case.
func TestNotes(t *testing.T) {
	names := func(s *Set) []string {
		var out []string
		for name, id := range tables() {
			if slices.Contains(s.IDs(), id) {
				out = append(out, name)
			}
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		query          string
		reads, written []string
	}{
		{`SELECT "projects"."id" FROM "projects" JOIN "targets" ON true`, []string{"projects", "targets"}, nil},
		{"SELECT `indicators`.`name` FROM `indicators`", []string{"indicators"}, nil},
		{`INSERT INTO "disbursements" ("amount") VALUES ($1) RETURNING "id"`, []string{"disbursements"}, []string{"disbursements"}},
		{`update "sessions" set "revoked_at" = $1 where "user_id" IN (SELECT id FROM users)`, []string{"sessions", "users"}, []string{"sessions"}},
		{`WITH keys AS (SELECT 1) DELETE FROM execution_summaries WHERE (department_id) IN (SELECT department_id FROM keys)`,
			[]string{"execution_summaries"}, []string{"execution_summaries"}},
		{`INSERT INTO summary_refreshes (department_id) VALUES (1) ON CONFLICT (department_id) DO UPDATE SET version = summary_refreshes.version + 1`,
			[]string{"summary_refreshes"}, []string{"summary_refreshes"}},
		{`SELECT version FROM data_versions`, nil, nil},
	} {
		r, w := &Set{}, &Set{}
		noteReads(r, c.query)
		noteWrites(w, c.query)
		if got := names(r); !slices.Equal(got, c.reads) {
			t.Errorf("%s\nreads %v, want %v", c.query, got, c.reads)
		}
		if got := names(w); !slices.Equal(got, c.written) {
			t.Errorf("%s\nwrites %v, want %v", c.query, got, c.written)
		}
	}
}

// TestTableIDsAreDistinct: no two tables share a version row, nor rows 1 and 2.
func TestTableIDsAreDistinct(t *testing.T) {
	seen := map[int]string{GlobalID: "global", AllID: "all"}
	for name, id := range tables() {
		if other, ok := seen[id]; ok {
			t.Fatalf("%s and %s share version row %d", name, other, id)
		}
		seen[id] = name
	}
}
