package identity_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"jixiao/ent/auditentry"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/identity"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

var system = privacy.DecisionContext(context.Background(), privacy.Allow)

func setup(t *testing.T, url string) (*identity.Service, *time.Time) {
	db := testdb.Open(t, url, store.DefaultOptions)
	hash, _ := bcrypt.GenerateFromPassword([]byte("Jixiao@2026"), bcrypt.MinCost)
	db.Client.User.Create().SetUsername("dept").SetDisplayName("部门用户").SetRole(enums.RoleDepartmentUser).
		SetPasswordHash(string(hash)).ExecX(system)
	now := time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)
	s := identity.New(db.Client)
	s.Now = func() time.Time { return now }
	return s, &now
}

func TestLockoutAfterFiveFailures(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		s, now := setup(t, url)
		ctx := context.Background()
		for i := 1; i <= 5; i++ {
			if _, _, err := s.Login(ctx, "dept", "wrong-Password1"); err == nil {
				t.Fatalf("attempt %d accepted a wrong password", i)
			}
		}
		_, _, err := s.Login(ctx, "dept", "Jixiao@2026")
		var fe *fail.Error
		if !errors.As(err, &fe) || fe.Code != "ACCOUNT_LOCKED" {
			t.Fatalf("right password during lockout: %v", err)
		}
		*now = now.Add(29 * time.Minute)
		if _, _, err := s.Login(ctx, "dept", "Jixiao@2026"); err == nil {
			t.Fatal("lockout ended before 30 minutes")
		}
		*now = now.Add(2 * time.Minute)
		if _, _, err := s.Login(ctx, "dept", "Jixiao@2026"); err != nil {
			t.Fatalf("after 30 minutes: %v", err)
		}
		failed := s.Client.AuditEntry.Query().Where(auditentry.Action("login_failed")).CountX(system)
		locked := s.Client.AuditEntry.Query().Where(auditentry.Action("login_locked")).CountX(system)
		if failed != 5 || locked != 2 {
			t.Fatalf("audit: %d failures, %d locked attempts; want 5 and 2", failed, locked)
		}
	})
}

func TestFourFailuresThenSuccessResetsTheCount(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		s, _ := setup(t, url)
		ctx := context.Background()
		for round := 0; round < 2; round++ {
			for i := 0; i < 4; i++ {
				s.Login(ctx, "dept", "nope")
			}
			if _, _, err := s.Login(ctx, "dept", "Jixiao@2026"); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	})
}

func TestSessionIdleTimeoutAndLogout(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		s, now := setup(t, url)
		ctx := context.Background()
		token, _, err := s.Login(ctx, "dept", "Jixiao@2026")
		if err != nil {
			t.Fatal(err)
		}
		// Activity keeps the session alive past 30 minutes in total.
		for i := 0; i < 3; i++ {
			*now = now.Add(20 * time.Minute)
			if v, err := s.SessionViewer(ctx, token); err != nil || v == nil || v.Username != "dept" {
				t.Fatalf("active session lost after %d × 20 min: %v %v", i+1, v, err)
			}
		}
		*now = now.Add(31 * time.Minute)
		if v, _ := s.SessionViewer(ctx, token); v != nil {
			t.Fatal("session survived 31 idle minutes")
		}

		token, _, _ = s.Login(ctx, "dept", "Jixiao@2026")
		if err := s.Logout(auth.NewContext(ctx, &auth.Viewer{UserID: 1, Username: "dept"}), token); err != nil {
			t.Fatal(err)
		}
		if v, _ := s.SessionViewer(ctx, token); v != nil {
			t.Fatal("session works after logout")
		}
		if v, _ := s.BearerViewer(ctx, token); v != nil {
			t.Fatal("session token works as a bearer after logout")
		}
	})
}

func TestAPITokensAreScopedAndRevocable(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		s, _ := setup(t, url)
		owner := s.Client.User.Query().OnlyX(system)
		ctx := auth.NewContext(context.Background(), &auth.Viewer{UserID: owner.ID, Username: owner.Username, Role: enums.RoleDepartmentUser})
		if _, err := s.CreateAPIToken(ctx, "报表服务", enums.RoleFinanceAdmin); err == nil {
			t.Fatal("a department user issued an administrator token")
		}
		created, err := s.CreateAPIToken(ctx, "报表服务", enums.RolePublic)
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.BearerViewer(context.Background(), created.Token)
		if err != nil || v == nil || v.Role != enums.RolePublic {
			t.Fatalf("token viewer: %+v %v", v, err)
		}
		if err := s.RevokeAPIToken(ctx, created.Record.ID); err != nil {
			t.Fatal(err)
		}
		if v, _ := s.BearerViewer(context.Background(), created.Token); v != nil {
			t.Fatal("revoked token still works")
		}
	})
}
