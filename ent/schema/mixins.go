package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// nowUTC is the default of every timestamp: times are stored in UTC and shown
// in Asia/Shanghai by the clients.
// moneyType is the Go type of every money column.
var moneyType = money.Money(0)

func nowUTC() time.Time { return time.Now().UTC() }

// TimeMixin gives every entity its created/updated timestamps.
type TimeMixin struct{ mixin.Schema }

func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(nowUTC).Immutable().
			Comment("创建时间（UTC）/ Created at (UTC)").
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("updated_at").Default(nowUTC).UpdateDefault(nowUTC).
			Comment("更新时间（UTC）/ Updated at (UTC)").
			Annotations(entgql.OrderField("UPDATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// LockVersionMixin is optimistic concurrency for entities with a workflow: a
// state change names the version it read and fails if another change came first.
type LockVersionMixin struct{ mixin.Schema }

func (LockVersionMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("lock_version").Default(0).NonNegative().
			Comment("乐观锁版本号：每次状态变更加一 / Optimistic-lock version: incremented by every state change").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// moneyField is an exact amount: int64 fen in the database, "1234.50" in GraphQL.
func moneyField(name, comment string, annotations ...schema.Annotation) ent.Field {
	return field.Int64(name).GoType(moneyType).NonNegative().Comment(comment).
		Annotations(append(annotations, entgql.Type("Money"))...)
}

// decimalField is an exact decimal (scores, indicator values): numeric in
// PostgreSQL, text in SQLite (whose numeric is a float).
func decimalField(name, comment string, annotations ...schema.Annotation) ent.Field {
	return field.Other(name, decimal.Decimal{}).SchemaType(decimalColumn).
		Comment(comment).Annotations(append(annotations, entgql.Type("Decimal"))...)
}

// optionalDecimalField is a decimalField that may be empty (NULL).
func optionalDecimalField(name, comment string, annotations ...schema.Annotation) ent.Field {
	return field.Other(name, decimal.Decimal{}).SchemaType(decimalColumn).Optional().Nillable().
		Comment(comment).Annotations(append(annotations, entgql.Type("Decimal"))...)
}

var decimalColumn = map[string]string{dialect.Postgres: "numeric(20,4)", dialect.SQLite: "text"}

// fiscalYearField is a budget year (预算年度).
func fiscalYearField() ent.Field {
	return field.Int("fiscal_year").Range(2000, 2100).
		Comment("预算年度 / Fiscal year").
		Annotations(entgql.OrderField("FISCAL_YEAR"))
}

func sectorField(name string) ent.Field {
	return field.Enum(name).GoType(enums.Sector("")).
		Comment("行业/政策领域 / Sector or policy area").
		Annotations(entgql.Type("Sector"), entgql.OrderField("SECTOR"))
}

// departmentIDField is the department a row belongs to. Large tables carry it
// (copied from their parent) so that privacy rules and analytics filter without
// joins, and so that they can be distributed by department later.
func departmentIDField(comment string) ent.Field {
	return field.Int("department_id").Comment(comment)
}

// inheritedDepartmentIDField is a department_id copied from the parent by a hook,
// so clients never send it.
func inheritedDepartmentIDField() ent.Field {
	return field.Int("department_id").
		Comment("所属部门（由上级记录继承）/ Owning department (inherited from the parent record)").
		Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput))
}

// inheritedDepartmentEdge is the edge over inheritedDepartmentIDField.
func inheritedDepartmentEdge(ref string) ent.Edge {
	return edge.From("department", Department.Type).Ref(ref).Field("department_id").Unique().Required().
		Comment("所属部门 / Owning department").
		Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput))
}
