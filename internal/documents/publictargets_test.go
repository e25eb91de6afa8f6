package documents_test

import (
	"encoding/json"
	"strings"
	"testing"

	"jixiao/internal/testdb"
)

// TestPublicTargets: anonymous readers see the approved targets of a year
// with their indicators' wording and values, and nothing internal; the
// department picker lists departments with something published.
func TestPublicTargets(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		// A draft target of the other department is not published.
		e.client.Target.Create().SetFiscalYear(2026).SetGoal("草稿目标").SetDepartmentID(e.other.ID).ExecX(allow())
		q := `query($dep: ID) { publicTargets(fiscalYear: 2026, departmentId: $dep) { totalCount edges { node { id departmentName projectName goal
			indicators { category subcategory name comparator targetValue targetText unit } } } } }`
		data, errs := e.gql("", q, nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		if strings.Contains(string(data), "完成 12 所") {
			t.Fatalf("a target not yet approved is public: %s", data)
		}
		e.target = e.target.Update().SetStatus("APPROVED").SaveX(allow())
		data, errs = e.gql("", q, nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		var page struct {
			PublicTargets struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						DepartmentName, ProjectName, Goal string
						Indicators                        []struct{ Name, Comparator string }
					}
				}
			}
		}
		json.Unmarshal(data, &page)
		if page.PublicTargets.TotalCount != 1 || len(page.PublicTargets.Edges) != 1 {
			t.Fatalf("public targets: %s", data)
		}
		n := page.PublicTargets.Edges[0].Node
		if n.DepartmentName != "市教育局" || n.ProjectName != e.project.Name || len(n.Indicators) != 4 || n.Indicators[0].Name != "维修学校数" {
			t.Errorf("public target %+v", n)
		}
		// Internal fields are not in the type.
		if _, errs := e.gql("", `{ publicTargets(fiscalYear: 2026) { edges { node { lockVersion } } } }`, nil); len(errs) == 0 {
			t.Error("lockVersion readable on a public target")
		}
		if _, errs := e.gql("", `{ publicTargets(fiscalYear: 2026) { edges { node { indicators { weight } } } } }`, nil); len(errs) == 0 {
			t.Error("weight readable on a public indicator")
		}
		// Filtered by another department: nothing.
		data, _ = e.gql("", q, map[string]any{"dep": itoa(e.other.ID)})
		if !strings.Contains(string(data), `"totalCount":0`) {
			t.Errorf("other department's public targets: %s", data)
		}
		// The picker lists the department with an approved target, not the other.
		data, errs = e.gql("", `{ publicDepartments(fiscalYear: 2026) { id name sector } }`, nil)
		if len(errs) > 0 || !strings.Contains(string(data), "市教育局") || strings.Contains(string(data), "市卫健委") {
			t.Errorf("public departments: %s %v", data, errs)
		}
	})
}
