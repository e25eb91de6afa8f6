package workflow

import (
	"jixiao/ent/review"
)

func reviewDecision(d string) review.Decision { return review.Decision(d) }
