package schema

import (
	"context"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/hook"
	"jixiao/internal/domain/fail"
)

// DuplicateSelfEvaluation is the refusal of a second self-evaluation of one
// project (or one department's overall spending) in one fiscal year; the
// workflow answers the same when the unique index catches a race.
func DuplicateSelfEvaluation(projectWide bool) error {
	if projectWide {
		return &fail.Error{Code: fail.CodeConflict, Field: "projectID",
			ZH: "该项目本年度已有单位自评，每个项目每年只能有一份自评", EN: "this project already has a self-evaluation for the year: one per project and fiscal year"}
	}
	return &fail.Error{Code: fail.CodeConflict, Field: "departmentID",
		ZH: "该部门本年度已有部门整体自评，每个部门每年只能有一份", EN: "this department already has an overall self-evaluation for the year: one per department and fiscal year"}
}

// oneSelfEvaluation: at most one self-evaluation per project and fiscal year
// (one department-wide one per department and year), whoever writes it —
// API, import, demo loader. The unique partial indexes of Evaluation.Indexes
// hold the same under concurrency; this check names the field first.
func oneSelfEvaluation() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.EvaluationFunc(func(ctx context.Context, m *gen.EvaluationMutation) (ent.Value, error) {
			if kind, _ := m.Kind(); kind != evaluation.KindSelf {
				return next.Mutate(ctx, m)
			}
			year, _ := m.FiscalYear()
			q := m.Client().Evaluation.Query().Where(evaluation.KindEQ(evaluation.KindSelf), evaluation.FiscalYear(year))
			pid, projectWide := m.ProjectID()
			if projectWide {
				q.Where(evaluation.ProjectID(pid))
			} else {
				dep, _ := m.DepartmentID()
				q.Where(evaluation.DepartmentID(dep), evaluation.ProjectIDIsNil())
			}
			exists, err := q.Exist(allow(ctx))
			if err != nil {
				return nil, err
			}
			if exists {
				return nil, DuplicateSelfEvaluation(projectWide)
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)
}
