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
	"jixiao/internal/platform/dataversion"
)

// Policy holds the numbers of the login and session rules (README: configuration).
type Policy struct {
	// Account throttles failed logins per user name, counted in the database.
	Account Throttle
	// Address throttles failed logins per client address, counted in memory.
	Address Throttle
	// IdleTimeout ends a session nobody used for this long.
	IdleTimeout time.Duration
	// SessionLifetime ends a session this long after login, however busy.
	SessionLifetime time.Duration
	// TokenLifetime is an API token's validity when none is asked for;
	// TokenMaxLifetime the longest that may be asked for.
	TokenLifetime, TokenMaxLifetime time.Duration
	// PasswordChecksAtOnce bounds the password checks running at once
	// (passwordchecks.go); 0 is half the cores, at least one.
	PasswordChecksAtOnce int
}

// DefaultPolicy follows 等保 2.0 level 3: five free failures per account, then
// delays from one minute doubling to 15; twenty per address, then one minute
// doubling to 30; 30 minutes idle, 12 hours at most per session; API tokens
// valid 90 days unless asked otherwise, at most a year.
var DefaultPolicy = Policy{
	Account:          Throttle{Free: 5, Base: time.Minute, Max: 15 * time.Minute},
	Address:          Throttle{Free: 20, Base: time.Minute, Max: 30 * time.Minute},
	IdleTimeout:      30 * time.Minute,
	SessionLifetime:  12 * time.Hour,
	TokenLifetime:    90 * 24 * time.Hour,
	TokenMaxLifetime: 366 * 24 * time.Hour,
}

// touchEvery limits how often a session's last-seen time is written.
const touchEvery = time.Minute

// Service is the login and session service over the database.
type Service struct {
	Client *ent.Client
	Now    func() time.Time // the clock; tests move it
	Policy Policy
	// CheckPassword compares a password with a hash; tests count its calls.
	CheckPassword func(hash, password string) bool
	// Versions, when set, lets viewers be kept in memory (viewercache.go).
	Versions *dataversion.Watcher

	addresses *addressThrottle
	checks    chan struct{} // password-check slots
	viewers   viewerCache
}

// New returns a service with the default policy on the real clock.
func New(client *ent.Client) *Service {
	return NewWithPolicy(client, DefaultPolicy)
}

// NewWithPolicy returns a service with policy p on the real clock.
func NewWithPolicy(client *ent.Client, p Policy) *Service {
	if p.PasswordChecksAtOnce <= 0 {
		p.PasswordChecksAtOnce = defaultPasswordChecksAtOnce()
	}
	return &Service{Client: client, Now: func() time.Time { return time.Now().UTC() }, Policy: p,
		CheckPassword: auth.PasswordMatches, addresses: newAddressThrottle(p.Address),
		checks: make(chan struct{}, p.PasswordChecksAtOnce)}
}

// client is the transaction's client inside a mutation (a second connection
// would wait on SQLite's single writer until the busy timeout), else the root.
func (s *Service) client(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return s.Client
}

// system is the context of the service's own reads and writes: they happen
// before there is a viewer (login) or on the viewer's behalf (sessions).
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// A token's form tells what it is, so that a bearer is looked up in one
// table only: session tokens start with SessionPrefix, API tokens with
// APITokenPrefix. Tokens issued before the prefixes (43 characters of
// base64url) are looked up in both, API tokens first, as they were.
const (
	SessionPrefix  = "jxs_"
	APITokenPrefix = "jxa_"
)

// newToken returns a random token with prefix and the hash that is stored for it.
func newToken(prefix string) (token, hash string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err))
	}
	token = prefix + base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token)
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// viewerOf builds the viewer of a user acting with a role.
func (s *Service) viewerOf(ctx context.Context, u *ent.User, role enums.Role) (*auth.Viewer, error) {
	v := &auth.Viewer{UserID: u.ID, Username: u.Username, Role: role, MustChangePassword: u.MustChangePassword}
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
	rows, err := s.client(ctx).QueryContext(system(ctx), fmt.Sprintf(`WITH RECURSIVE sub(id) AS (
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
	return s.client(ctx).User.Query().Where(user.Username(username)).Only(system(ctx))
}

func newTokenString() string { t, _ := newToken(""); return t }
