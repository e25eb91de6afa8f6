package documents_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"jixiao/internal/domain/auth"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/crypto/bcrypt"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/platform/httpapi"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

const password = "Jixiao@2026"

// env is a real server over a real database with two departments.
type env struct {
	t          *testing.T
	srv        *httptest.Server
	client     *ent.Client
	dep, other *ent.Department
	project    *ent.Project
	target     *ent.Target
}

// allow writes fixtures as the workflow does (the data layer refuses other writes).
func allow() context.Context {
	return auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow))
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func newEnv(t *testing.T, url string) *env {
	t.Helper()
	db := testdb.Open(t, url, store.DefaultOptions)
	srv := httptest.NewServer(httpapi.New(db.Client, db.SQL, httpapi.Options{Development: true, NoQueryCache: true}))
	t.Cleanup(srv.Close)
	e := &env{t: t, srv: srv, client: db.Client}
	c, ctx := db.Client, allow()
	e.dep = c.Department.Create().SetCode("115001").SetName("市教育局").SetRegion("市本级").SetSector(enums.SectorEducation).SaveX(ctx)
	e.other = c.Department.Create().SetCode("116001").SetName("市卫健委").SetRegion("市本级").SetSector(enums.SectorHealth).SaveX(ctx)
	fund := c.Fund.Create().SetFiscalYear(2026).SetName("教育专项").SetSource("TRANSFER").SetLevel("PROVINCE").SetAmount(money.Yuan(5000000)).SaveX(ctx)
	e.project = e.newProject("2026-JY-001", e.dep.ID)
	c.Allocation.Create().SetFiscalYear(2026).SetInitialAmount(money.Yuan(1200000)).SetFundID(fund.ID).SetProjectID(e.project.ID).ExecX(ctx)
	e.target = c.Target.Create().SetFiscalYear(2026).SetGoal("完成 12 所学校的校舍维修，消除安全隐患。").
		SetProjectID(e.project.ID).SetDepartmentID(e.dep.ID).SaveX(ctx)
	text := "明显改善"
	for i, in := range []ent.CreateIndicatorInput{
		{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuantity, Name: "维修学校数", Comparator: enums.ComparatorGte, TargetValue: ptr(dec("12")), Unit: ptr("所"), Weight: dec("20")},
		{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuality, Name: "验收合格率", Comparator: enums.ComparatorEq, TargetValue: ptr(dec("100")), Unit: ptr("%"), Weight: dec("17.5")},
		{Category: enums.IndicatorCategoryEffect, Subcategory: enums.SubcategorySocialBenefit, Name: "校舍安全状况", Comparator: enums.ComparatorQualitative, TargetText: &text, Weight: dec("30")},
		{Category: enums.IndicatorCategorySatisfaction, Subcategory: enums.SubcategoryServiceSatisfaction, Name: "师生满意度", Comparator: enums.ComparatorGte, TargetValue: ptr(dec("90.5")), Unit: ptr("%"), Weight: dec("12.5")},
	} {
		order := i
		in.TargetID, in.SortOrder = e.target.ID, &order
		c.Indicator.Create().SetInput(in).ExecX(ctx)
	}
	for _, u := range []struct {
		name string
		role enums.Role
		dep  *int
	}{{"admin", enums.RoleFinanceAdmin, nil}, {"dept", enums.RoleDepartmentUser, &e.dep.ID},
		{"otherdept", enums.RoleDepartmentUser, &e.other.ID}, {"leader", enums.RoleLeader, nil}} {
		hash, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost)
		c.User.Create().SetUsername(u.name).SetDisplayName(u.name).SetRole(u.role).SetPasswordHash(string(hash)).
			SetNillableDepartmentID(u.dep).ExecX(ctx)
	}
	return e
}

func ptr[T any](v T) *T { return &v }

func (e *env) newProject(code string, dep int) *ent.Project {
	return e.client.Project.Create().SetCode(code).SetName("中小学校舍维修改造 " + code).SetFiscalYear(2026).
		SetCategory("SPECIAL_BUSINESS").SetSector(enums.SectorEducation).SetDepartmentID(dep).SaveX(allow())
}

// token logs a user in through the API.
func (e *env) token(user string) string {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		"variables": map[string]any{"u": user, "p": password}})
	res, err := http.Post(e.srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Data struct{ Login struct{ Token string } }
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || out.Data.Login.Token == "" {
		e.t.Fatalf("login %s: %v %+v", user, err, out)
	}
	return out.Data.Login.Token
}

// get fetches a path as a user ("" = anonymous).
func (e *env) get(user, path string) (int, http.Header, []byte) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
	return e.send(user, req)
}

// upload posts files in the multipart field "file".
func (e *env) upload(user, path string, files map[string][]byte) (int, []byte) {
	e.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for name, content := range files {
		fw, _ := mw.CreateFormFile("file", name)
		fw.Write(content)
	}
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	status, _, out := e.send(user, req)
	return status, out
}

func (e *env) send(user string, req *http.Request) (int, http.Header, []byte) {
	e.t.Helper()
	if user != "" {
		req.Header.Set("Authorization", "Bearer "+e.token(user))
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, out
}

// errorCode decodes {"error": {"code", "message"}}.
func errorCode(t *testing.T, body []byte) string {
	t.Helper()
	var out struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal(body, &out); err != nil || out.Error.Code == "" || out.Error.Message == "" {
		t.Fatalf("not an error body: %s", body)
	}
	return out.Error.Code
}
