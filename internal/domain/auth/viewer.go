// Package auth knows who is asking: the viewer in the request context, and
// what part of the data that viewer may see.
package auth

import (
	"context"
	"slices"

	"jixiao/internal/domain/enums"
)

// Viewer is the authenticated user of a request.
type Viewer struct {
	UserID       int
	Username     string
	Role         enums.Role
	DepartmentID int // department users: their own department
	AgencyID     int // evaluators: their agency
	// Departments is what a department user sees: its department and all its
	// subordinate units, resolved when the session is loaded.
	Departments []int
	// MustChangePassword: after a reset, the session may only change the
	// password (and read the viewer, log out) until it is changed.
	MustChangePassword bool
}

type viewerKey struct{}

// NewContext returns a context carrying the viewer.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// FromContext is the request's viewer, or nil when anonymous.
func FromContext(ctx context.Context) *Viewer {
	if v, ok := ctx.Value(viewerKey{}).(*Viewer); ok {
		return v
	}
	if r, ok := ctx.Value(requestKey{}).(*Request); ok {
		return r.LoggedIn
	}
	return nil
}

// SeesEverything: finance staff and leaders read all departments.
func (v *Viewer) SeesEverything() bool {
	return v != nil && (v.Role == enums.RoleFinanceAdmin || v.Role == enums.RoleFinanceReviewer || v.Role == enums.RoleLeader)
}

// SeesDepartment tells whether the viewer may read a department's data.
func (v *Viewer) SeesDepartment(id int) bool {
	return v.SeesEverything() || (v != nil && v.Role == enums.RoleDepartmentUser && slices.Contains(v.Departments, id))
}

// Scope is the part of the data an aggregate may read: everything, or only
// the listed departments (none at all when Departments is empty and All false).
type Scope struct {
	All         bool
	Departments []int
}

// ScopeOf is the viewer's scope for department-level data and aggregates.
func ScopeOf(v *Viewer) Scope {
	switch {
	case v.SeesEverything():
		return Scope{All: true}
	case v != nil && v.Role == enums.RoleDepartmentUser:
		return Scope{Departments: v.Departments}
	default:
		return Scope{}
	}
}

// RoleOr is the role asked for, or the viewer's own when none is (no viewer: public).
func (v *Viewer) RoleOr(asked *enums.Role) enums.Role {
	switch {
	case asked != nil:
		return *asked
	case v != nil:
		return v.Role
	default:
		return enums.RolePublic
	}
}
