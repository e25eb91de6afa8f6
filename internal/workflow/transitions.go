package workflow

import (
	"context"

	"jixiao/ent/review"
	"jixiao/internal/domain/rules"
)

// check tells whether the viewer may move an object of a machine from one
// state to another: the state machines live in package rules.
func check(m rules.Machine, from, to string, ctx context.Context) error {
	v, err := viewer(ctx)
	if err != nil {
		return err
	}
	return rules.CanTransition(m, from, to, v.Role)
}

func reviewDecision(d string) review.Decision { return review.Decision(d) }
