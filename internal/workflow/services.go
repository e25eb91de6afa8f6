package workflow

import (
	"time"

	"jixiao/ent"
)

// Services are the workflow's commands, assembled once over one client and
// one clock (graph's resolver holds them; tests build their own).
type Services struct {
	RuleSets       RuleSets
	Targets        Targets
	Monitoring     Monitoring
	Evaluations    Evaluations
	Schemes        Schemes
	Rectifications Rectifications
	BudgetLinks    BudgetLinks
	Projects       Projects
	Money          Money
	Edits          Edits
}

// New assembles the workflow services; now is the clock (time.Now when nil).
func New(client *ent.Client, now func() time.Time) Services {
	if now == nil {
		now = time.Now
	}
	rs := RuleSets{Client: client}
	return Services{
		RuleSets:       rs,
		Targets:        Targets{Client: client, RuleSets: rs},
		Monitoring:     Monitoring{Client: client, RuleSets: rs},
		Evaluations:    Evaluations{Client: client, Now: now, RuleSets: rs},
		Schemes:        Schemes{Client: client, RuleSets: rs},
		Rectifications: Rectifications{Client: client, Now: now},
		BudgetLinks:    BudgetLinks{Client: client},
		Projects:       Projects{Client: client},
		Money:          Money{Client: client},
		Edits:          Edits{Client: client},
	}
}
