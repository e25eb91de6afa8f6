package httpapi

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// denied marks a list the role may not read at all.
const denied = -1

// lists are the Query connections of every entity, in the matrix's order.
var lists = []string{"departments", "funds", "allocations", "disbursements", "projects", "assessments",
	"targets", "indicators", "monitorings", "indicatorProgresses", "agencies", "experts", "evaluations",
	"scoreItems", "rectifications", "budgetLinks", "indicatorTemplates", "users", "auditEntries"}

// TestAuthorizationMatrix: every role × entity × action, through the API.
// Department A (with its unit) and department B each have one of everything;
// B's evaluation is assigned to the evaluator's agency; A's target is approved
// and A's evaluation published.
func TestAuthorizationMatrix(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		A, B := chainWith(a, "A"), chainWith(a, "B")
		system := privacy.DecisionContext(context.Background(), privacy.Allow)
		c := a.db.Client
		fixture := auth.ByWorkflow(system)
		c.Target.UpdateOneID(atoi(A["target"])).SetStatus(target.StatusApproved).ExecX(fixture)
		c.Evaluation.UpdateOneID(atoi(A["evaluation"])).SetStatus(evaluation.StatusPublished).ExecX(fixture)
		c.Evaluation.UpdateOneID(atoi(B["evaluation"])).SetAgencyID(atoi(B["agency"])).ExecX(fixture)

		deptA, agencyB := atoi(A["department"]), atoi(B["agency"])
		a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
		a.createUser("leader", enums.RoleLeader, nil, nil)
		a.createUser("dept", enums.RoleDepartmentUser, &deptA, nil)
		a.createUser("evaluator", enums.RoleEvaluator, nil, &agencyB)
		a.createUser("public", enums.RolePublic, nil, nil)

		all := []int{4, 2, 2, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 6, 0}
		matrix := map[string][]int{
			//           dep fund alloc disb proj asmt tgt ind mon prog agcy exp eval item rect link tmpl user audit
			"admin":     all,
			"reviewer":  {4, 2, 2, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 6, denied},
			"leader":    {4, 2, 2, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 6, denied},
			"dept":      {4, 2, 1, 3, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 2, 1, denied},
			"evaluator": {4, 2, 1, 3, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, denied, 2, 1, denied},
			// The public reads budget links finance marked for disclosure (信息公开): none here.
			"public": {4, denied, denied, denied, 1, denied, 1, 1, denied, denied, denied, denied, 1, 1, denied, 0, 2, 1, denied},
		}
		for _, role := range []string{"admin", "reviewer", "leader", "dept", "evaluator", "public"} {
			t.Run(role, func(t *testing.T) {
				a.login(role)
				for i, list := range lists {
					want := matrix[role][i]
					if list == "auditEntries" && want == 0 {
						continue // the admin's trail grows with every request
					}
					out := a.do(fmt.Sprintf(`{ %s { totalCount } }`, list), nil)
					got := denied
					if len(out.Errors) == 0 {
						var data map[string]struct{ TotalCount int }
						a.decode(out, &data)
						got = data[list].TotalCount
					} else if code := out.Errors[0].Extensions["code"]; code != "FORBIDDEN" {
						t.Errorf("%s: error code %v (%s)", list, code, out.Errors[0].Message)
					}
					if got != want {
						t.Errorf("%s sees %d %s, want %d", role, got, list, want)
					}
				}
			})
		}

		t.Run("node of another department answers as a missing id", func(t *testing.T) {
			a.login("dept")
			other := a.do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": B["project"]})
			missing := a.do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": strconv.Itoa(atoi(B["project"]) + 1000)})
			if len(other.Errors) != 1 || len(missing.Errors) != 1 || other.Errors[0].Message != missing.Errors[0].Message ||
				other.Errors[0].Extensions["code"] != missing.Errors[0].Extensions["code"] || string(other.Data) != string(missing.Data) {
				t.Fatalf("another department's project: %+v %s; a missing id: %+v %s", other.Errors, other.Data, missing.Errors, missing.Data)
			}
			var nodes struct{ Nodes []*struct{ ID string } }
			out := a.do(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{A["project"], B["project"]}})
			a.decode(out, &nodes)
			if len(nodes.Nodes) != 2 || nodes.Nodes[0] == nil || nodes.Nodes[1] != nil {
				t.Fatalf("nodes: %s", out.Data)
			}
		})

		t.Run("nested edges are filtered too", func(t *testing.T) {
			a.login("dept")
			var data struct {
				Departments struct {
					Edges []struct {
						Node struct {
							Code     string
							Projects struct{ TotalCount int }
							Children struct {
								Edges []struct {
									Node struct {
										Projects struct {
											Edges []struct {
												Node struct {
													Allocations struct{ TotalCount int }
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
			a.ok(`{ departments(first: 10) { edges { node { code projects { totalCount }
				children(first: 10) { edges { node { projects(first: 10) { edges { node { allocations { totalCount } } } } } } } } } } }`, nil, &data)
			seen := 0
			for _, e := range data.Departments.Edges {
				for _, child := range e.Node.Children.Edges {
					seen += len(child.Node.Projects.Edges)
				}
			}
			if seen != 1 {
				t.Fatalf("department user reached %d projects through nested edges, want 1", seen)
			}
		})

		t.Run("writes", func(t *testing.T) {
			rename := `mutation($id: ID!, $l: Int!) { updateProject(id: $id, lockVersion: $l, input: {name: "改名"}) { id } }`
			create := `mutation($d: ID!, $c: String!) { createProject(input: { code: $c, name: "新项目", fiscalYear: 2026,
				category: POLICY, sector: EDUCATION, departmentID: $d }) { id } }`
			cases := []struct {
				role, query string
				vars        map[string]any
				allowed     bool
			}{
				{"admin", rename, map[string]any{"id": B["project"]}, true},
				{"reviewer", rename, map[string]any{"id": B["project"]}, false}, // a reviewer changes a project's status only
				{"leader", rename, map[string]any{"id": B["project"]}, false},
				{"dept", rename, map[string]any{"id": B["project"]}, false},
				{"dept", rename, map[string]any{"id": A["project"]}, true},
				{"evaluator", rename, map[string]any{"id": B["project"]}, false},
				{"public", rename, map[string]any{"id": A["project"]}, false},
				{"dept", create, map[string]any{"d": A["unit"], "c": "N-1"}, true},
				{"dept", create, map[string]any{"d": B["unit"], "c": "N-2"}, false},
				{"reviewer", `mutation { createFund(input: {fiscalYear: 2026, name: "x", source: OTHER, level: CITY, amount: "1"}) { id } }`, nil, false},
				{"dept", `mutation($p: ID!, $d: ID!) { createEvaluationFromTemplate(input: {fiscalYear: 2025, kind: FINANCE_KEY, projectID: $p, departmentID: $d}) { id } }`,
					map[string]any{"p": A["project"], "d": A["unit"]}, false},
				{"evaluator", `mutation($p: ID!, $d: ID!) { createEvaluationFromTemplate(input: {fiscalYear: 2025, kind: THIRD_PARTY, projectID: $p, departmentID: $d}) { id } }`,
					map[string]any{"p": B["project"], "d": B["unit"]}, false},
				{"dept", `mutation($t: ID!) { updateTarget(id: $t, input: {goal: "改"}) { id } }`, map[string]any{"t": A["target"]}, false},
			}
			for _, c := range cases {
				a.login(c.role)
				if c.query == rename {
					c.vars["l"] = a.lockOf(c.vars["id"].(string))
				}
				out := a.do(c.query, c.vars)
				if ok := len(out.Errors) == 0; ok != c.allowed {
					t.Errorf("%s %v: allowed=%v, want %v (%+v)", c.role, c.vars, ok, c.allowed, out.Errors)
				}
			}
		})

		t.Run("login answers as the user who logged in", func(t *testing.T) {
			a.token = ""
			var data struct {
				Login struct {
					User struct{ Department struct{ Name string } }
				}
			}
			a.ok(`mutation { login(input: {username: "dept", password: "`+testPassword+`"}) { user { department { name } } } }`, nil, &data)
			if data.Login.User.Department.Name != "市教育局A" {
				t.Fatalf("login's user: %+v", data.Login.User)
			}
		})

		t.Run("anonymous requests see nothing", func(t *testing.T) {
			a.token = ""
			out := a.do(`{ projects { totalCount } }`, nil)
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
				t.Fatalf("anonymous: %s %+v", out.Data, out.Errors)
			}
			var v struct{ Viewer *struct{ ID string } }
			a.ok(`{ viewer { id } }`, nil, &v)
			if v.Viewer != nil {
				t.Fatal("anonymous viewer is not null")
			}
		})
	})
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}
