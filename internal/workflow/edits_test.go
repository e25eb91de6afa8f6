package workflow_test

import (
	"context"
	"testing"

	"jixiao/ent"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/testdb"
)

// TestEditsNameTheirLockVersion: for each record a person edits outside the
// state machines, an edit on the current version is saved and moves the
// version on; a second edit made on the same (now stale) read fails with
// CONFLICT and writes nothing; an edit of a record that is not there names
// the id.
func TestEditsNameTheirLockVersion(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		admin := c.User.Create().SetUsername("admin").SetDisplayName("admin").SetRole(enums.RoleFinanceAdmin).SetPasswordHash("x").SaveX(ctx)
		actx := ent.NewContext(auth.NewContext(context.Background(), &auth.Viewer{UserID: admin.ID, Username: "admin", Role: enums.RoleFinanceAdmin}), c)
		fund := c.Fund.Query().FirstX(ctx)
		tpl := c.IndicatorTemplate.Create().SetCode("T-001").SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
			SetName("培训人次").SetComparator(enums.ComparatorGte).SaveX(ctx)
		agency := c.Agency.Create().SetCode("91610000AG").SetName("评估所").SaveX(ctx)
		expert := c.Expert.Create().SetName("张专家").SetSpecialty("教育").SaveX(ctx)
		text := func(s string) *string { return &s }

		// Each record: its id, an edit to a value, and its saved (value, lockVersion).
		records := []struct {
			name string
			id   int
			edit func(id, lock int, value string) error
			read func() (string, int)
		}{
			{"project", w.proj, func(id, lock int, v string) error {
				_, err := w.wf.Edits.Project(actx, id, lock, ent.UpdateProjectInput{Name: &v})
				return err
			}, func() (string, int) { p := c.Project.GetX(ctx, w.proj); return p.Name, p.LockVersion }},
			{"department", w.department, func(id, lock int, v string) error {
				_, err := w.wf.Edits.Department(actx, id, lock, ent.UpdateDepartmentInput{Name: &v})
				return err
			}, func() (string, int) { d := c.Department.GetX(ctx, w.department); return d.Name, d.LockVersion }},
			{"fund", fund.ID, func(id, lock int, v string) error {
				_, err := w.wf.Edits.Fund(actx, id, lock, ent.UpdateFundInput{Name: &v})
				return err
			}, func() (string, int) { f := c.Fund.GetX(ctx, fund.ID); return f.Name, f.LockVersion }},
			{"library indicator", tpl.ID, func(id, lock int, v string) error {
				_, err := w.wf.Edits.IndicatorTemplate(actx, id, lock, ent.UpdateIndicatorTemplateInput{Name: &v})
				return err
			}, func() (string, int) { x := c.IndicatorTemplate.GetX(ctx, tpl.ID); return x.Name, x.LockVersion }},
			{"agency", agency.ID, func(id, lock int, v string) error {
				_, err := w.wf.Edits.Agency(actx, id, lock, ent.UpdateAgencyInput{Name: &v})
				return err
			}, func() (string, int) { x := c.Agency.GetX(ctx, agency.ID); return x.Name, x.LockVersion }},
			{"expert", expert.ID, func(id, lock int, v string) error {
				_, err := w.wf.Edits.Expert(actx, id, lock, ent.UpdateExpertInput{Specialty: text(v)})
				return err
			}, func() (string, int) { x := c.Expert.GetX(ctx, expert.ID); return x.Specialty, x.LockVersion }},
		}
		for _, r := range records {
			t.Run(r.name, func(t *testing.T) {
				_, read := r.read()
				if err := r.edit(r.id, read, "第一次修改"); err != nil {
					t.Fatalf("an edit on the current version: %v", err)
				}
				if value, lock := r.read(); value != "第一次修改" || lock != read+1 {
					t.Fatalf("after the edit: %q at version %d, want 第一次修改 at %d", value, lock, read+1)
				}
				// A second person still holding the first read.
				if err := r.edit(r.id, read, "第二次修改"); code(err) != fail.CodeConflict {
					t.Fatalf("an edit on a stale read: %v (code %q), want CONFLICT", err, code(err))
				}
				if value, _ := r.read(); value != "第一次修改" {
					t.Errorf("after the refused edit: %q, want 第一次修改", value)
				}
				if err := r.edit(r.id+1_000_000, 0, "x"); code(err) != fail.CodeBadInput || fieldOf(err) != "id" {
					t.Errorf("an edit of a missing record: %v, want BAD_USER_INPUT naming id", err)
				}
			})
		}
	})
}
