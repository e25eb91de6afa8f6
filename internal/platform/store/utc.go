package store

import (
	"context"
	"time"

	"entgo.io/ent"
)

// UTC is a hook over every mutation of every entity: each time value it sets
// is converted to UTC before it reaches the database, whatever offset it came
// with. SQLite keeps times as text, and modernc writes a time in another zone
// as text it cannot parse back (e.g. "2026-11-30 23:59:59 +0800 +0800"); on
// PostgreSQL it keeps audit entries and hooks seeing one zone. The SQLite DSN
// also carries _timezone=UTC, so predicates and raw statements agree.
func UTC() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			for _, name := range m.Fields() {
				v, _ := m.Field(name)
				if t, ok := v.(time.Time); ok && t.Location() != time.UTC {
					if err := m.SetField(name, t.UTC()); err != nil {
						return nil, err
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
