package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/ent/schema/schematype"
	"jixiao/internal/domain/enums"
)

// IndicatorTemplate 指标库: a reusable common (共性) or sector (个性) indicator.
type IndicatorTemplate struct{ ent.Schema }

func (IndicatorTemplate) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (IndicatorTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").NotEmpty().MaxLen(40).Unique().Comment("指标编码 / Indicator code").Annotations(entgql.OrderField("CODE")),
		field.Enum("category").GoType(enums.IndicatorCategory("")).
			Comment("一级指标 / Level-1 category").
			Annotations(entgql.Type("IndicatorCategory"), entgql.OrderField("CATEGORY")),
		field.Enum("subcategory").GoType(enums.Subcategory("")).
			Comment("二级指标 / Level-2 category").
			Annotations(entgql.Type("Subcategory")),
		field.String("name").NotEmpty().MaxLen(200).Comment("指标名称 / Indicator name").Annotations(entgql.OrderField("NAME")),
		field.Text("definition").Optional().Comment("指标解释/计算公式 / Definition or formula"),
		field.String("unit").Optional().MaxLen(20).Comment("计量单位 / Unit"),
		field.Enum("comparator").GoType(enums.Comparator("")).
			Comment("比较符 / Comparator").
			Annotations(entgql.Type("Comparator")),
		field.Enum("sector").GoType(enums.Sector("")).Optional().Nillable().
			Comment("适用行业，为空即共性指标 / Sector; empty for a common indicator").
			Annotations(entgql.Type("Sector")),
		field.Strings("keywords").Optional().Comment("关键词 / Keywords"),
		field.JSON("history", []schematype.HistoricalValue{}).Optional().
			Comment("各部门历年值 / Historical values across departments and years").
			Annotations(entgql.Skip()),
	}
}

func (IndicatorTemplate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("indicators", Indicator.Type).Comment("引用本指标的绩效指标 / Indicators using this template").Annotations(connection()...),
	}
}

func (IndicatorTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("category", "subcategory"), index.Fields("sector")}
}

func (IndicatorTemplate) Annotations() []schema.Annotation {
	return listed("指标库：共性与行业个性指标 / Indicator library: common and sector indicators", createAndUpdate...)
}

func (IndicatorTemplate) Policy() ent.Policy {
	return access{publicReads: true}.policy()
}
