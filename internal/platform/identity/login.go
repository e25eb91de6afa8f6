package identity

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"jixiao/ent"
	"jixiao/ent/session"
	"jixiao/ent/user"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/audit"
)

// errBadCredentials is the one answer to every refused login — unknown user,
// wrong password, disabled or throttled account, throttled address — so that
// the answer tells an attacker nothing about which names exist.
var errBadCredentials = &fail.Error{Code: "UNAUTHENTICATED",
	ZH: "用户名或口令错误，或尝试过于频繁，请稍后再试",
	EN: "wrong username or password, or too many attempts: try again later"}

// Login checks a password and opens a session. Every refusal answers the same
// and costs one bcrypt comparison (against a dummy hash when there is no real
// one to check), so neither the answer nor its timing tells names apart —
// except a refusal of a throttled address, which checks nothing (its timing
// tells about the address only). Checks take turns (passwordchecks.go).
// Attempts are claimed before the password is checked — per address in
// memory, per account with a conditional UPDATE — so parallel guesses cannot
// check the password more often than the throttle allows.
func (s *Service) Login(ctx context.Context, username, password string) (token string, u *ent.User, err error) {
	now := s.Now()
	ip := auth.RequestFrom(ctx).IP
	refuse := func(action string, u *ent.User) (string, *ent.User, error) {
		e := audit.Entry{Action: action, ActorName: username, IP: ip}
		if u != nil {
			e.ActorID = &u.ID
		}
		audit.Record(ctx, s.Client, e)
		return "", nil, errBadCredentials
	}
	if !s.addresses.claim(ip, now) {
		// No check: the refusal's timing can only tell the caller that its
		// own address waits, nothing about any account; and a flood from a
		// throttled address costs no bcrypt.
		return refuse("login_throttled", nil)
	}
	if plausible(username) {
		u, err = s.userByName(ctx, username)
	} else {
		err = &ent.NotFoundError{}
	}
	if ent.IsNotFound(err) {
		s.checkPassword(ctx, dummyHash(0), password)
		return refuse("login_failed", nil)
	}
	if err != nil {
		return "", nil, err
	}
	userCost := cost(u.PasswordHash)
	claimed, err := s.claimAttempt(ctx, u)
	if err != nil {
		return "", nil, err
	}
	if !claimed {
		s.checkPassword(ctx, dummyHash(userCost), password)
		return refuse("login_throttled", u)
	}
	if !s.checkPassword(ctx, u.PasswordHash, password) || !u.Active {
		return refuse("login_failed", u)
	}
	token, hash := newToken(SessionPrefix)
	err = s.Client.Session.Create().SetTokenHash(hash).SetUserID(u.ID).SetCreatedAt(now).SetLastSeenAt(now).
		SetIP(ip).Exec(system(ctx))
	if err == nil {
		err = s.Client.User.UpdateOneID(u.ID).SetFailedLogins(0).ClearLockedUntil().Exec(system(ctx))
	}
	if err != nil {
		return "", nil, err
	}
	s.addresses.succeeded(ip)
	audit.Record(ctx, s.Client, audit.Entry{Action: "login", ActorID: &u.ID, ActorName: username, IP: ip})
	return token, u, nil
}

// plausible tells a name that may exist from one no user can have (too long,
// control characters), which is not even looked up.
func plausible(username string) bool {
	return username != "" && len(username) <= 200 && utf8.ValidString(username) &&
		!strings.ContainsFunc(username, unicode.IsControl)
}

// claimAttempt counts an attempt as a failure before the password is checked
// (a success resets the count), unless the account's throttle says wait. The
// count moves by compare-and-set — UPDATE … WHERE failed_logins = <read> — so
// of parallel attempts that read the same count only one wins; the others
// read again. Both databases serialise the UPDATE on the row.
func (s *Service) claimAttempt(ctx context.Context, u *ent.User) (bool, error) {
	p := s.Policy.Account
	for range 1000 {
		now := s.Now()
		if u.FailedLogins >= p.Free && u.LockedUntil != nil && now.Before(*u.LockedUntil) {
			return false, nil
		}
		failures := u.FailedLogins + 1
		upd := s.Client.User.Update().Where(user.ID(u.ID), user.FailedLogins(u.FailedLogins)).SetFailedLogins(failures)
		if d := p.Delay(failures); d > 0 {
			upd.SetLockedUntil(now.Add(d))
		}
		n, err := upd.Save(system(ctx))
		if err != nil || n == 1 {
			return n == 1, err
		}
		if u, err = s.Client.User.Get(system(ctx), u.ID); err != nil {
			return false, err
		}
	}
	return false, nil // contention beyond reason: refuse this attempt
}

// dummyHashes are hashes of a password nobody knows, one per bcrypt cost, so
// that a refusal without a real hash to check costs what a check costs.
var dummyHashes sync.Map

// dummyHash returns a hash of the given cost (0: the cost of new passwords).
func dummyHash(c int) string {
	if c <= 0 {
		c = int(lastCost.Load())
	}
	if c < bcrypt.MinCost {
		c = auth.PasswordCost
	}
	if h, ok := dummyHashes.Load(c); ok {
		return h.(string)
	}
	h, err := bcrypt.GenerateFromPassword([]byte("no password is this one: "+newTokenString()), c)
	if err != nil {
		return ""
	}
	dummyHashes.Store(c, string(h))
	return string(h)
}

// lastCost is the cost of the last real hash seen, the best guess of what a
// check of an existing user costs on this installation.
var lastCost atomic.Int64

// cost is the bcrypt cost of a user's hash, remembered in lastCost.
func cost(hash string) int {
	c, err := bcrypt.Cost([]byte(hash))
	if err != nil {
		return auth.PasswordCost
	}
	lastCost.Store(int64(c))
	return c
}

// Logout ends a session on the server: its token stops working at once.
func (s *Service) Logout(ctx context.Context, token string) error {
	s.drop(hashToken(token))
	n, err := s.Client.Session.Update().
		Where(session.TokenHash(hashToken(token)), session.RevokedAtIsNil()).
		SetRevokedAt(s.Now()).Save(system(ctx))
	if err == nil && n > 0 {
		v := auth.FromContext(ctx)
		e := audit.Entry{Action: "logout", IP: auth.RequestFrom(ctx).IP}
		if v != nil {
			e.ActorID, e.ActorName = &v.UserID, v.Username
		}
		audit.Record(ctx, s.Client, e)
	}
	return err
}

// SessionViewer is the viewer of a live session, or nil when the token is
// unknown or revoked, idle for longer than IdleTimeout or older than
// SessionLifetime, or its user is disabled.
func (s *Service) SessionViewer(ctx context.Context, token string) (*auth.Viewer, error) {
	if strings.HasPrefix(token, APITokenPrefix) {
		return nil, nil
	}
	now := s.Now()
	hash := hashToken(token)
	if v := s.keptViewerOf(hash, now); v != nil {
		return v, nil
	}
	snap := s.snapshot() // before the reads: what is kept is at least this new
	sess, err := s.client(ctx).Session.Query().Where(session.TokenHash(hash), session.RevokedAtIsNil()).
		WithUser().Only(system(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if now.Sub(sess.LastSeenAt) > s.Policy.IdleTimeout || now.Sub(sess.CreatedAt) > s.Policy.SessionLifetime ||
		!sess.Edges.User.Active {
		return nil, nil
	}
	seen := sess.LastSeenAt
	if now.Sub(sess.LastSeenAt) > touchEvery {
		if err := s.client(ctx).Session.UpdateOne(sess).SetLastSeenAt(now).Exec(system(ctx)); err != nil {
			return nil, err
		}
		seen = now
	}
	v, err := s.viewerOf(ctx, sess.Edges.User, sess.Edges.User.Role)
	if err == nil && ent.FromContext(ctx) == nil { // a transaction's reads may yet roll back
		s.keep(hash, snap, v, seen, sess.CreatedAt.Add(s.Policy.SessionLifetime))
	}
	return v, err
}
