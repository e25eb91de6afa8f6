package httpapi

import (
	"context"
	"testing"

	"jixiao/ent/auditentry"
	"jixiao/ent/privacy"
	"jixiao/internal/testdb"
)

func TestUserAdministration(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		admin := a.token
		var created struct {
			CreateUserAccount struct {
				User struct {
					ID, Username       string
					MustChangePassword bool
				}
				TemporaryPassword string
			}
		}
		a.ok(`mutation { createUserAccount(input: {username: "zhang.san", displayName: "张三", role: LEADER}) {
			user { id username mustChangePassword } temporaryPassword } }`, nil, &created)
		u := created.CreateUserAccount
		if !u.User.MustChangePassword || u.TemporaryPassword == "" {
			t.Fatalf("created %+v", u)
		}
		refused := func(what string, out gqlResponse, code string) {
			t.Helper()
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != code {
				t.Fatalf("%s: %+v; want %s", what, out.Errors, code)
			}
		}
		refused("a department user without a department", a.do(`mutation { createUserAccount(input: {username: "li", displayName: "李", role: DEPARTMENT_USER}) { temporaryPassword } }`, nil), "BAD_USER_INPUT")

		// The one-time password logs in, but allows nothing but changing it.
		var login struct{ Login struct{ Token string } }
		a.token = ""
		a.ok(`mutation($p: String!) { login(input: {username: "zhang.san", password: $p}) { token } }`, map[string]any{"p": u.TemporaryPassword}, &login)
		a.token = login.Login.Token
		refused("a query before the password change", a.do(`{ departments(first: 1) { totalCount } }`, nil), "PASSWORD_CHANGE_REQUIRED")
		change := `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`
		refused("a weak password", a.do(change, map[string]any{"o": u.TemporaryPassword, "n": "short"}), "BAD_USER_INPUT")
		refused("the user name in it", a.do(change, map[string]any{"o": u.TemporaryPassword, "n": "Zhang.San#2026"}), "BAD_USER_INPUT")
		a.ok(change, map[string]any{"o": u.TemporaryPassword, "n": "Leader#2026x"}, nil)
		a.ok(`{ departments(first: 1) { totalCount } }`, nil, nil)
		refused("not an administrator", a.do(`mutation($id: ID!) { unlockUser(id: $id) { id } }`, map[string]any{"id": u.User.ID}), "FORBIDDEN")

		// Reset: one-time again, and the previous passwords cannot come back.
		a.token = admin
		var reset struct {
			ResetUserPassword struct{ TemporaryPassword string }
		}
		a.ok(`mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }`, map[string]any{"id": u.User.ID}, &reset)
		a.token = ""
		a.ok(`mutation($p: String!) { login(input: {username: "zhang.san", password: $p}) { token } }`, map[string]any{"p": reset.ResetUserPassword.TemporaryPassword}, &login)
		a.token = login.Login.Token
		refused("a password used before", a.do(change, map[string]any{"o": reset.ResetUserPassword.TemporaryPassword, "n": "Leader#2026x"}), "BAD_USER_INPUT")
		a.ok(change, map[string]any{"o": reset.ResetUserPassword.TemporaryPassword, "n": "Leader#2027y"}, nil)

		// Disabling ends the user's access at once; role and unlock are the administrator's.
		own := a.token
		a.token = admin
		a.ok(`mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, map[string]any{"id": u.User.ID}, nil)
		a.token = own
		var viewer struct{ Viewer *struct{ ID string } }
		a.ok(`{ viewer { id } }`, nil, &viewer)
		if viewer.Viewer != nil {
			t.Fatal("a disabled user's session still works")
		}
		a.token = admin
		a.ok(`mutation($id: ID!) { setUserActive(id: $id, active: true) { active } }`, map[string]any{"id": u.User.ID}, nil)
		a.ok(`mutation($id: ID!) { assignUserRole(id: $id, role: FINANCE_REVIEWER) { role } }`, map[string]any{"id": u.User.ID}, nil)
		refused("a department user without a department", a.do(`mutation($id: ID!) { assignUserRole(id: $id, role: DEPARTMENT_USER) { role } }`,
			map[string]any{"id": u.User.ID}), "BAD_USER_INPUT")
		var dep struct{ CreateDepartment struct{ ID string } }
		a.ok(`mutation { createDepartment(input: {code: "U1", name: "用户测试局", region: "市本级", sector: EDUCATION}) { id } }`, nil, &dep)
		depID := dep.CreateDepartment.ID
		var assigned struct {
			AssignUserRole struct {
				Role       string
				Department *struct{ ID string }
			}
		}
		a.ok(`mutation($id: ID!, $d: ID!) { assignUserRole(id: $id, role: DEPARTMENT_USER, departmentID: $d) { role department { id } } }`,
			map[string]any{"id": u.User.ID, "d": depID}, &assigned)
		if got := assigned.AssignUserRole; got.Role != "DEPARTMENT_USER" || got.Department == nil || got.Department.ID != depID {
			t.Fatalf("assigned %+v; want a department user of %s", got, depID)
		}
		a.ok(`mutation($id: ID!) { unlockUser(id: $id) { failedLogins } }`, map[string]any{"id": u.User.ID}, nil)

		system := privacy.DecisionContext(context.Background(), privacy.Allow)
		audited := a.db.Client.AuditEntry.Query().Where(auditentry.EntityType("User")).CountX(system)
		if audited < 7 {
			t.Fatalf("%d audit entries about users; every change is audited", audited)
		}
	})
}
