package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Fund 资金: a pot of money of one fiscal year, from one source and level of government.
type Fund struct{ ent.Schema }

func (Fund) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Fund) Fields() []ent.Field {
	return []ent.Field{
		fiscalYearField(),
		field.String("name").NotEmpty().MaxLen(200).
			Comment("资金名称 / Fund name").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("source").NamedValues(
			"GeneralBudget", "GENERAL_BUDGET",
			"GovernmentFund", "GOVERNMENT_FUND",
			"StateCapital", "STATE_CAPITAL",
			"Transfer", "TRANSFER",
			"SpecialBond", "SPECIAL_BOND",
			"Other", "OTHER",
		).Comment("资金来源：一般公共预算 / 政府性基金预算 / 国有资本经营预算 / 上级转移支付 / 专项债券 / 其他 / Source of funds").
			Annotations(entgql.OrderField("SOURCE")),
		field.Enum("level").NamedValues(
			"Central", "CENTRAL",
			"Province", "PROVINCE",
			"City", "CITY",
			"County", "COUNTY",
		).Comment("资金层级：中央/省/市/县 / Level of government the money comes from"),
		moneyField("amount", "资金总额（元）/ Total amount (yuan)", entgql.OrderField("AMOUNT")),
	}
}

func (Fund) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("allocations", Allocation.Type).Comment("预算安排 / Allocations out of this fund").Annotations(connection()...),
	}
}

func (Fund) Indexes() []ent.Index {
	return []ent.Index{index.Fields("fiscal_year", "source")}
}

func (Fund) Annotations() []schema.Annotation {
	return listed("资金：某一预算年度、某一来源的资金 / A fund of one fiscal year and source", createAndUpdate...)
}

func (Fund) Hooks() []ent.Hook { return []ent.Hook{fundGuard()} }

func (Fund) Policy() ent.Policy {
	return access{everyoneReads: true}.policy()
}
