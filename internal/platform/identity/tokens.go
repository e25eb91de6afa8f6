package identity

import (
	"context"

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

// CreateAPIToken issues a bearer token acting with role for the viewer. A
// token never has more power than its owner: the owner's own role, or a
// read-only role (leader for finance staff, public for anyone).
func (s *Service) CreateAPIToken(ctx context.Context, name string, role enums.Role) (*CreatedToken, error) {
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
	token, hash := newToken()
	rec, err := s.Client.APIToken.Create().SetName(name).SetTokenHash(hash).SetPrefix(token[:6]).
		SetRole(role).SetUserID(v.UserID).Save(system(ctx))
	if err != nil {
		return nil, err
	}
	audit.Record(ctx, s.Client, audit.Entry{Action: "token_created", ActorID: &v.UserID, ActorName: v.Username,
		EntityType: "APIToken", EntityID: &rec.ID, IP: auth.RequestFrom(ctx).IP})
	return &CreatedToken{Token: token, Record: rec}, nil
}

// RevokeAPIToken revokes one of the viewer's tokens (administrators: anyone's).
func (s *Service) RevokeAPIToken(ctx context.Context, id int) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return &fail.Error{Code: fail.CodeForbidden, ZH: "请先登录", EN: "log in first"}
	}
	q := s.Client.APIToken.Update().Where(apitoken.ID(id), apitoken.RevokedAtIsNil())
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
	audit.Record(ctx, s.Client, audit.Entry{Action: "token_revoked", ActorID: &v.UserID, ActorName: v.Username,
		EntityType: "APIToken", EntityID: &id, IP: auth.RequestFrom(ctx).IP})
	return nil
}

// BearerViewer is the viewer of a bearer token: an API token, or a session
// token sent as a bearer (what login returns). Nil when unknown or revoked.
func (s *Service) BearerViewer(ctx context.Context, token string) (*auth.Viewer, error) {
	rec, err := s.Client.APIToken.Query().Where(apitoken.TokenHash(hashToken(token)), apitoken.RevokedAtIsNil()).
		WithUser().Only(system(ctx))
	if ent.IsNotFound(err) {
		return s.SessionViewer(ctx, token)
	}
	if err != nil {
		return nil, err
	}
	if !rec.Edges.User.Active {
		return nil, nil
	}
	if rec.LastUsedAt == nil || s.Now().Sub(*rec.LastUsedAt) > touchEvery {
		if err := s.Client.APIToken.UpdateOne(rec).SetLastUsedAt(s.Now()).Exec(system(ctx)); err != nil {
			return nil, err
		}
	}
	return s.viewerOf(ctx, rec.Edges.User, rec.Role)
}
