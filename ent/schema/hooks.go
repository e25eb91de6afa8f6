package schema

import (
	"context"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/internal/domain/fail"
)

// departmentOwned is a mutation of an entity that carries its parent's department.
type departmentOwned interface {
	ent.Mutation
	SetDepartmentID(int)
}

// parentDepartment finds the department of the parent a mutation names; ok is
// false when the mutation does not set the parent (an update leaving it alone).
type parentDepartment[M departmentOwned] func(ctx context.Context, m M) (id int, ok bool, err error)

// inheritDepartment copies department_id from the parent record on create, and
// again whenever an update moves the record to another parent.
func inheritDepartment[M departmentOwned](parent parentDepartment[M]) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if owned, isM := m.(M); isM && m.Op().Is(ent.OpCreate|ent.OpUpdateOne) {
				id, ok, err := parent(ctx, owned)
				if err != nil {
					return nil, err
				}
				if ok {
					owned.SetDepartmentID(id)
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// departmentOf reads the department_id of a parent row, turning "not found"
// into a clear input error.
func departmentOf(ctx context.Context, field, entityZH, entityEN string, id int, read func(context.Context) (int, error)) (int, bool, error) {
	dep, err := read(ctx)
	if gen.IsNotFound(err) {
		return 0, false, fail.Missing(field, entityZH, entityEN, id)
	}
	return dep, err == nil, err
}
