package httpapi

import (
	"sync"
	"testing"

	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

const targetState = `query($id: ID!) { node(id: $id) { ... on Target { status lockVersion version
	reviews { totalCount } indicators { totalCount } predecessor { id status } } } }`

type targetNode struct {
	Node struct {
		Status      string
		LockVersion int
		Version     int
		Reviews     struct{ TotalCount int }
		Indicators  struct{ TotalCount int }
		Predecessor *struct{ ID, Status string }
	}
}

func (a *api) target(id string) targetNode {
	var t targetNode
	a.ok(targetState, map[string]any{"id": id}, &t)
	return t
}

// move runs a workflow mutation and returns the error code ("" on success).
func (a *api) move(mutation, id string, lock int, extra string) string {
	a.t.Helper()
	out := a.do(`mutation($id: ID!, $v: Int!) { `+mutation+`(id: $id, lockVersion: $v`+extra+`) { id } }`,
		map[string]any{"id": id, "v": lock})
	if len(out.Errors) == 0 {
		return ""
	}
	code, _ := out.Errors[0].Extensions["code"].(string)
	return code
}

func TestTargetWorkflow(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		dep := atoi(ids["department"])
		a.createUser("dept", enums.RoleDepartmentUser, &dep, nil)
		a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
		completeTarget(a, ids, false)
		tgt := ids["target"]
		steps := []struct {
			user, mutation string
			lock           int
			extra          string
			wantCode       string
			wantStatus     string
		}{
			{"reviewer", "approveTarget", 0, `, grade: GOOD`, "INVALID_TRANSITION", "DRAFT"},
			{"dept", "submitTarget", 0, "", "", "SUBMITTED"},
			{"dept", "approveTarget", 1, `, grade: GOOD`, "FORBIDDEN", "SUBMITTED"},
			{"reviewer", "returnTarget", 1, `, comments: ""`, "BAD_USER_INPUT", "SUBMITTED"},
			{"reviewer", "returnTarget", 0, `, comments: "指标未量化"`, "CONFLICT", "SUBMITTED"},
			{"reviewer", "returnTarget", 1, `, comments: "指标未量化", grade: FAIR`, "", "RETURNED"},
			{"dept", "submitTarget", 2, "", "", "SUBMITTED"},
			{"reviewer", "approveTarget", 3, `, grade: FAIR`, "BAD_USER_INPUT", "SUBMITTED"},
			{"reviewer", "approveTarget", 3, `, grade: EXCELLENT, comments: "同意"`, "", "APPROVED"},
			{"dept", "submitTarget", 4, "", "INVALID_TRANSITION", "APPROVED"},
		}
		for i, s := range steps {
			a.login(s.user)
			if code := a.move(s.mutation, tgt, s.lock, s.extra); code != s.wantCode {
				t.Fatalf("step %d %s %s: code %q, want %q", i, s.user, s.mutation, code, s.wantCode)
			}
			if got := a.target(tgt).Node.Status; got != s.wantStatus {
				t.Fatalf("step %d: status %s, want %s", i, got, s.wantStatus)
			}
		}
		if n := a.target(tgt).Node.Reviews.TotalCount; n != 2 {
			t.Fatalf("%d reviews recorded, want 2", n)
		}

		// An approved target is never edited in place: it is adjusted.
		a.login("dept")
		if out := a.do(`mutation($id: ID!) { updateTarget(id: $id, input: {goal: "改"}) { id } }`, map[string]any{"id": tgt}); len(out.Errors) == 0 {
			t.Fatal("an approved target was edited in place")
		}
		var adj struct{ AdjustTarget struct{ ID string } }
		a.ok(`mutation($id: ID!) { adjustTarget(id: $id, lockVersion: 4) { id } }`, map[string]any{"id": tgt}, &adj)
		v2 := adj.AdjustTarget.ID
		if st := a.target(v2).Node; st.Status != "ADJUSTING" || st.Version != 2 || st.Indicators.TotalCount != 2 || st.Predecessor.ID != tgt {
			t.Fatalf("new version: %+v", st)
		}
		if code := a.move("adjustTarget", tgt, 5, ""); code == "" {
			t.Fatal("a second adjustment was opened")
		}
		if code := a.move("submitTarget", v2, 0, ""); code != "" {
			t.Fatalf("submit v2: %s", code)
		}
		a.login("reviewer")
		if code := a.move("approveTarget", v2, 1, `, grade: GOOD`); code != "" {
			t.Fatalf("approve v2: %s", code)
		}
		if old := a.target(tgt).Node.Status; old != "SUPERSEDED" {
			t.Fatalf("old version is %s after the adjustment was approved", old)
		}

		// Separation of duties: nobody approves what they submitted.
		a.login("admin")
		draft := a.id("declareTarget", `mutation($d: ID!) { declareTarget(input: {fiscalYear: 2025, goal: "部门整体目标", departmentID: $d}, indicators: [
			{category: OUTPUT, subcategory: QUANTITY, name: "办结事项", comparator: GTE, targetValue: "100", unit: "件", weight: "30"},
			{category: EFFECT, subcategory: SOCIAL_BENEFIT, name: "群众满意", comparator: QUALITATIVE, targetText: "明显提升", weight: "60"}]) { id } }`,
			map[string]any{"d": ids["department"]})
		if code := a.move("submitTarget", draft, 0, ""); code != "" {
			t.Fatalf("admin submit: %s", code)
		}
		if code := a.move("approveTarget", draft, 1, `, grade: GOOD`); code != "FORBIDDEN" {
			t.Fatalf("self-approval: code %q, want FORBIDDEN", code)
		}
	})
}

// TestConcurrentApprovals: of 50 concurrent approvals of one target exactly
// one succeeds and 49 get a conflict.
func TestConcurrentApprovals(t *testing.T) {
	a := newAPI(t, testdb.PostgresURL(t))
	ids := chain(a)
	dep := atoi(ids["department"])
	a.createUser("dept", enums.RoleDepartmentUser, &dep, nil)
	a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
	completeTarget(a, ids, false)
	a.login("dept")
	if code := a.move("submitTarget", ids["target"], 0, ""); code != "" {
		t.Fatal(code)
	}
	a.login("reviewer")
	codes := make([]string, 50)
	var wg sync.WaitGroup
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i] = a.move("approveTarget", ids["target"], 1, `, grade: GOOD`)
		}()
	}
	wg.Wait()
	count := map[string]int{}
	for _, c := range codes {
		count[c]++
	}
	if count[""] != 1 || count["CONFLICT"] != 49 {
		t.Fatalf("outcomes: %v, want 1 success and 49 CONFLICT", count)
	}
	if n := a.target(ids["target"]).Node.Reviews.TotalCount; n != 1 {
		t.Fatalf("%d reviews written, want 1", n)
	}
}

func TestRectificationWorkflow(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		dep := atoi(ids["department"])
		a.createUser("dept", enums.RoleDepartmentUser, &dep, nil)
		a.createUser("leader", enums.RoleLeader, nil, nil)
		state := func() (status string, overdue bool) {
			var r struct {
				Node struct {
					Status  string
					Overdue bool
				}
			}
			a.ok(`query($id: ID!) { node(id: $id) { ... on Rectification { status overdue } } }`, map[string]any{"id": ids["rectification"]}, &r)
			return r.Node.Status, r.Node.Overdue
		}
		if s, o := state(); s != "OPEN" || !o {
			t.Fatalf("a rectification past its deadline: %s overdue=%v", s, o)
		}
		rect := ids["rectification"]
		steps := []struct {
			user, mutation string
			lock           int
			extra, code    string
			status         string
		}{
			{"leader", "startRectification", 0, "", "FORBIDDEN", "OPEN"},
			{"dept", "startRectification", 0, `, note: "已制定整改方案"`, "", "IN_PROGRESS"},
			{"dept", "completeRectification", 1, `, note: " "`, "BAD_USER_INPUT", "IN_PROGRESS"},
			{"dept", "completeRectification", 0, `, note: "已完成支付"`, "CONFLICT", "IN_PROGRESS"},
			{"dept", "completeRectification", 1, `, note: "已完成支付"`, "", "DONE"},
			{"dept", "startRectification", 2, "", "INVALID_TRANSITION", "DONE"},
		}
		for i, s := range steps {
			a.login(s.user)
			if code := a.move(s.mutation, rect, s.lock, s.extra); code != s.code {
				t.Fatalf("step %d: code %q, want %q", i, code, s.code)
			}
			if got, _ := state(); got != s.status {
				t.Fatalf("step %d: status %s, want %s", i, got, s.status)
			}
		}
		if _, overdue := state(); overdue {
			t.Fatal("a done rectification is overdue")
		}
	})
}

func TestDeclareTargetIsAllOrNothing(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		declare := `mutation($p: ID!, $d: ID!, $ind: [DeclaredIndicatorInput!]!) {
			declareTarget(input: {fiscalYear: 2026, goal: "新建校舍 3 所", projectID: $p, departmentID: $d}, indicators: $ind) {
				id lockVersion indicators { totalCount } } }`
		good := map[string]any{"category": "OUTPUT", "subcategory": "QUANTITY", "name": "新建校舍", "comparator": "GTE",
			"targetValue": "3", "unit": "所", "weight": "50"}
		bad := map[string]any{"category": "EFFECT", "subcategory": "QUANTITY", "name": "x", "comparator": "GTE", "weight": "40"}
		vars := map[string]any{"p": ids["project"], "d": ids["unit"], "ind": []any{good, bad}}
		before := rowCounts(t, a)
		targets := func() int {
			var n struct{ Targets struct{ TotalCount int } }
			a.ok(`{ targets { totalCount } }`, nil, &n)
			return n.Targets.TotalCount
		}
		nTargets := targets()
		if out := a.do(declare, vars); len(out.Errors) == 0 || out.Errors[0].Extensions["field"] != "indicators.1.subcategory" {
			t.Fatalf("a bad indicator was accepted or not named: %+v", out.Errors)
		}
		if targets() != nTargets || rowCounts(t, a) != before {
			t.Fatal("a failed declaration left rows behind")
		}
		vars["ind"] = []any{good}
		var out struct {
			DeclareTarget struct {
				ID          string
				LockVersion int
				Indicators  struct{ TotalCount int }
			}
		}
		a.ok(declare, vars, &out)
		if out.DeclareTarget.Indicators.TotalCount != 1 {
			t.Fatalf("declared: %+v", out.DeclareTarget)
		}
		var rev struct {
			ReviseTarget struct{ Indicators struct{ TotalCount int } }
		}
		a.ok(`mutation($id: ID!, $ind: [DeclaredIndicatorInput!]!) { reviseTarget(id: $id, lockVersion: 0, input: {goal: "新建校舍 4 所"}, indicators: $ind) {
			indicators { totalCount } } }`, map[string]any{"id": out.DeclareTarget.ID, "ind": []any{good, good}}, &rev)
		if rev.ReviseTarget.Indicators.TotalCount != 2 {
			t.Fatalf("revised: %+v", rev)
		}
	})
}
