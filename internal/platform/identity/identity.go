// Package identity logs users in and out and turns a session cookie or a
// bearer token into the request's viewer (domain.md §Roles).
package identity

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"time"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/ent/user"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
)

// Policy numbers of the login rules.
const (
	MaxFailedLogins = 5
	LockoutDuration = 30 * time.Minute
	IdleTimeout     = 30 * time.Minute
	// touchEvery limits how often a session's last-seen time is written.
	touchEvery = time.Minute
)

// Service is the login and session service over the database.
type Service struct {
	Client *ent.Client
	Now    func() time.Time // the clock; tests move it
}

// New returns a service on the real clock.
func New(client *ent.Client) *Service {
	return &Service{Client: client, Now: func() time.Time { return time.Now().UTC() }}
}

// system is the context of the service's own reads and writes: they happen
// before there is a viewer (login) or on the viewer's behalf (sessions).
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// newToken returns a random token and the hash that is stored for it.
func newToken() (token, hash string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err))
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token)
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// viewerOf builds the viewer of a user acting with a role.
func (s *Service) viewerOf(ctx context.Context, u *ent.User, role enums.Role) (*auth.Viewer, error) {
	v := &auth.Viewer{UserID: u.ID, Username: u.Username, Role: role}
	if u.AgencyID != nil {
		v.AgencyID = *u.AgencyID
	}
	if u.DepartmentID != nil {
		v.DepartmentID = *u.DepartmentID
		subtree, err := s.subtree(ctx, *u.DepartmentID)
		if err != nil {
			return nil, err
		}
		v.Departments = subtree
	}
	return v, nil
}

// subtree lists a department and all its subordinate units, in one query.
func (s *Service) subtree(ctx context.Context, root int) ([]int, error) {
	rows, err := s.Client.QueryContext(system(ctx), fmt.Sprintf(`WITH RECURSIVE sub(id) AS (
		SELECT id FROM departments WHERE id = %d
		UNION ALL SELECT d.id FROM departments d JOIN sub ON d.parent_id = sub.id)
		SELECT id FROM sub`, root))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// userByName reads an active user for login.
func (s *Service) userByName(ctx context.Context, username string) (*ent.User, error) {
	return s.Client.User.Query().Where(user.Username(username)).Only(system(ctx))
}
