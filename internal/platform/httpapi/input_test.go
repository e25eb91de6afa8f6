package httpapi

import (
	"encoding/json"
	"strings"
	"testing"

	"jixiao/internal/testdb"
)

// moneyInputs is the one table of Money texts: what is stored, or "" when
// refused. Both databases must give the same answer for each.
var moneyInputs = []inputCase{
	{"1234.50", "1234.50"},
	{"1234.5", "1234.50"},
	{"0.01", "0.01"},
	{"9999999999999999.99", "9999999999999999.99"},
	{"1,50", ""},
	{"1,234.50", ""},
	{" 12.00", ""},
	{"12.00 ", ""},
	{"+12", ""},
	{"1e3", ""},
	{"12.345", ""},
	{"0.123456789", ""},
	{"1.", ""},
	{".5", ""},
	{"", ""},
	{"１２", ""},
	{"12\u00a0000", ""},
	{"NaN", ""},
	{"10000000000000000", ""},
}

func TestMoneyInputTableOnBothDatabases(t *testing.T) {
	sameAnswersOnBothDatabases(t, moneyInputs, func(a *api) sender {
		return func(i int, in string) (gqlResponse, func() string) {
			out := a.do(`mutation($in: CreateFundInput!) { createFund(input: $in) { id amount } }`,
				map[string]any{"in": map[string]any{"name": "资金" + strings.Repeat("x", i), "source": "GENERAL_BUDGET", "level": "CITY", "fiscalYear": 2026, "amount": in}})
			return out, func() string {
				var data struct{ CreateFund struct{ Amount string } }
				a.decode(out, &data)
				return data.CreateFund.Amount
			}
		}
	})
}

func TestTextDatesAndTreeRefusedOnBothDatabases(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		create := `mutation($in: CreateDepartmentInput!) { createDepartment(input: $in) { id } }`
		dept := func(code string, extra map[string]any) map[string]any {
			in := map[string]any{"code": code, "name": "单位" + code, "region": "市本级", "sector": "EDUCATION"}
			for k, v := range extra {
				in[k] = v
			}
			return map[string]any{"in": in}
		}
		refused := func(what string, out gqlResponse, field string) {
			t.Helper()
			if len(out.Errors) == 0 {
				t.Fatalf("%s: accepted", what)
			}
			e := out.Errors[0]
			if e.Extensions["code"] != "BAD_USER_INPUT" || !strings.Contains(e.Message, " / ") {
				t.Fatalf("%s: %+v; want a bilingual BAD_USER_INPUT", what, e)
			}
			if field != "" && e.Extensions["field"] != field {
				t.Fatalf("%s: field %v; want %s", what, e.Extensions["field"], field)
			}
		}
		refused("a NUL byte in a name", a.do(create, dept("N1", map[string]any{"name": "教育\x00局"})), "")
		top := a.id("createDepartment", create, dept("T1", nil))
		child := a.id("createDepartment", create, dept("T2", map[string]any{"parentID": top}))
		grandchild := a.id("createDepartment", create, dept("T3", map[string]any{"parentID": child}))
		update := `mutation($id: ID!, $l: Int!, $in: UpdateDepartmentInput!) { updateDepartment(id: $id, lockVersion: $l, input: $in) { id } }`
		refused("own parent", a.do(update, map[string]any{"id": top, "l": a.lockOf(top), "in": map[string]any{"parentID": top}}), "input.parentID")
		refused("its child's child as parent", a.do(update, map[string]any{"id": top, "l": a.lockOf(top), "in": map[string]any{"parentID": grandchild}}), "input.parentID")

		long := strings.Repeat("长", 20_001)
		project := `mutation($in: CreateProjectInput!) { createProject(input: $in) { id } }`
		p := func(extra map[string]any) map[string]any {
			in := map[string]any{"code": "P1", "name": "项目", "fiscalYear": 2026, "category": "SPECIAL_BUSINESS", "sector": "EDUCATION", "departmentID": top}
			for k, v := range extra {
				in[k] = v
			}
			return map[string]any{"in": in}
		}
		refused("a 20,001-character description", a.do(project, p(map[string]any{"description": long})), "input.description")
		refused("ending before it starts", a.do(project, p(map[string]any{"endYear": 2025})), "input.endYear")
		refused("fiscal year 1900", a.do(project, p(map[string]any{"fiscalYear": 1900})), "")

		a.counter.Reset()
		a.ok(`{ __typename }`, nil, nil)
		authentication := a.counter.Count() // reading the bearer token's viewer
		for _, q := range []string{
			`{ departmentStats(fiscalYear: -1) { totalCount } }`,
			`{ departmentStats(fiscalYear: 9999) { totalCount } }`,
			`{ overview(fiscalYear: 2026, asOfMonth: 13) { projectCount } }`,
		} {
			a.counter.Reset()
			refused(q, a.do(q, nil), "")
			if n := a.counter.Count(); n > authentication {
				t.Fatalf("%s: %d SQL statements besides authentication before the refusal", q, n-authentication)
			}
		}
		var vars map[string]any
		json.Unmarshal([]byte(`{"y": -1}`), &vars)
		refused("a year in a variable", a.do(`query($y: Int!) { departmentStats(fiscalYear: $y) { totalCount } }`, vars), "fiscalYear")
	})
}
