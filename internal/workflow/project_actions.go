package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/schema"
	"jixiao/internal/domain/auth"
)

// CanEditProject tells whether v may change p's declaration (updateProject)
// now. It asks the guards the update passes: the project's privacy policy on
// a probe of the update (a department user only inside its subtree) and the
// declaration rule of its hooks (finance reviewers change only the status).
// Costs no statement, so a list of projects may ask it per row.
func CanEditProject(ctx context.Context, c *ent.Client, v *auth.Viewer, p *ent.Project) bool {
	if v == nil || schema.RefuseProjectDeclaration(v) != nil {
		return false
	}
	probe := c.Project.UpdateOneID(p.ID).SetDepartmentID(p.DepartmentID).Mutation()
	return policyAllows(auth.NewContext(ctx, v), schema.Project{}.Policy(), probe)
}
