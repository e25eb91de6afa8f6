package workflow

import (
	"context"

	"jixiao/ent"
)

// Check is one automatic review check of a declared target.
type Check struct {
	Code   string
	Passed bool
	ZH, EN string
}

// ReviewChecks runs the automatic checks of domain.md §Review checks on a target.
func ReviewChecks(ctx context.Context, c *ent.Client, t *ent.Target) ([]Check, error) {
	return nil, nil // wired to rules.ReviewChecks when the rules package lands
}
