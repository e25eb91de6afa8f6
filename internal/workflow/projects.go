package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// Projects moves projects through their life by workflow events only
// (rules.ProjectNext): approval of target and budget starts a project,
// finance's acceptance of a 暂缓/终止 recommendation suspends or stops it,
// finance resumes a suspended one, and a running one is completed.
type Projects struct {
	Client *ent.Client
}

// AcceptRecommendation carries out the 暂缓 (SUSPEND) or 终止 (STOP)
// recommendation of a monitoring record: finance's decision.
func (w Projects) AcceptRecommendation(ctx context.Context, monitoringID int) (*ent.Project, error) {
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	c := client(ctx, w.Client)
	m, err := c.Monitoring.Query().Where(monitoring.ID(monitoringID)).Select(monitoring.FieldProjectID, monitoring.FieldRecommendation).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fail.Missing("monitoringId", "监控记录", "monitoring record", monitoringID)
	}
	if err != nil {
		return nil, err
	}
	event := map[monitoring.Recommendation]rules.ProjectEvent{
		monitoring.RecommendationSuspend: rules.ProjectSuspended, monitoring.RecommendationStop: rules.ProjectStopped}[m.Recommendation]
	if event == "" {
		return nil, fail.BadInput("monitoringId", "该监控记录的处理建议不是暂缓或终止", "the monitoring record recommends neither suspending nor stopping the project")
	}
	return w.apply(ctx, c, m.ProjectID, -1, event)
}

// Resume lets a suspended project continue (finance's decision).
func (w Projects) Resume(ctx context.Context, id, lockVersion int) (*ent.Project, error) {
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	return w.apply(ctx, client(ctx, w.Client), id, lockVersion, rules.ProjectResumed)
}

// Complete records that a running project is finished; its department or
// finance may (the project's privacy policy decides whose project it is).
func (w Projects) Complete(ctx context.Context, id, lockVersion int) (*ent.Project, error) {
	if v, err := viewer(ctx); err != nil {
		return nil, err
	} else if v.Role == enums.RoleDepartmentUser {
		// its own projects: the read below sees only its departments' projects
	} else if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	c := client(ctx, w.Client)
	if _, err := c.Project.Query().Where(project.ID(id)).OnlyID(ctx); err != nil {
		return nil, fail.Missing("id", "项目", "project", id)
	}
	return w.apply(ctx, c, id, lockVersion, rules.ProjectCompleted)
}

// apply moves project id on event; lockVersion < 0 skips the lock check (an
// event raised by another record's workflow, not by a person editing the project).
func (w Projects) apply(ctx context.Context, c *ent.Client, id, lockVersion int, event rules.ProjectEvent) (*ent.Project, error) {
	// The caller decided the event may happen; the status itself is the
	// workflow's to write, whoever triggered the event.
	all := privacy.DecisionContext(ctx, privacy.Allow)
	p, err := c.Project.Get(all, id)
	if err != nil {
		return nil, err
	}
	if lockVersion >= 0 && p.LockVersion != lockVersion {
		return nil, fail.Conflict("项目", "project")
	}
	hasBudget, err := c.Allocation.Query().Where(allocation.ProjectID(id)).Exist(all)
	if err != nil {
		return nil, err
	}
	next, err := rules.ProjectNext(string(p.Status), event, hasBudget)
	if err != nil {
		return nil, err
	}
	if next != string(p.Status) {
		err := c.Project.UpdateOneID(id).Where(project.LockVersion(p.LockVersion)).
			SetStatus(project.Status(next)).AddLockVersion(1).Exec(all)
		if ent.IsNotFound(err) {
			return nil, fail.Conflict("项目", "project")
		}
		if err != nil {
			return nil, err
		}
	}
	return c.Project.Get(ctx, id)
}

// projectEvent raises event on the project a target or allocation belongs to.
func projectEvent(ctx context.Context, c *ent.Client, projectID *int, event rules.ProjectEvent) error {
	if projectID == nil {
		return nil // a department-wide target has no project
	}
	_, err := Projects{}.apply(ctx, c, *projectID, -1, event)
	return err
}

// financeOnly refuses everyone but finance.
func financeOnly(ctx context.Context) error {
	v, err := viewer(ctx)
	if err != nil {
		return err
	}
	if v.Role != enums.RoleFinanceAdmin && v.Role != enums.RoleFinanceReviewer {
		return &fail.Error{Code: fail.CodeForbidden, ZH: "只有财政部门可以作出此决定", EN: "only finance makes this decision"}
	}
	return nil
}
