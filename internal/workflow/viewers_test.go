package workflow_test

import (
	"jixiao/ent"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
)

// namedViewer is one of the viewers an action table tries.
type namedViewer struct {
	name string
	v    *auth.Viewer
}

// everyRole adds to w an agency, another department and a user of each role
// the world lacks, and returns the viewers the action tables try — the
// administrator, the world's reviewer, a leader, an evaluator of the agency,
// the world's department user and a department user of the other
// department — with the agency's id.
func everyRole(w *world) ([]namedViewer, int) {
	ctx, c := w.fixture, w.c
	agency := c.Agency.Create().SetCode("91610000AG").SetName("评估所").SaveX(ctx)
	other := c.Department.Create().SetCode("612702").SetName("榆阳区卫健局").SetRegion("榆阳区").SetSector(enums.Sector("HEALTH")).SaveX(ctx)
	user := func(name string, role enums.Role, set func(*ent.UserCreate)) *auth.Viewer {
		u := c.User.Create().SetUsername(name).SetDisplayName(name).SetRole(role).SetPasswordHash("x")
		if set != nil {
			set(u)
		}
		row := u.SaveX(ctx)
		return &auth.Viewer{UserID: row.ID, Username: name, Role: role}
	}
	admin := user("admin", enums.RoleFinanceAdmin, nil)
	leader := user("leader", enums.RoleLeader, nil)
	evaluator := user("evaluator", enums.RoleEvaluator, func(u *ent.UserCreate) { u.SetAgencyID(agency.ID) })
	evaluator.AgencyID = agency.ID
	stranger := user("stranger", enums.RoleDepartmentUser, func(u *ent.UserCreate) { u.SetDepartmentID(other.ID) })
	stranger.DepartmentID, stranger.Departments = other.ID, []int{other.ID}
	return []namedViewer{
		{"admin", admin}, {"reviewer", auth.FromContext(w.reviewer)}, {"leader", leader},
		{"evaluator", evaluator}, {"dept", auth.FromContext(w.dept)}, {"stranger", stranger},
	}, agency.ID
}
