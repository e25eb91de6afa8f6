package identity

import (
	"context"
	"fmt"

	"jixiao/ent"
	"jixiao/ent/session"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/audit"
)

var errBadCredentials = &fail.Error{Code: "UNAUTHENTICATED",
	ZH: "用户名或口令错误", EN: "wrong username or password"}

// Login checks a password and opens a session. Five failures in a row lock
// the account for 30 minutes; every attempt is written to the audit trail.
func (s *Service) Login(ctx context.Context, username, password string) (token string, u *ent.User, err error) {
	now := s.Now()
	ip := auth.RequestFrom(ctx).IP
	u, err = s.userByName(ctx, username)
	if ent.IsNotFound(err) {
		audit.Record(ctx, s.Client, audit.Entry{Action: "login_failed", ActorName: username, IP: ip})
		return "", nil, errBadCredentials
	}
	if err != nil {
		return "", nil, err
	}
	if u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		audit.Record(ctx, s.Client, audit.Entry{Action: "login_locked", ActorID: &u.ID, ActorName: username, IP: ip})
		local := u.LockedUntil.In(beijing.Location).Format("15:04")
		return "", nil, &fail.Error{Code: "ACCOUNT_LOCKED",
			ZH: fmt.Sprintf("连续登录失败次数过多，账户已锁定至 %s（北京时间）", local),
			EN: fmt.Sprintf("too many failed logins: the account is locked until %s (Beijing time)", local)}
	}
	if !u.Active || !auth.PasswordMatches(u.PasswordHash, password) {
		failures := u.FailedLogins + 1
		upd := s.Client.User.UpdateOne(u).SetFailedLogins(failures)
		if failures >= MaxFailedLogins {
			upd.SetLockedUntil(now.Add(LockoutDuration)).SetFailedLogins(0)
		}
		if err := upd.Exec(system(ctx)); err != nil {
			return "", nil, err
		}
		audit.Record(ctx, s.Client, audit.Entry{Action: "login_failed", ActorID: &u.ID, ActorName: username, IP: ip})
		return "", nil, errBadCredentials
	}
	token, hash := newToken()
	err = s.Client.Session.Create().SetTokenHash(hash).SetUserID(u.ID).SetCreatedAt(now).SetLastSeenAt(now).
		SetIP(ip).Exec(system(ctx))
	if err == nil {
		err = s.Client.User.UpdateOne(u).SetFailedLogins(0).ClearLockedUntil().Exec(system(ctx))
	}
	if err != nil {
		return "", nil, err
	}
	audit.Record(ctx, s.Client, audit.Entry{Action: "login", ActorID: &u.ID, ActorName: username, IP: ip})
	return token, u, nil
}

// Logout ends a session on the server: its token stops working at once.
func (s *Service) Logout(ctx context.Context, token string) error {
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
// unknown, revoked or idle for longer than IdleTimeout.
func (s *Service) SessionViewer(ctx context.Context, token string) (*auth.Viewer, error) {
	now := s.Now()
	sess, err := s.Client.Session.Query().Where(session.TokenHash(hashToken(token)), session.RevokedAtIsNil()).
		WithUser().Only(system(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if now.Sub(sess.LastSeenAt) > IdleTimeout || !sess.Edges.User.Active {
		return nil, nil
	}
	if now.Sub(sess.LastSeenAt) > touchEvery {
		if err := s.Client.Session.UpdateOne(sess).SetLastSeenAt(now).Exec(system(ctx)); err != nil {
			return nil, err
		}
	}
	return s.viewerOf(ctx, sess.Edges.User, sess.Edges.User.Role)
}
