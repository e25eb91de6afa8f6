package schema

import (
	"context"

	"entgo.io/ent"
	"github.com/shopspring/decimal"

	gen "jixiao/ent"
	"jixiao/ent/hook"
	"jixiao/internal/domain/fail"
)

// nonNegative rejects a negative value in any of the named decimal fields
// (field.Other has no validators of its own).
func nonNegative(fields ...string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			for _, name := range fields {
				if v, ok := m.Field(name); ok {
					if d, isDecimal := v.(decimal.Decimal); isDecimal && d.IsNegative() {
						return nil, fail.BadInput(name, "字段 "+name+" 不能为负数", "field "+name+" must not be negative")
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// indicatorCategories keeps an indicator's level-2 category under its level-1
// category, on create and on any update that touches either.
func indicatorCategories() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.IndicatorFunc(func(ctx context.Context, m *gen.IndicatorMutation) (ent.Value, error) {
			cat, catSet := m.Category()
			sub, subSet := m.Subcategory()
			if catSet || subSet {
				if !catSet && m.Op().Is(ent.OpUpdateOne) {
					old, err := m.OldCategory(ctx)
					if err != nil {
						return nil, err
					}
					cat = old
				}
				if !subSet && m.Op().Is(ent.OpUpdateOne) {
					old, err := m.OldSubcategory(ctx)
					if err != nil {
						return nil, err
					}
					sub = old
				}
				if sub.Category() != cat {
					l1, l2 := cat.Labels()[string(cat)], sub.Labels()[string(sub)]
					return nil, fail.BadInput("subcategory",
						"二级指标“"+l2.ZH+"”不属于一级指标“"+l1.ZH+"”",
						"level-2 category "+string(sub)+" does not belong to "+string(cat))
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne)
}
