package workflow

import (
	"context"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"

	"jixiao/ent"
	"jixiao/ent/project"
)

// lockProject makes the money and approval steps of one project queue on its
// row (三同步): an allocation recorded while a target of the project is being
// approved is either seen by the approval or capped by the approved amount,
// never neither. The allocation guard takes the same lock
// (ent/schema/moneyguards.go). PostgreSQL only: SQLite has one writer at a time.
func lockProject(ctx context.Context, c *ent.Client, id int) error {
	_, err := c.Project.Query().Where(project.ID(id)).Modify(func(s *entsql.Selector) {
		if s.Dialect() == dialect.Postgres {
			s.ForUpdate()
		}
	}).IDs(privacy.DecisionContext(ctx, privacy.Allow))
	return err
}
