package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/agency"
	"jixiao/ent/department"
	"jixiao/ent/expert"
	"jixiao/ent/fund"
	"jixiao/ent/indicatortemplate"
	"jixiao/ent/project"
	"jixiao/internal/domain/fail"
)

// Edits are the edits a person makes to a record outside the state machines
// (a project's declaration, master data): each names the lockVersion it was
// read at, so a change made since is refused, never overwritten. Who may
// change what is the ent hooks' and privacy rules' decision.
type Edits struct{ Client *ent.Client }

// saveEdit runs an edit conditioned on the version read: when it matched no
// row, the record either changed since (CONFLICT) or is not there for this
// viewer (a missing reference).
func saveEdit[T any](ctx context.Context, save func(context.Context) (T, error), exists func(context.Context) (bool, error), zh, en string, id int) (T, error) {
	v, err := save(ctx)
	if !ent.IsNotFound(err) {
		return v, err
	}
	var none T
	if found, err := exists(ctx); err != nil {
		return none, err
	} else if found {
		return none, fail.Conflict(zh, en)
	}
	return none, fail.Missing("id", zh, en, id)
}

// Project changes a project's declaration (updateProject).
func (w Edits) Project(ctx context.Context, id, lockVersion int, in ent.UpdateProjectInput) (*ent.Project, error) {
	c := client(ctx, w.Client)
	return saveEdit(ctx, c.Project.UpdateOneID(id).Where(project.LockVersion(lockVersion)).SetInput(in).AddLockVersion(1).Save,
		c.Project.Query().Where(project.ID(id)).Exist, "项目", "project", id)
}

// Department changes a department's record (updateDepartment).
func (w Edits) Department(ctx context.Context, id, lockVersion int, in ent.UpdateDepartmentInput) (*ent.Department, error) {
	c := client(ctx, w.Client)
	return saveEdit(ctx, c.Department.UpdateOneID(id).Where(department.LockVersion(lockVersion)).SetInput(in).AddLockVersion(1).Save,
		c.Department.Query().Where(department.ID(id)).Exist, "部门/单位", "department", id)
}

// Fund changes a fund (updateFund).
func (w Edits) Fund(ctx context.Context, id, lockVersion int, in ent.UpdateFundInput) (*ent.Fund, error) {
	c := client(ctx, w.Client)
	return saveEdit(ctx, c.Fund.UpdateOneID(id).Where(fund.LockVersion(lockVersion)).SetInput(in).AddLockVersion(1).Save,
		c.Fund.Query().Where(fund.ID(id)).Exist, "资金", "fund", id)
}

// IndicatorTemplate changes a library indicator (updateIndicatorTemplate).
func (w Edits) IndicatorTemplate(ctx context.Context, id, lockVersion int, in ent.UpdateIndicatorTemplateInput) (*ent.IndicatorTemplate, error) {
	c := client(ctx, w.Client)
	return saveEdit(ctx, c.IndicatorTemplate.UpdateOneID(id).Where(indicatortemplate.LockVersion(lockVersion)).SetInput(in).AddLockVersion(1).Save,
		c.IndicatorTemplate.Query().Where(indicatortemplate.ID(id)).Exist, "指标库指标", "library indicator", id)
}

// Agency changes a third-party agency (updateAgency).
func (w Edits) Agency(ctx context.Context, id, lockVersion int, in ent.UpdateAgencyInput) (*ent.Agency, error) {
	c := client(ctx, w.Client)
	return saveEdit(ctx, c.Agency.UpdateOneID(id).Where(agency.LockVersion(lockVersion)).SetInput(in).AddLockVersion(1).Save,
		c.Agency.Query().Where(agency.ID(id)).Exist, "第三方机构", "agency", id)
}

// Expert changes an expert (updateExpert).
func (w Edits) Expert(ctx context.Context, id, lockVersion int, in ent.UpdateExpertInput) (*ent.Expert, error) {
	c := client(ctx, w.Client)
	return saveEdit(ctx, c.Expert.UpdateOneID(id).Where(expert.LockVersion(lockVersion)).SetInput(in).AddLockVersion(1).Save,
		c.Expert.Query().Where(expert.ID(id)).Exist, "专家", "expert", id)
}
