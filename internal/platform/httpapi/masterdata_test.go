package httpapi

import (
	"testing"

	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestMasterDataIsTheAdministrators: departments, funds, the indicator
// library, agencies, experts and rule sets are written by the administrator
// only; every other role is refused (FORBIDDEN) for every one of these
// mutations, and the administrator's own call goes through.
func TestMasterDataIsTheAdministrators(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		dep, agency := atoi(ids["department"]), atoi(ids["agency"])
		a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
		a.createUser("leader", enums.RoleLeader, nil, nil)
		a.createUser("dept", enums.RoleDepartmentUser, &dep, nil)
		a.createUser("evaluator", enums.RoleEvaluator, nil, &agency)
		calls := []struct {
			mutation, query string
			vars            map[string]any
		}{
			{"createDepartment", `mutation($c: String!) { createDepartment(input: {code: $c, name: "新单位", region: "市本级", sector: EDUCATION}) { id } }`, nil},
			{"updateDepartment", `mutation($id: ID!, $l: Int!) { updateDepartment(id: $id, lockVersion: $l, input: {headcount: 90}) { id } }`, map[string]any{"id": ids["department"]}},
			{"createFund", `mutation { createFund(input: {fiscalYear: 2026, name: "新资金", source: OTHER, level: CITY, amount: "1.00"}) { id } }`, nil},
			{"updateFund", `mutation($id: ID!, $l: Int!) { updateFund(id: $id, lockVersion: $l, input: {amount: "12000001.00"}) { id } }`, map[string]any{"id": ids["fund"]}},
			{"createIndicatorTemplate", `mutation($c: String!) { createIndicatorTemplate(input: {code: $c, category: OUTPUT, subcategory: QUANTITY, name: "x", comparator: GTE}) { id } }`, nil},
			{"updateIndicatorTemplate", `mutation($id: ID!, $l: Int!) { updateIndicatorTemplate(id: $id, lockVersion: $l, input: {name: "培训人次（新）"}) { id } }`, map[string]any{"id": ids["template"]}},
			{"createAgency", `mutation($c: String!) { createAgency(input: {code: $c, name: "新机构"}) { id } }`, nil},
			{"updateAgency", `mutation($id: ID!, $l: Int!) { updateAgency(id: $id, lockVersion: $l, input: {name: "改名机构"}) { id } }`, map[string]any{"id": ids["agency"]}},
			{"createExpert", `mutation($a: ID!) { createExpert(input: {name: "新专家", specialty: "财政", agencyID: $a}) { id } }`, map[string]any{"a": ids["agency"]}},
			{"updateExpert", `mutation($id: ID!, $l: Int!) { updateExpert(id: $id, lockVersion: $l, input: {specialty: "预算绩效"}) { id } }`, map[string]any{"id": ids["expert"]}},
			{"createRuleSetVersion", `mutation($c: String!) { createRuleSetVersion(input: {name: $c, region: "市本级", fiscalYear: 2026, overrides: "{}"}) { id } }`, nil},
		}
		n := 0
		vars := func(v map[string]any) map[string]any {
			out := map[string]any{}
			for k, x := range v {
				out[k] = x
			}
			n++
			out["c"] = "MD-" + string(rune('A'+n%26)) + string(rune('A'+n/26))
			if id, ok := v["id"].(string); ok {
				out["l"] = a.lockOf(id)
			}
			return out
		}
		for _, c := range calls {
			for _, role := range []string{"reviewer", "leader", "dept", "evaluator"} {
				a.login(role)
				a.refused(role+" "+c.mutation, c.query, vars(c.vars), "FORBIDDEN", "")
			}
			a.login("admin")
			if out := a.do(c.query, vars(c.vars)); len(out.Errors) > 0 {
				t.Fatalf("admin %s: %s", c.mutation, out.Errors[0].Message)
			}
		}
	})
}
