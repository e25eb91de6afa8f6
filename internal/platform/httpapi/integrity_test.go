package httpapi

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent/auditentry"
	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/testdb"
)

// integrity sets up departments A and B (one of everything each, B's
// evaluation assigned to the evaluator's agency), the demo roles, and in A an
// approved target, a published self-evaluation and an open one with a manual item.
type integrity struct {
	*api
	A, B             map[string]string
	open, openItem   int // A's open self-evaluation and its manual item
	system, workflow context.Context
}

func newIntegrity(t *testing.T, url string) *integrity {
	a := newAPI(t, url)
	w := &integrity{api: a, A: chainWith(a, "A"), B: chainWith(a, "B")}
	w.system = privacy.DecisionContext(context.Background(), privacy.Allow)
	w.workflow = auth.ByWorkflow(w.system)
	c := a.db.Client
	c.Target.UpdateOneID(atoi(w.A["target"])).SetStatus(target.StatusApproved).ExecX(w.workflow)
	c.Evaluation.UpdateOneID(atoi(w.A["evaluation"])).SetStatus(evaluation.StatusPublished).SetTotalScore(decimal.RequireFromString("75")).
		SetGrade(enums.GradeFair).ExecX(w.workflow)
	c.Evaluation.UpdateOneID(atoi(w.B["evaluation"])).SetAgencyID(atoi(w.B["agency"])).ExecX(w.workflow)
	open := c.Evaluation.Create().SetFiscalYear(2026).SetKind(evaluation.KindSelf).SetScheme("SELF").
		SetProjectID(atoi(w.A["project"])).SetDepartmentID(atoi(w.A["unit"])).SaveX(w.workflow)
	item := c.ScoreItem.Create().SetName("领导评价").SetWeight(decimal.RequireFromString("10")).SetMethod(scoreitem.MethodManual).
		SetEvaluationID(open.ID).SaveX(w.workflow)
	w.open, w.openItem = open.ID, item.ID
	deptA, agencyB := atoi(w.A["department"]), atoi(w.B["agency"])
	a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
	a.createUser("leader", enums.RoleLeader, nil, nil)
	a.createUser("dept", enums.RoleDepartmentUser, &deptA, nil)
	a.createUser("evaluator", enums.RoleEvaluator, nil, &agencyB)
	return w
}

// snapshot counts the rows of every workflow table, and the denials audited.
func (w *integrity) snapshot() (rows [9]int, denials int) {
	c, ctx := w.db.Client, w.system
	rows = [9]int{c.Target.Query().CountX(ctx), c.Indicator.Query().CountX(ctx), c.Review.Query().CountX(ctx),
		c.Monitoring.Query().CountX(ctx), c.IndicatorProgress.Query().CountX(ctx), c.Evaluation.Query().CountX(ctx),
		c.ScoreItem.Query().CountX(ctx), c.Rectification.Query().CountX(ctx), c.BudgetLink.Query().CountX(ctx)}
	return rows, c.AuditEntry.Query().Where(auditentry.Action("denied")).CountX(ctx)
}

// decisions describes what a refused decision must leave as it was: every
// target's status, version and amounts, every evaluation's status, version,
// publication and reopening.
func (w *integrity) decisions() string {
	var b strings.Builder
	for _, t := range w.db.Client.Target.Query().Order(target.ByID()).AllX(w.system) {
		fmt.Fprintf(&b, "target %d %s v%d lock %d requested %v approved %v\n", t.ID, t.Status, t.Version, t.LockVersion, t.RequestedAmount, t.ApprovedAmount)
	}
	for _, e := range w.db.Client.Evaluation.Query().Order(evaluation.ByID()).AllX(w.system) {
		fmt.Fprintf(&b, "evaluation %d %s lock %d published %v reopened %v %q\n", e.ID, e.Status, e.LockVersion, e.PublishedAt, e.ReopenedAt, e.ReopenReason)
	}
	return b.String()
}

// TestWritePathMatrix reproduces the attacks of issue 11 (role × entity ×
// mutation × status) through the API: each is refused with its typed code,
// writes nothing, and leaves an audit entry of the denial; the generic
// mutations are gone from the schema.
func TestWritePathMatrix(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newIntegrity(t, url)
		A, B := w.A, w.B
		lock := func(id int) int { return w.db.Client.Evaluation.GetX(w.system, id).LockVersion }
		declare := `mutation($p: ID!, $d: ID!) { declareTarget(input: {fiscalYear: 2026, goal: "目标", projectID: $p, departmentID: $d},
			indicators: [{category: OUTPUT, subcategory: QUANTITY, name: "数量", comparator: GTE, targetValue: "1", unit: "个", weight: "90"}]) { id } }`
		record := `mutation($p: ID!) { recordMonitoring(input: {projectID: $p, fiscalYear: 2025, month: 8, correctiveAction: "x", progresses: []}) { id } }`
		fromTemplate := `mutation($p: ID!, $d: ID!, $k: EvaluationKind!) { createEvaluationFromTemplate(input: {kind: $k, fiscalYear: 2025, projectID: $p, departmentID: $d}) { id } }`
		score := `mutation($id: ID!, $l: Int!) { scoreItem(id: $id, lockVersion: $l, input: {score: "8"}) { id } }`
		texts := `mutation($id: ID!, $l: Int!) { saveEvaluationTexts(id: $id, lockVersion: $l, input: {findings: "改写"}) { id } }`
		revise := `mutation($id: ID!, $l: Int!) { reviseTarget(id: $id, lockVersion: $l, input: {goal: "改"}, indicators: []) { id } }`
		rectify := `mutation($e: ID!, $d: ID!) { createRectification(input: {problem: "p", requiredAction: "a", deadline: "2026-11-30T23:59:59+08:00", evaluationID: $e, departmentID: $d}) { id } }`
		link := `mutation($e: ID!) { createBudgetLink(input: {fiscalYear: 2026, suggestion: CUT, evaluationID: $e}) { id } }`
		rename := `mutation($id: ID!, $l: Int!) { updateProject(id: $id, lockVersion: $l, input: {name: "改名"}) { id } }`
		projectLock := w.db.Client.Project.GetX(w.system, atoi(A["project"])).LockVersion
		targetLock := w.db.Client.Target.GetX(w.system, atoi(A["target"])).LockVersion
		// Finance's decisions: a submitted target in A (and B's, which the
		// evaluator can read through its assignment) and B's evaluation published.
		c := w.db.Client
		submittedA := c.Target.Create().SetFiscalYear(2026).SetGoal("次年目标").SetProjectID(atoi(A["project"])).
			SetDepartmentID(atoi(A["unit"])).SetRequestedAmount(100000020).SaveX(w.workflow)
		c.Target.UpdateOneID(submittedA.ID).SetStatus(target.StatusSubmitted).ExecX(w.workflow)
		c.Target.UpdateOneID(atoi(B["target"])).SetStatus(target.StatusSubmitted).ExecX(w.workflow)
		draftA := c.Target.Create().SetFiscalYear(2027).SetGoal("草稿目标").SetProjectID(atoi(A["project"])).
			SetDepartmentID(atoi(A["unit"])).SetRequestedAmount(100).SaveX(w.workflow)
		c.Evaluation.UpdateOneID(atoi(B["evaluation"])).SetStatus(evaluation.StatusPublished).SetTotalScore(decimal.RequireFromString("82")).
			SetGrade(enums.GradeGood).ExecX(w.workflow)
		tLock := func(id int) int { return c.Target.GetX(w.system, id).LockVersion }
		approve := `mutation($id: ID!, $l: Int!) { approveTarget(id: $id, lockVersion: $l, grade: EXCELLENT, acknowledgeWarnings: true, approvedAmount: "1000000.20") { id } }`
		reopen := `mutation($id: ID!, $l: Int!) { reopenEvaluation(id: $id, lockVersion: $l, reason: "更正完成值") { id } }`
		sA, sB, pubB := strconv.Itoa(submittedA.ID), B["target"], atoi(B["evaluation"])

		cases := []struct {
			name, role, query string
			vars              map[string]any
			code              string
		}{
			// Generic writes of workflow data are gone (GraphQL refuses the field).
			{"updateIndicator on an approved target", "dept", `mutation($id: ID!) { updateIndicator(id: $id, input: {weight: "99"}) { id } }`, map[string]any{"id": A["indicator"]}, "GRAPHQL_VALIDATION_FAILED"},
			{"createIndicator on an approved target", "dept", `mutation($t: ID!) { createIndicator(input: {category: OUTPUT, subcategory: QUANTITY, name: "x", comparator: GTE, weight: "1", targetID: $t}) { id } }`, map[string]any{"t": A["target"]}, "GRAPHQL_VALIDATION_FAILED"},
			{"updateMonitoring turns RED green", "dept", `mutation($id: ID!) { updateMonitoring(id: $id, input: {warningLevel: GREEN, clearCorrectiveAction: true}) { id } }`, map[string]any{"id": A["monitoring"]}, "GRAPHQL_VALIDATION_FAILED"},
			{"updateScoreItem of a published evaluation", "evaluator", `mutation($id: ID!) { updateScoreItem(id: $id, input: {score: "30"}) { id } }`, map[string]any{"id": A["scoreItem"]}, "GRAPHQL_VALIDATION_FAILED"},
			{"updateEvaluation changes the kind", "dept", `mutation($id: ID!) { updateEvaluation(id: $id, input: {kind: FINANCE_KEY}) { id } }`, map[string]any{"id": A["evaluation"]}, "GRAPHQL_VALIDATION_FAILED"},
			{"createEvaluation by an evaluator", "evaluator", `mutation($p: ID!, $d: ID!) { createEvaluation(input: {fiscalYear: 2025, kind: THIRD_PARTY, scheme: "PROJECT_KEY", projectID: $p, departmentID: $d}) { id } }`, map[string]any{"p": A["project"], "d": A["unit"]}, "GRAPHQL_VALIDATION_FAILED"},
			{"updateTarget rewrites a predecessor", "dept", `mutation($id: ID!, $s: ID!) { updateTarget(id: $id, input: {addSuccessorIDs: [$s]}) { id } }`, map[string]any{"id": B["target"], "s": A["target"]}, "GRAPHQL_VALIDATION_FAILED"},
			{"appendEvidence", "dept", `mutation($id: ID!) { updateIndicator(id: $id, input: {appendEvidence: ["x"]}) { id } }`, map[string]any{"id": A["indicator"]}, "GRAPHQL_VALIDATION_FAILED"},
			// Ownership of links.
			{"dept declares a target for B's project", "dept", declare, map[string]any{"p": B["project"], "d": A["unit"]}, "FORBIDDEN"},
			{"dept declares a target in B", "dept", declare, map[string]any{"p": B["project"], "d": B["unit"]}, "FORBIDDEN"},
			// A row the viewer may not read answers as missing (no existence leak).
			{"dept records monitoring of B's project", "dept", record, map[string]any{"p": B["project"]}, "BAD_USER_INPUT"},
			{"dept self-evaluates B's project", "dept", fromTemplate, map[string]any{"p": B["project"], "d": A["unit"], "k": "SELF"}, "FORBIDDEN"},
			{"evaluator creates an evaluation", "evaluator", fromTemplate, map[string]any{"p": A["project"], "d": A["unit"], "k": "THIRD_PARTY"}, "FORBIDDEN"},
			{"dept runs a key evaluation", "dept", fromTemplate, map[string]any{"p": A["project"], "d": A["unit"], "k": "FINANCE_KEY"}, "FORBIDDEN"},
			{"evaluator scores another agency's evaluation", "evaluator", score, map[string]any{"id": w.openItem, "l": lock(w.open)}, "NOT_FOUND"},
			// Roles as the README says.
			{"reviewer records monitoring", "reviewer", record, map[string]any{"p": A["project"]}, "FORBIDDEN"},
			{"reviewer renames a project", "reviewer", rename, map[string]any{"id": A["project"], "l": projectLock}, "FORBIDDEN"},
			{"reviewer scores a self-evaluation", "reviewer", score, map[string]any{"id": w.openItem, "l": lock(w.open)}, "FORBIDDEN"},
			{"reviewer rewrites a self-evaluation's findings", "reviewer", texts, map[string]any{"id": w.open, "l": lock(w.open)}, "FORBIDDEN"},
			{"dept sets a rectification", "dept", rectify, map[string]any{"e": A["evaluation"], "d": A["unit"]}, "FORBIDDEN"},
			{"dept links a result to the budget", "dept", link, map[string]any{"e": A["evaluation"]}, "FORBIDDEN"},
			{"reviewer revises a department's draft target", "reviewer", revise, map[string]any{"id": draftA.ID, "l": 0}, "FORBIDDEN"},
			{"evaluator revises a target", "evaluator", revise, map[string]any{"id": draftA.ID, "l": 0}, "NOT_FOUND"},
			{"leader scores", "leader", score, map[string]any{"id": w.openItem, "l": lock(w.open)}, "FORBIDDEN"},
			// Frozen states.
			{"dept revises an approved target", "dept", revise, map[string]any{"id": A["target"], "l": targetLock}, "CONFLICT"},
			{"reviewer changes an approved target's goal in place", "reviewer", revise, map[string]any{"id": A["target"], "l": targetLock}, "CONFLICT"},
			{"dept rewrites a published self-evaluation", "dept", texts, map[string]any{"id": A["evaluation"], "l": lock(atoi(A["evaluation"]))}, "CONFLICT"},
			{"reviewer rewrites a published self-evaluation", "reviewer", texts, map[string]any{"id": A["evaluation"], "l": lock(atoi(A["evaluation"]))}, "CONFLICT"},
			{"dept scores a published evaluation", "dept", score, map[string]any{"id": A["scoreItem"], "l": lock(atoi(A["evaluation"]))}, "CONFLICT"},
			// Finance's decisions: approving a target (with the approved amount) and reopening a published evaluation.
			{"dept approves its own target with an approved amount", "dept", approve, map[string]any{"id": sA, "l": tLock(submittedA.ID)}, "FORBIDDEN"},
			{"evaluator approves a target it can read", "evaluator", approve, map[string]any{"id": sB, "l": tLock(atoi(sB))}, "FORBIDDEN"},
			{"leader approves a target", "leader", approve, map[string]any{"id": sA, "l": tLock(submittedA.ID)}, "FORBIDDEN"},
			{"dept reopens its published self-evaluation", "dept", reopen, map[string]any{"id": A["evaluation"], "l": lock(atoi(A["evaluation"]))}, "FORBIDDEN"},
			{"evaluator reopens its agency's published evaluation", "evaluator", reopen, map[string]any{"id": B["evaluation"], "l": lock(pubB)}, "FORBIDDEN"},
			{"leader reopens a published evaluation", "leader", reopen, map[string]any{"id": A["evaluation"], "l": lock(atoi(A["evaluation"]))}, "FORBIDDEN"},
			// Optimistic concurrency.
			{"a stale lockVersion", "dept", score, map[string]any{"id": w.openItem, "l": lock(w.open) + 7}, "CONFLICT"},
			{"a project edit on a stale lockVersion", "dept", rename, map[string]any{"id": A["project"], "l": projectLock + 3}, "CONFLICT"},
			{"a project edit of a project the viewer cannot read", "dept", rename, map[string]any{"id": B["project"], "l": 0}, "BAD_USER_INPUT"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				w.login(c.role)
				rows, denials := w.snapshot()
				states := w.decisions()
				out := w.do(c.query, c.vars)
				if len(out.Errors) == 0 {
					t.Fatalf("%s was allowed: %s", c.role, out.Data)
				}
				if got := out.Errors[0].Extensions["code"]; got != c.code {
					t.Fatalf("code %v, want %s (%s)", got, c.code, out.Errors[0].Message)
				}
				if c.code != "GRAPHQL_VALIDATION_FAILED" && !bilingual(out.Errors[0].Message) {
					t.Fatalf("message not in Chinese and English: %s", out.Errors[0].Message)
				}
				after, deniedAfter := w.snapshot()
				if after != rows {
					t.Fatalf("rows changed: %v → %v", rows, after)
				}
				if now := w.decisions(); now != states {
					t.Fatalf("a refused call changed a target or an evaluation:\n%s\n→\n%s", states, now)
				}
				if (c.code == "FORBIDDEN" || c.code == "CONFLICT") && deniedAfter != denials+1 {
					t.Fatalf("%d denial entries written, want 1", deniedAfter-denials)
				}
			})
		}
		// The same reopening by finance goes through: the refusals above are the role's.
		w.login("reviewer")
		if out := w.do(reopen, map[string]any{"id": B["evaluation"], "l": lock(pubB)}); len(out.Errors) > 0 {
			t.Fatalf("finance could not reopen: %s", out.Errors[0].Message)
		}
		if e := c.Evaluation.GetX(w.system, pubB); e.Status != evaluation.StatusInProgress || e.ReopenReason != "更正完成值" {
			t.Fatalf("reopened by finance: %s %q", e.Status, e.ReopenReason)
		}
	})
}

// TestDataLayerRefusesDirectWrites: whatever path reaches ent without the
// workflow (a future resolver, an import) is refused by the hooks, even for
// the administrator; with the marker, the state rules still hold.
func TestDataLayerRefusesDirectWrites(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newIntegrity(t, url)
		c := w.db.Client
		deptA := atoi(w.A["department"])
		dept := auth.NewContext(context.Background(), &auth.Viewer{UserID: 99, Username: "dept", Role: enums.RoleDepartmentUser,
			DepartmentID: deptA, Departments: []int{deptA, atoi(w.A["unit"])}})
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: 98, Username: "admin", Role: enums.RoleFinanceAdmin})
		ind, mon, item, pub := atoi(w.A["indicator"]), atoi(w.A["monitoring"]), atoi(w.A["scoreItem"]), atoi(w.A["evaluation"])
		cases := []struct {
			name string
			code string
			do   func() error
		}{
			{"admin changes a computed warning", "FORBIDDEN", func() error {
				return c.Monitoring.UpdateOneID(mon).SetWarningLevel(enums.WarningLevelGreen).Exec(admin)
			}},
			{"admin changes a published total", "FORBIDDEN", func() error {
				return c.Evaluation.UpdateOneID(pub).SetTotalScore(decimal.RequireFromString("99")).Exec(admin)
			}},
			{"dept changes an approved indicator", "FORBIDDEN", func() error {
				return c.Indicator.UpdateOneID(ind).SetWeight(decimal.RequireFromString("99")).Exec(dept)
			}},
			{"dept sets a project's warning", "FORBIDDEN", func() error {
				return c.Project.UpdateOneID(atoi(w.A["project"])).SetWarningLevel(enums.WarningLevelGreen).Exec(dept)
			}},
			{"marked: an approved indicator's weight", "CONFLICT", func() error {
				return c.Indicator.UpdateOneID(ind).SetWeight(decimal.RequireFromString("99")).Exec(auth.ByWorkflow(dept))
			}},
			{"marked: a published evaluation's item", "CONFLICT", func() error {
				return c.ScoreItem.UpdateOneID(item).SetScore(decimal.RequireFromString("30")).Exec(auth.ByWorkflow(dept))
			}},
			{"marked: a published evaluation's findings", "CONFLICT", func() error {
				return c.Evaluation.UpdateOneID(pub).SetFindings("x").Exec(auth.ByWorkflow(dept))
			}},
			{"marked: an evaluation's kind", "FORBIDDEN", func() error {
				return c.Evaluation.UpdateOneID(w.open).SetKind(evaluation.KindFinanceKey).Exec(auth.ByWorkflow(dept))
			}},
			{"marked: progress on B's indicator", "FORBIDDEN", func() error {
				return c.IndicatorProgress.Create().SetMonitoringID(mon).SetIndicatorID(atoi(w.B["indicator"])).Exec(auth.ByWorkflow(dept))
			}},
			{"marked: monitoring naming B's target", "FORBIDDEN", func() error {
				return c.Monitoring.Create().SetProjectID(atoi(w.A["project"])).SetFiscalYear(2025).SetMonth(9).SetBudget(1).SetPaidToDate(0).
					SetTargetID(atoi(w.B["target"])).Exec(auth.ByWorkflow(dept))
			}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				err := tc.do()
				if got := codeOf(err); got != tc.code {
					t.Fatalf("code %q, want %s (%v)", got, tc.code, err)
				}
			})
		}
	})
}

// TestConcurrentScoresOneWins: 20 scorers with the same lockVersion — one
// wins, 19 are told CONFLICT, nothing is silently lost; and the total
// computed before the item changed is not submitted.
func TestConcurrentScoresOneWins(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newIntegrity(t, url)
		w.login("dept")
		l := w.db.Client.Evaluation.GetX(w.system, w.open).LockVersion
		codes := make([]string, 20)
		var wg sync.WaitGroup
		for i := range codes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				out := w.do(`mutation($id: ID!, $l: Int!, $s: Decimal!) { scoreItem(id: $id, lockVersion: $l, input: {score: $s}) { id } }`,
					map[string]any{"id": w.openItem, "l": l, "s": decimal.NewFromInt(int64(i % 10)).String()})
				if len(out.Errors) > 0 {
					codes[i], _ = out.Errors[0].Extensions["code"].(string)
				} else {
					codes[i] = "OK"
				}
			}()
		}
		wg.Wait()
		count := map[string]int{}
		for _, c := range codes {
			count[c]++
		}
		if count["OK"] != 1 || count["CONFLICT"] != 19 {
			t.Fatalf("outcomes %v, want 1 OK and 19 CONFLICT", count)
		}
		ev := w.db.Client.Evaluation.GetX(w.system, w.open)
		if ev.LockVersion != l+1 {
			t.Fatalf("lock version %d, want %d", ev.LockVersion, l+1)
		}

		// Compute, change an item, submit: the stale total is refused.
		var computed struct{ ComputeEvaluation struct{ LockVersion int } }
		w.ok(`mutation($id: ID!, $l: Int!) { computeEvaluation(id: $id, lockVersion: $l) { lockVersion } }`,
			map[string]any{"id": w.open, "l": ev.LockVersion}, &computed)
		var scored struct {
			ScoreItem struct{ Evaluation struct{ LockVersion int } }
		}
		w.ok(`mutation($id: ID!, $l: Int!) { scoreItem(id: $id, lockVersion: $l, input: {score: "9"}) { evaluation { lockVersion } } }`,
			map[string]any{"id": w.openItem, "l": computed.ComputeEvaluation.LockVersion}, &scored)
		out := w.do(`mutation($id: ID!, $l: Int!) { submitEvaluation(id: $id, lockVersion: $l) { id } }`,
			map[string]any{"id": w.open, "l": scored.ScoreItem.Evaluation.LockVersion})
		if len(out.Errors) == 0 {
			t.Fatal("a total computed before an item changed was submitted")
		}
	})
}

func codeOf(err error) string {
	var typed *fail.Error
	switch {
	case err == nil:
		return "OK"
	case errors.As(err, &typed):
		return typed.Code
	case errors.Is(err, privacy.Deny):
		return "FORBIDDEN"
	}
	return err.Error()
}
