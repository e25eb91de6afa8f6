package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
)

// DataVersion 数据版本: one row (id 1) whose version goes up with every
// committed change of the data, in the change's own transaction. The API's
// query cache keys its answers by it, so an answer is never served after a
// write it does not reflect — on any number of servers sharing the database.
// Written only by package dataversion, with SQL; never through ent or the API.
type DataVersion struct{ ent.Schema }

func (DataVersion) Fields() []ent.Field {
	return []ent.Field{
		field.Int64("version").Default(0).Comment("数据版本号 / Data version"),
	}
}

func (DataVersion) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("数据版本（由 dataversion 维护）/ Data version (maintained by package dataversion)"), entgql.Skip()}
}

func (DataVersion) Policy() ent.Policy { return systemOnly() }
