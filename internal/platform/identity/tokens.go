package identity

import (
	"context"
	"fmt"
	"strings"
	"time"

	"jixiao/ent"
	"jixiao/ent/apitoken"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/audit"
)

// CreatedToken is a new API token: the secret is shown once and never stored.
type CreatedToken struct {
	Token  string
	Record *ent.APIToken
}

// CreateAPIToken issues a bearer token acting with role for the viewer, valid
// until expiresAt (nil: Policy.TokenLifetime from now; never past
// Policy.TokenMaxLifetime). A token never has more power than its owner: the
// owner's own role, or a read-only role (leader for finance staff, public for
// anyone). It writes through the mutation's transaction.
func (s *Service) CreateAPIToken(ctx context.Context, name string, role enums.Role, expiresAt *time.Time) (*CreatedToken, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, &fail.Error{Code: fail.CodeForbidden, ZH: "请先登录", EN: "log in first"}
	}
	allowed := role == v.Role || role == enums.RolePublic || (role == enums.RoleLeader && v.SeesEverything())
	if !allowed {
		return nil, fail.BadInput("role", "令牌的角色不能超出本人的权限", "a token cannot have more power than its owner")
	}
	if name == "" {
		return nil, fail.BadInput("name", "请填写令牌名称", "the token needs a name")
	}
	now := s.Now()
	expires := now.Add(s.Policy.TokenLifetime)
	if expiresAt != nil {
		expires = expiresAt.UTC()
	}
	if !expires.After(now) || expires.Sub(now) > s.Policy.TokenMaxLifetime {
		days := int(s.Policy.TokenMaxLifetime.Hours() / 24)
		return nil, fail.BadInput("expiresAt", fmt.Sprintf("失效时间须在将来，且不超过 %d 天", days),
			fmt.Sprintf("the expiry must be in the future and at most %d days away", days))
	}
	token, hash := newToken(APITokenPrefix)
	client := s.client(ctx)
	rec, err := client.APIToken.Create().SetName(name).SetTokenHash(hash).SetPrefix(token[:len(APITokenPrefix)+6]).
		SetRole(role).SetUserID(v.UserID).SetCreatedAt(now).SetExpiresAt(expires).Save(system(ctx))
	if err != nil {
		return nil, err
	}
	audit.Record(ctx, client, audit.Entry{Action: "token_created", ActorID: &v.UserID, ActorName: v.Username,
		EntityType: "APIToken", EntityID: &rec.ID, IP: auth.RequestFrom(ctx).IP})
	return &CreatedToken{Token: token, Record: rec}, nil
}

// RevokeAPIToken revokes one of the viewer's tokens (administrators: anyone's).
func (s *Service) RevokeAPIToken(ctx context.Context, id int) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return &fail.Error{Code: fail.CodeForbidden, ZH: "请先登录", EN: "log in first"}
	}
	client := s.client(ctx)
	q := client.APIToken.Update().Where(apitoken.ID(id), apitoken.RevokedAtIsNil())
	if v.Role != enums.RoleFinanceAdmin {
		q.Where(apitoken.UserID(v.UserID))
	}
	n, err := q.SetRevokedAt(s.Now()).Save(system(ctx))
	if err != nil {
		return err
	}
	if n == 0 {
		return &fail.Error{Code: fail.CodeNotFound, ZH: "令牌不存在或已吊销", EN: "no such live token"}
	}
	audit.Record(ctx, client, audit.Entry{Action: "token_revoked", ActorID: &v.UserID, ActorName: v.Username,
		EntityType: "APIToken", EntityID: &id, IP: auth.RequestFrom(ctx).IP})
	return nil
}

// BearerViewer is the viewer of a bearer token: an API token, or a session
// token sent as a bearer (what login returns). Nil when unknown, revoked or expired.
func (s *Service) BearerViewer(ctx context.Context, token string) (*auth.Viewer, error) {
	if strings.HasPrefix(token, SessionPrefix) {
		return s.SessionViewer(ctx, token)
	}
	now := s.Now()
	hash := hashToken(token)
	if v := s.keptViewerOf(hash, now); v != nil {
		return v, nil
	}
	snap := s.snapshot()
	rec, err := s.client(ctx).APIToken.Query().Where(apitoken.TokenHash(hash), apitoken.RevokedAtIsNil()).
		WithUser().Only(system(ctx))
	if ent.IsNotFound(err) {
		if strings.HasPrefix(token, APITokenPrefix) {
			return nil, nil
		}
		return s.SessionViewer(ctx, token) // a session token from before the prefixes
	}
	if err != nil {
		return nil, err
	}
	expires := rec.CreatedAt.Add(s.Policy.TokenLifetime) // tokens issued before expiry dates existed
	if rec.ExpiresAt != nil {
		expires = *rec.ExpiresAt
	}
	if !rec.Edges.User.Active || !now.Before(expires) {
		return nil, nil
	}
	var seen time.Time
	if rec.LastUsedAt != nil {
		seen = *rec.LastUsedAt
	}
	if rec.LastUsedAt == nil || now.Sub(*rec.LastUsedAt) > touchEvery {
		if err := s.client(ctx).APIToken.UpdateOne(rec).SetLastUsedAt(now).Exec(system(ctx)); err != nil {
			return nil, err
		}
		seen = now
	}
	v, err := s.viewerOf(ctx, rec.Edges.User, rec.Role)
	if err == nil && ent.FromContext(ctx) == nil {
		s.keep(hash, snap, v, seen, expires)
	}
	return v, err
}
