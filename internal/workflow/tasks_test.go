package workflow_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// 15 July 2025 in Beijing: June's monitoring is due, May's is overdue.
var taskNow = time.Date(2025, 7, 15, 10, 0, 0, 0, beijing.Location)

// seedDepartments writes n departments, each with one project in progress
// (no monitoring), one returned and one submitted target, one open self-evaluation,
// one submitted evaluation and one overdue and one pending rectification.
func seedDepartments(t *testing.T, c *ent.Client, n, from int) []int {
	t.Helper()
	ctx := auth.ByWorkflow(auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin}))
	var ids []int
	for i := from; i < from+n; i++ {
		d := c.Department.Create().SetCode(fmt.Sprintf("D%d", i)).SetName(fmt.Sprintf("部门%d", i)).SetRegion("市本级").SetSector(enums.SectorEducation).SaveX(ctx)
		ids = append(ids, d.ID)
		p := c.Project.Create().SetCode(fmt.Sprintf("P%d", i)).SetName("项目").SetDepartmentID(d.ID).SetFiscalYear(2025).
			SetCategory(project.CategorySpecialBusiness).SetSector(enums.SectorEducation).SaveX(ctx)
		p = p.Update().SetStatus(project.StatusInProgress).SaveX(ctx) // in progress, as a budget arranged on approval moves it
		for _, s := range []target.Status{target.StatusReturned, target.StatusSubmitted} {
			c.Target.Create().SetDepartmentID(d.ID).SetProjectID(p.ID).SetFiscalYear(2025).SetGoal("目标").SetStatus(s).SaveX(ctx)
		}
		// One self-evaluation per project and year: the submitted one is of the year before.
		for _, e := range []struct {
			year int
			s    evaluation.Status
		}{{2024, evaluation.StatusInProgress}, {2023, evaluation.StatusSubmitted}} {
			c.Evaluation.Create().SetDepartmentID(d.ID).SetProjectID(p.ID).SetFiscalYear(e.year).SetKind(evaluation.KindSelf).SetScheme("SELF").SetStatus(e.s).SaveX(ctx)
		}
		for _, deadline := range []time.Time{taskNow.AddDate(0, -1, 0), taskNow.AddDate(0, 2, 0)} {
			c.Rectification.Create().SetDepartmentID(d.ID).SetProblem("问题").SetRequiredAction("整改").SetDeadline(deadline.UTC()).SaveX(ctx)
		}
	}
	return ids
}

func counted(t *testing.T, url string) (*store.DB, *testdb.Counter) {
	counter := &testdb.Counter{}
	opt := store.DefaultOptions
	opt.Wrap = counter.Wrap
	return testdb.Open(t, url, opt), counter
}

func byKind(tasks []*workflow.Task) map[workflow.TaskKind]workflow.Task {
	out := map[workflow.TaskKind]workflow.Task{}
	for _, task := range tasks {
		out[task.Kind] = *task
	}
	return out
}

// The to-dos count what each role has waiting, and cost the same number of
// statements for 2 departments as for 12.
func TestMyTasks(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := counted(t, url)
		first := seedDepartments(t, db.Client, 2, 0)
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})

		counter.Reset()
		few, err := workflow.MyTasks(admin, db.Client, taskNow)
		if err != nil {
			t.Fatal(err)
		}
		statementsFew := counter.Count()
		if statementsFew == 0 {
			t.Fatal("the statement counter saw nothing")
		}
		got := byKind(few)
		for kind, want := range map[workflow.TaskKind][2]int{
			workflow.TaskTargetsToReview: {2, 0}, workflow.TaskTargetsToRevise: {2, 0}, workflow.TaskMonitoringDue: {2, 2},
			workflow.TaskEvaluationsToScore: {2, 0}, workflow.TaskEvaluationsToReview: {2, 0}, workflow.TaskRectificationsPending: {4, 2},
		} {
			if got[kind].Count != want[0] || got[kind].Overdue != want[1] {
				t.Errorf("%s: count %d overdue %d, want %d and %d", kind, got[kind].Count, got[kind].Overdue, want[0], want[1])
			}
		}
		if _, ok := got[workflow.TaskTargetsToSubmit]; ok {
			t.Error("no drafts were seeded, yet TARGETS_TO_SUBMIT is listed")
		}
		if d := got[workflow.TaskRectificationsPending].Deadline; d == nil || !d.Equal(taskNow.AddDate(0, -1, 0)) {
			t.Errorf("earliest rectification deadline %v, want %v", d, taskNow.AddDate(0, -1, 0))
		}
		if d := got[workflow.TaskMonitoringDue].Deadline; d == nil || d.In(beijing.Location).Format("2006-01-02 15:04:05") != "2025-07-31 23:59:59" {
			t.Errorf("monitoring deadline %v, want the end of July in Beijing", d)
		}

		seedDepartments(t, db.Client, 10, 2)
		counter.Reset()
		many, err := workflow.MyTasks(admin, db.Client, taskNow)
		if err != nil {
			t.Fatal(err)
		}
		if n := counter.Count(); n != statementsFew {
			t.Errorf("myTasks cost %d statements for 12 departments and %d for 2: it must not grow", n, statementsFew)
		}
		if c := byKind(many)[workflow.TaskTargetsToReview].Count; c != 12 {
			t.Errorf("targets to review for 12 departments: %d", c)
		}

		// A department user sees only its own department's to-dos, and no finance queue.
		dept := auth.NewContext(context.Background(), &auth.Viewer{UserID: 2, Username: "dept", Role: enums.RoleDepartmentUser, DepartmentID: first[0], Departments: []int{first[0]}})
		own, err := workflow.MyTasks(dept, db.Client, taskNow)
		if err != nil {
			t.Fatal(err)
		}
		mine := byKind(own)
		if _, ok := mine[workflow.TaskTargetsToReview]; ok {
			t.Error("a department user was given finance's review queue")
		}
		if mine[workflow.TaskTargetsToRevise].Count != 1 || mine[workflow.TaskRectificationsPending].Count != 2 || mine[workflow.TaskEvaluationsToScore].Count != 1 {
			t.Errorf("department user's to-dos: %+v", mine)
		}
	})
}
