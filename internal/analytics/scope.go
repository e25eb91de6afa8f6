package analytics

import (
	"context"
	"slices"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
)

// scope is the part of the data the viewer may aggregate (auth.ScopeOf).
type scope struct{ auth.Scope }

// viewerScope is the scope of the request's viewer; a request without a viewer
// is refused like any anonymous read of department data.
func viewerScope(ctx context.Context) (scope, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return scope{}, privacy.Denyf("未登录 / not logged in")
	}
	return scope{auth.ScopeOf(v)}, nil
}

// none: the viewer may see no department's figures (the answer is empty).
func (s scope) none() bool { return !s.All && len(s.Departments) == 0 }

// sees tells whether the viewer may see a department's figures.
func (s scope) sees(id int) bool { return s.All || slices.Contains(s.Departments, id) }

// where is the SQL condition that keeps a department id column in scope.
func (s scope) where(column string, p *params) string {
	if s.All {
		return "TRUE"
	}
	return column + " IN " + list(p, s.Departments)
}

// forbidden refuses a figure the viewer may not see.
func forbidden() error {
	return privacy.Denyf("无权查看该部门的统计 / not allowed to see this department's figures")
}
