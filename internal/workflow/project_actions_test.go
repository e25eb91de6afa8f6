package workflow_test

import (
	"context"
	"testing"

	"jixiao/ent"
	"jixiao/internal/domain/auth"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// TestProjectEditRight: for every viewer, CanEditProject says yes exactly when
// the update the edit page sends (updateProject) succeeds. Each attempt runs
// in a rolled-back transaction.
func TestProjectEditRight(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		viewers, _ := everyRole(w)
		granted := 0
		for _, viewer := range viewers {
			t.Run(viewer.name, func(t *testing.T) {
				tx, err := w.c.Tx(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				defer func() { _ = tx.Rollback() }()
				tc := tx.Client()
				p := tc.Project.GetX(ent.NewContext(w.fixture, tc), w.proj)
				vctx := ent.NewContext(auth.NewContext(context.Background(), viewer.v), tc)
				allowed := workflow.CanEditProject(vctx, tc, viewer.v, p)
				name := "薄弱学校改造（调整）"
				_, err = w.wf.Edits.Project(vctx, p.ID, p.LockVersion, ent.UpdateProjectInput{Name: &name})
				switch {
				case allowed && err != nil:
					t.Errorf("viewerCanEdit is true, but updateProject failed: %v", err)
				case !allowed && err == nil:
					t.Errorf("viewerCanEdit is false, but updateProject succeeded")
				case allowed:
					granted++
				}
			})
		}
		// Granted to someone and refused to someone: the table is not vacuous.
		if granted == 0 || granted == len(viewers) {
			t.Errorf("the edit right was granted to %d of %d viewers", granted, len(viewers))
		}
	})
}
