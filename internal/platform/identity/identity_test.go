package identity_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"jixiao/ent"
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

const password = "Jixiao@2026"

// fixture is a service on a test database with a moving clock, counting the
// password checks against the user's real hash.
type fixture struct {
	*identity.Service
	now    *time.Time
	hash   string
	checks atomic.Int64
}

func setup(t *testing.T, url string) *fixture {
	db := testdb.Open(t, url, store.DefaultOptions)
	hash, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost)
	db.Client.User.Create().SetUsername("dept").SetDisplayName("部门用户").SetRole(enums.RoleDepartmentUser).
		SetPasswordHash(string(hash)).ExecX(system)
	now := time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)
	f := &fixture{Service: identity.New(db.Client), now: &now, hash: string(hash)}
	f.Now = func() time.Time { return *f.now }
	check := f.CheckPassword
	f.CheckPassword = func(h, pw string) bool {
		if h == f.hash {
			f.checks.Add(1)
		}
		return check(h, pw)
	}
	return f
}

func (f *fixture) wait(d time.Duration) { *f.now = f.now.Add(d) }

// from is a request context from a client address.
func from(ip string) context.Context {
	return auth.WithRequest(context.Background(), &auth.Request{IP: ip})
}

func TestParallelGuessesCannotExceedTheLimit(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		// 30 wrong passwords, 10 at a time, each from its own address (so
		// that only the account's count stands between them and the hash).
		for wave := 0; wave < 3; wave++ {
			var wg sync.WaitGroup
			for i := 0; i < 10; i++ {
				wg.Go(func() {
					f.Login(from(fmt.Sprintf("10.0.%d.%d", wave, i)), "dept", "wrong-Password1")
				})
			}
			wg.Wait()
		}
		if n := f.checks.Load(); n > int64(identity.DefaultPolicy.Account.Free) {
			t.Fatalf("the password was checked %d times; the limit is %d", n, identity.DefaultPolicy.Account.Free)
		}
		if _, _, err := f.Login(from("10.9.9.9"), "dept", password); err == nil {
			t.Fatal("the right password was accepted while the account is throttled")
		}
		f.wait(identity.DefaultPolicy.Account.Max)
		if _, _, err := f.Login(from("10.9.9.9"), "dept", password); err != nil {
			t.Fatalf("after the delay: %v", err)
		}
	})
}

func TestDelaysGrowAndAnAdministratorCanUnlock(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		ctx := from("10.0.0.1")
		for i := 0; i < 5; i++ {
			f.Login(ctx, "dept", "nope")
		}
		f.checks.Store(0)
		f.wait(59 * time.Second)
		f.Login(ctx, "dept", "nope")
		if f.checks.Load() != 0 {
			t.Fatal("an attempt before the first minute was over checked the password")
		}
		f.wait(time.Second) // one minute after the fifth failure
		f.Login(ctx, "dept", "nope")
		f.wait(time.Minute + 59*time.Second) // the sixth failure asks for two minutes
		f.Login(ctx, "dept", "nope")
		if f.checks.Load() != 1 {
			t.Fatalf("%d checks; want 1 (the wait after the sixth failure is two minutes)", f.checks.Load())
		}
		u := f.Client.User.Query().OnlyX(system)
		if _, err := f.UnlockUser(ctx, u.ID); err == nil {
			t.Fatal("an anonymous caller unlocked an account")
		}
		admin := auth.NewContext(ctx, &auth.Viewer{UserID: -1, Username: "admin", Role: enums.RoleFinanceAdmin})
		if _, err := f.UnlockUser(admin, u.ID); err != nil {
			t.Fatal(err)
		}
		if _, _, err := f.Login(ctx, "dept", password); err != nil {
			t.Fatalf("after unlock: %v", err)
		}
	})
}

func TestRefusalsAnswerAlikeAndCostAlike(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		var calls atomic.Int64
		check := f.CheckPassword
		f.CheckPassword = func(h, pw string) bool { calls.Add(1); return check(h, pw) }
		refusal := func(ip, user, pw string) *fail.Error {
			t.Helper()
			calls.Store(0)
			_, _, err := f.Login(from(ip), user, pw)
			var fe *fail.Error
			if !errors.As(err, &fe) {
				t.Fatalf("%s: %v is not a typed error", user, err)
			}
			if calls.Load() != 1 {
				t.Fatalf("%s/%s: %d password checks; every refusal does exactly one", user, ip, calls.Load())
			}
			return fe
		}
		unknown := refusal("10.0.0.1", "nobody", "x")
		wrong := refusal("10.0.0.2", "dept", "x")
		for i := 0; i < 5; i++ {
			f.Login(from("10.0.0.3"), "dept", "x")
		}
		throttled := refusal("10.0.0.4", "dept", password)
		f.Client.User.Update().SetActive(false).SetFailedLogins(0).ClearLockedUntil().ExecX(system)
		disabled := refusal("10.0.0.5", "dept", password)
		for name, e := range map[string]*fail.Error{"wrong password": wrong, "throttled": throttled, "disabled": disabled} {
			if *e != *unknown {
				t.Errorf("%s answers %+v; an unknown user %+v", name, e, unknown)
			}
		}
	})
}

func TestAddressThrottleSparesOtherAddresses(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		attacker := from("203.0.113.7")
		for i := 0; i < identity.DefaultPolicy.Address.Free; i++ {
			f.Login(attacker, fmt.Sprintf("guess%d", i), "x")
		}
		if _, _, err := f.Login(attacker, "dept", password); err == nil {
			t.Fatal("a throttled address logged in")
		}
		if f.checks.Load() != 0 {
			t.Fatal("a throttled address had the password checked")
		}
		if _, _, err := f.Login(from("198.51.100.1"), "dept", password); err != nil {
			t.Fatalf("another address was refused: %v", err)
		}
		throttled := f.Client.AuditEntry.Query().Where(auditentry.Action("login_throttled")).CountX(system)
		if throttled != 1 {
			t.Fatalf("%d login_throttled audit entries; want 1", throttled)
		}
	})
}

func TestSessionIdleTimeoutLifetimeAndLogout(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		ctx := context.Background()
		token, _, err := f.Login(ctx, "dept", password)
		if err != nil {
			t.Fatal(err)
		}
		// Activity keeps the session alive past 30 minutes in total …
		for i := 0; i < 3; i++ {
			f.wait(20 * time.Minute)
			if v, err := f.SessionViewer(ctx, token); err != nil || v == nil || v.Username != "dept" {
				t.Fatalf("active session lost after %d × 20 min: %v %v", i+1, v, err)
			}
		}
		f.wait(31 * time.Minute)
		if v, _ := f.SessionViewer(ctx, token); v != nil {
			t.Fatal("session survived 31 idle minutes")
		}
		// … but not past its absolute lifetime.
		token, _, _ = f.Login(ctx, "dept", password)
		for elapsed := time.Duration(0); elapsed < identity.DefaultPolicy.SessionLifetime-20*time.Minute; elapsed += 20 * time.Minute {
			f.wait(20 * time.Minute)
			if v, _ := f.SessionViewer(ctx, token); v == nil {
				t.Fatalf("busy session ended after %s", elapsed+20*time.Minute)
			}
		}
		f.wait(21 * time.Minute) // 12 h 01 min after login, 21 min after its last use
		if v, _ := f.SessionViewer(ctx, token); v != nil {
			t.Fatal("session outlived its absolute lifetime")
		}

		token, _, _ = f.Login(ctx, "dept", password)
		if err := f.Logout(auth.NewContext(ctx, &auth.Viewer{UserID: 1, Username: "dept"}), token); err != nil {
			t.Fatal(err)
		}
		if v, _ := f.SessionViewer(ctx, token); v != nil {
			t.Fatal("session works after logout")
		}
		if v, _ := f.BearerViewer(ctx, token); v != nil {
			t.Fatal("session token works as a bearer after logout")
		}
	})
}

func TestAPITokensAreScopedExpiringAndRevocable(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		owner := f.Client.User.Query().OnlyX(system)
		ctx := auth.NewContext(context.Background(), &auth.Viewer{UserID: owner.ID, Username: owner.Username, Role: enums.RoleDepartmentUser})
		if _, err := f.CreateAPIToken(ctx, "报表服务", enums.RoleFinanceAdmin, nil); err == nil {
			t.Fatal("a department user issued an administrator token")
		}
		past := f.Now().Add(-time.Hour)
		if _, err := f.CreateAPIToken(ctx, "报表服务", enums.RolePublic, &past); err == nil {
			t.Fatal("a token expiring in the past was issued")
		}
		tooFar := f.Now().Add(2 * 366 * 24 * time.Hour)
		if _, err := f.CreateAPIToken(ctx, "报表服务", enums.RolePublic, &tooFar); err == nil {
			t.Fatal("a token valid for two years was issued")
		}
		created, err := f.CreateAPIToken(ctx, "报表服务", enums.RolePublic, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := created.Record.ExpiresAt.Sub(f.Now()); got != identity.DefaultPolicy.TokenLifetime {
			t.Fatalf("default validity %s; want %s", got, identity.DefaultPolicy.TokenLifetime)
		}
		v, err := f.BearerViewer(context.Background(), created.Token)
		if err != nil || v == nil || v.Role != enums.RolePublic {
			t.Fatalf("token viewer: %+v %v", v, err)
		}
		f.wait(identity.DefaultPolicy.TokenLifetime)
		if v, _ := f.BearerViewer(context.Background(), created.Token); v != nil {
			t.Fatal("an expired token still works")
		}
		second, err := f.CreateAPIToken(ctx, "第二个", enums.RolePublic, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.RevokeAPIToken(ctx, second.Record.ID); err != nil {
			t.Fatal(err)
		}
		if v, _ := f.BearerViewer(context.Background(), second.Token); v != nil {
			t.Fatal("revoked token still works")
		}
	})
}

// TestTokensInsideATransaction: the GraphQL mutations run in a transaction;
// on SQLite a second connection would wait for the writer and fail.
func TestTokensInsideATransaction(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		owner := f.Client.User.Query().OnlyX(system)
		viewer := &auth.Viewer{UserID: owner.ID, Username: owner.Username, Role: enums.RoleDepartmentUser}
		ctx, cancel := context.WithTimeout(auth.NewContext(context.Background(), viewer), 5*time.Second)
		defer cancel()
		tx, err := f.Client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		txCtx := ent.NewContext(ctx, tx.Client())
		created, err := f.CreateAPIToken(txCtx, "报表服务", enums.RolePublic, nil)
		if err == nil {
			err = f.RevokeAPIToken(txCtx, created.Record.ID)
		}
		if err != nil {
			tx.Rollback()
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	})
}
