package httpapi

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestRegions: the regions query lists every region (departments' and
// regional rule sets'), by name, with the viewer's own department counts; a
// region argument naming no region is BAD_USER_INPUT naming the argument,
// not a page of zeros; and a score outside 0–100 is refused the same way.
func TestRegions(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newHardenedOn(t, url, Options{Development: true})
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		c := a.db.Client
		c.Department.Create().SetCode("C1").SetName("市教育局").SetRegion("市本级").SetSector(enums.SectorEducation).SaveX(ctx)
		c.Department.Create().SetCode("C2").SetName("市卫健委").SetRegion("市本级").SetSector(enums.SectorHealth).SaveX(ctx)
		county := c.Department.Create().SetCode("J1").SetName("靖边县教育局").SetRegion("靖边县").SetSector(enums.SectorEducation).SaveX(ctx)
		a.ok(`mutation { createRuleSetVersion(input: {name: "神木市 2025", region: "神木市", fiscalYear: 2025, overrides: "{\"gradeExcellent\": \"89\"}"}) { id } }`, nil, nil)

		type region struct {
			Name            string   `json:"name"`
			DepartmentCount int      `json:"departmentCount"`
			RuleSets        []string `json:"ruleSets"`
		}
		regions := func() []region {
			var data struct{ Regions []region }
			a.ok(`{ regions { name departmentCount ruleSets } }`, nil, &data)
			return data.Regions
		}
		want := `[{"name":"市本级","departmentCount":2,"ruleSets":[]},{"name":"神木市","departmentCount":0,"ruleSets":["神木市 2025"]},{"name":"靖边县","departmentCount":1,"ruleSets":[]}]`
		if got, _ := json.Marshal(regions()); string(got) != want {
			t.Fatalf("regions as admin:\n got %s\nwant %s", got, want)
		}
		admin := a.token
		a.loginAs("county", enums.RoleDepartmentUser, &county.ID)
		want = `[{"name":"市本级","departmentCount":0,"ruleSets":[]},{"name":"神木市","departmentCount":0,"ruleSets":["神木市 2025"]},{"name":"靖边县","departmentCount":1,"ruleSets":[]}]`
		if got, _ := json.Marshal(regions()); string(got) != want {
			t.Fatalf("regions as a county department:\n got %s\nwant %s", got, want)
		}
		a.token = admin

		for _, tc := range []struct{ query, field, name string }{
			{`{ overview(fiscalYear: 2025, region: "靖边") { projectCount } }`, "region", "靖边"},
			{`query($r: String) { overview(fiscalYear: 2025, region: $r) { projectCount } }`, "region", "榆阳"},
			{`{ departmentStats(fiscalYear: 2025, where: {regionIn: ["市本级", "府谷"]}) { totalCount } }`, "where.regionIn", "府谷"},
			{`{ ruleSetFor(region: "神木", fiscalYear: 2025) { ruleSetName } }`, "region", "神木"},
		} {
			out, statements := a.send(post(tc.query, map[string]any{"r": "榆阳"}).bearer(a.token))
			if out.code() != "BAD_USER_INPUT" || out.Errors[0].Extensions["field"] != tc.field ||
				!strings.Contains(out.message(), tc.name) || !bilingual(out.message()) {
				t.Errorf("%s: got %s", tc.query, out.raw)
			}
			if statements > 5 { // the credential, the region check; no analytics
				t.Errorf("%s: %d statements before the refusal", tc.query, statements)
			}
		}
		for _, q := range []string{
			`{ overview(fiscalYear: 2025, region: "靖边县") { projectCount } }`,
			`{ departmentStats(fiscalYear: 2025, where: {regionIn: ["市本级", "靖边县"]}) { totalCount } }`,
			`{ ruleSetFor(region: "神木市", fiscalYear: 2025) { ruleSetName } }`,
		} {
			a.ok(q, nil, nil)
		}
		// A mutation may name a new region: the department creates it.
		a.ok(`mutation { createDepartment(input: {code: "F1", name: "府谷县财政局", region: "府谷县", sector: EDUCATION}) { id } }`, nil, nil)
		a.ok(`{ overview(fiscalYear: 2025, region: "府谷县") { projectCount } }`, nil, nil)

		for _, score := range []string{"150", "100.01", "-1"} {
			out, _ := a.send(post(`query($s: Decimal!) { gradeFor(score: $s) }`, map[string]any{"s": score}).bearer(a.token))
			if out.code() != "BAD_USER_INPUT" || out.Errors[0].Extensions["field"] != "score" || !strings.Contains(out.message(), score) {
				t.Errorf("gradeFor(%s): got %s", score, out.raw)
			}
		}
		var g struct{ GradeFor string }
		a.ok(`{ gradeFor(score: "100") }`, nil, &g)
		if g.GradeFor != "EXCELLENT" {
			t.Errorf("gradeFor(100) = %s", g.GradeFor)
		}
	})
}
