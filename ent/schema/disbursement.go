package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/hook"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/fail"

	"jixiao/ent/privacy"
)

// Disbursement 支出/拨付: a dated treasury payment out of an allocation. The
// largest table: it carries project, department, year and month so that the
// execution figures aggregate without joins.
type Disbursement struct{ ent.Schema }

func (Disbursement) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Disbursement) Fields() []ent.Field {
	return []ent.Field{
		field.Time("paid_on").
			Comment("支付日期 / Date paid").
			Annotations(entgql.OrderField("PAID_ON")),
		field.Int64("amount").GoType(moneyType).
			Comment("支付金额（元）；红字冲销为负数 / Amount paid (yuan); negative for a reversal (红字冲销)").
			Annotations(entgql.Type("Money"), entgql.OrderField("AMOUNT")),
		field.String("voucher_no").Optional().MaxLen(64).Comment("支付凭证号 / Payment voucher number"),
		field.String("purpose").Optional().MaxLen(200).Comment("用途 / Purpose"),
		field.Int("fiscal_year").
			Comment("预算年度（由支付日期得出）/ Fiscal year (from the payment date)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("month").Range(1, 12).
			Comment("月份（由支付日期得出，北京时间）/ Month (from the payment date, Asia/Shanghai)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("allocation_id").Comment("预算安排 / Allocation"),
		field.Int("reversal_of_id").Optional().Nillable().
			Comment("冲销的原支付（红字冲销时）/ The payment this entry reverses (a 红字冲销 entry)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("reason").Optional().
			Comment("冲销原因 / Why the payment is reversed").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("project_id").
			Comment("项目（由预算安排继承）/ Project (inherited from the allocation)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		inheritedDepartmentIDField(),
	}
}

func (Disbursement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("allocation", Allocation.Type).Ref("disbursements").Field("allocation_id").Unique().Required().Comment("预算安排 / Allocation"),
		edge.From("project", Project.Type).Ref("disbursements").Field("project_id").Unique().Required().Comment("项目 / Project").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		inheritedDepartmentEdge("disbursements"),
		edge.To("reversals", Disbursement.Type).Comment("冲销本支付的红字分录 / Reversal entries of this payment").
			Annotations(connection()...).
			From("reversal_of").Field("reversal_of_id").Unique().Comment("冲销的原支付 / The payment reversed").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (Disbursement) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("project_id", "fiscal_year", "month"),
		index.Fields("department_id", "fiscal_year", "month"),
		index.Fields("allocation_id"),
	}
}

func (Disbursement) Annotations() []schema.Annotation {
	return listed("支出：从预算安排中拨付的一笔国库支付 / A treasury payment out of an allocation", entgql.MutationCreate()) // recorded by the workflow, never edited
}

// Hooks copy the allocation's project and department, and derive the fiscal
// year and month from the payment date.
func (Disbursement) Hooks() []ent.Hook {
	return []ent.Hook{paymentGuard(),
		func(next ent.Mutator) ent.Mutator {
			return hook.DisbursementFunc(func(ctx context.Context, m *gen.DisbursementMutation) (ent.Value, error) {
				if id, ok := m.AllocationID(); ok {
					a, err := m.Client().Allocation.Query().Where(allocation.ID(id)).
						Select(allocation.FieldProjectID, allocation.FieldDepartmentID).Only(ctx)
					if gen.IsNotFound(err) {
						return nil, fail.Missing("allocationID", "预算安排", "allocation", id)
					}
					if err != nil {
						return nil, err
					}
					m.SetProjectID(a.ProjectID)
					m.SetDepartmentID(a.DepartmentID)
				}
				if paid, ok := m.PaidOn(); ok {
					// Read in Beijing: a payment at 23:30 UTC on 31 March belongs to April in the books.
					local := paid.In(beijing.Location)
					m.SetFiscalYear(local.Year())
					m.SetMonth(int(local.Month()))
				}
				return next.Mutate(ctx, m)
			})
		},
	}
}

func (Disbursement) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.DisbursementFilter).WhereHasProjectWith(projectAssignedTo(agency))
		},
	}.policy()
}
