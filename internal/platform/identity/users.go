package identity

import (
	"context"
	"regexp"

	"jixiao/ent"
	"jixiao/ent/session"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/audit"
)

// NewUser is what an administrator gives for a new account.
type NewUser struct {
	Username, DisplayName  string
	Role                   enums.Role
	DepartmentID, AgencyID *int
}

var usernamePattern = regexp.MustCompile(`^[A-Za-z0-9._-]{2,50}$`)

var errAdminsOnly = &fail.Error{Code: fail.CodeForbidden, ZH: "只有财政管理员可以管理用户", EN: "only finance administrators manage users"}

// admin returns the viewer when it is a finance administrator.
func admin(ctx context.Context) (*auth.Viewer, error) {
	v := auth.FromContext(ctx)
	if v == nil || v.Role != enums.RoleFinanceAdmin {
		return nil, errAdminsOnly
	}
	return v, nil
}

// CreateUser makes an account with a one-time password, to be changed at the first login.
func (s *Service) CreateUser(ctx context.Context, in NewUser) (*ent.User, string, error) {
	if _, err := admin(ctx); err != nil {
		return nil, "", err
	}
	if !usernamePattern.MatchString(in.Username) {
		return nil, "", fail.BadInput("input.username", "登录名为 2 至 50 位字母、数字或 . _ -",
			"the login name has 2 to 50 letters, digits or . _ -")
	}
	if err := roleFits(in.Role, in.DepartmentID, in.AgencyID, "input."); err != nil {
		return nil, "", err
	}
	temporary, hash, err := oneTimePassword()
	if err != nil {
		return nil, "", err
	}
	u, err := s.client(ctx).User.Create().SetUsername(in.Username).SetDisplayName(in.DisplayName).SetRole(in.Role).
		SetNillableDepartmentID(in.DepartmentID).SetNillableAgencyID(in.AgencyID).
		SetPasswordHash(hash).SetMustChangePassword(true).Save(ctx)
	return u, temporary, err
}

// SetActive enables or disables an account; a disabled account's sessions and tokens stop at once.
func (s *Service) SetActive(ctx context.Context, id int, active bool) (*ent.User, error) {
	v, err := admin(ctx)
	if err != nil {
		return nil, err
	}
	if !active && id == v.UserID {
		return nil, fail.BadInput("id", "不能停用自己的账户", "you cannot disable your own account")
	}
	return s.client(ctx).User.UpdateOneID(id).SetActive(active).Save(ctx)
}

// ResetPassword replaces a password with a one-time one, ends the user's
// sessions and lifts the login throttle.
func (s *Service) ResetPassword(ctx context.Context, id int) (*ent.User, string, error) {
	if _, err := admin(ctx); err != nil {
		return nil, "", err
	}
	client := s.client(ctx)
	u, err := client.User.Get(ctx, id)
	if err != nil {
		return nil, "", err
	}
	temporary, hash, err := oneTimePassword()
	if err != nil {
		return nil, "", err
	}
	u, err = client.User.UpdateOne(u).SetPasswordHash(hash).SetMustChangePassword(true).
		SetPasswordHistory(history(u)).SetFailedLogins(0).ClearLockedUntil().Save(ctx)
	if err != nil {
		return nil, "", err
	}
	return u, temporary, s.endSessions(ctx, id, "")
}

// AssignRole sets a user's role with the department or agency it needs.
func (s *Service) AssignRole(ctx context.Context, id int, role enums.Role, departmentID, agencyID *int) (*ent.User, error) {
	v, err := admin(ctx)
	if err != nil {
		return nil, err
	}
	if id == v.UserID && role != enums.RoleFinanceAdmin {
		return nil, fail.BadInput("role", "不能取消自己的管理员角色", "you cannot take away your own administrator role")
	}
	if err := roleFits(role, departmentID, agencyID, ""); err != nil {
		return nil, err
	}
	upd := s.client(ctx).User.UpdateOneID(id).SetRole(role).ClearDepartmentID().ClearAgencyID().
		SetNillableDepartmentID(departmentID).SetNillableAgencyID(agencyID)
	return upd.Save(ctx)
}

// UnlockUser lifts a user's login throttle.
func (s *Service) UnlockUser(ctx context.Context, id int) (*ent.User, error) {
	if _, err := admin(ctx); err != nil {
		return nil, err
	}
	return s.client(ctx).User.UpdateOneID(id).SetFailedLogins(0).ClearLockedUntil().Save(ctx)
}

// ChangePassword changes the viewer's own password after checking the current
// one; the policy refuses the user name and the last passwords. The viewer's
// other sessions end.
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return &fail.Error{Code: "UNAUTHENTICATED", ZH: "请先登录", EN: "log in first"}
	}
	client := s.client(ctx)
	u, err := client.User.Get(system(ctx), v.UserID)
	if err != nil {
		return err
	}
	if !s.checkPassword(ctx, u.PasswordHash, current) {
		return fail.BadInput("oldPassword", "当前口令不正确", "the current password is wrong")
	}
	if current == next {
		return fail.BadInput("newPassword", "新口令不能与当前口令相同", "the new password must differ from the current one")
	}
	if err := auth.DefaultPasswordPolicy.Check("newPassword", next, u.Username, history(u)); err != nil {
		return err
	}
	hash, err := auth.HashPassword(next)
	if err != nil {
		return err
	}
	err = client.User.UpdateOne(u).SetPasswordHash(hash).SetMustChangePassword(false).
		SetPasswordHistory(history(u)).Exec(system(ctx))
	if err != nil {
		return err
	}
	v.MustChangePassword = false
	audit.Record(ctx, client, audit.Entry{Action: "password_changed", ActorID: &v.UserID, ActorName: v.Username,
		EntityType: "User", EntityID: &v.UserID, IP: auth.RequestFrom(ctx).IP})
	return s.endSessions(ctx, v.UserID, auth.RequestFrom(ctx).SessionToken)
}

// history is the user's current hash followed by the earlier ones, as many as the policy remembers.
func history(u *ent.User) []string {
	h := append([]string{}, u.PasswordHash)
	h = append(h, u.PasswordHistory...)
	return h[:min(len(h), auth.DefaultPasswordPolicy.History)]
}

// endSessions revokes a user's sessions, except the one with token keep.
func (s *Service) endSessions(ctx context.Context, userID int, keep string) error {
	q := s.client(ctx).Session.Update().Where(session.UserID(userID), session.RevokedAtIsNil())
	if keep != "" {
		q.Where(session.TokenHashNEQ(hashToken(keep)))
	}
	return q.SetRevokedAt(s.Now()).Exec(system(ctx))
}

// roleFits checks that a role comes with what it needs: a department for
// department users, an agency for evaluators, neither for the others.
func roleFits(role enums.Role, departmentID, agencyID *int, prefix string) error {
	switch {
	case role == enums.RoleDepartmentUser && departmentID == nil:
		return fail.BadInput(prefix+"departmentID", "部门用户须指定所属部门", "a department user needs a department")
	case role == enums.RoleEvaluator && agencyID == nil:
		return fail.BadInput(prefix+"agencyID", "第三方评价用户须指定所属机构", "an evaluator needs an agency")
	case role != enums.RoleDepartmentUser && departmentID != nil:
		return fail.BadInput(prefix+"departmentID", "只有部门用户属于部门", "only department users belong to a department")
	case role != enums.RoleEvaluator && agencyID != nil:
		return fail.BadInput(prefix+"agencyID", "只有第三方评价用户属于机构", "only evaluators belong to an agency")
	}
	return nil
}

// oneTimePassword is a random password that meets the policy (about 72 bits).
func oneTimePassword() (password, hash string, err error) {
	password = "Jx-" + newTokenString()[:12] + "7a"
	hash, err = auth.HashPassword(password)
	return password, hash, err
}
