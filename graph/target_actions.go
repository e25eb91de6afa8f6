package graph

import (
	"context"

	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
)

// roleOf is the viewer's role; empty for an anonymous request.
func roleOf(ctx context.Context) enums.Role {
	if v := auth.FromContext(ctx); v != nil {
		return v.Role
	}
	return ""
}
