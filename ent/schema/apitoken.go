package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/internal/domain/enums"
)

// APIToken 接口令牌: a bearer token for a front-end team's service, acting
// with one role (never more than its owner's), revocable. Only its SHA-256 is stored.
type APIToken struct{ ent.Schema }

func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).Comment("令牌名称（用途）/ Token name (what it is for)"),
		field.String("token_hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.String("prefix").NotEmpty().Immutable().Comment("令牌前缀（便于识别）/ First characters of the token, to recognise it"),
		field.Enum("role").GoType(enums.Role("")).Immutable().Comment("令牌的角色 / Role the token acts with").Annotations(entgql.Type("Role")),
		field.Time("created_at").Default(nowUTC).Immutable().Comment("创建时间 / Created at"),
		field.Time("last_used_at").Optional().Nillable().Comment("最近使用 / Last used at"),
		field.Time("revoked_at").Optional().Nillable().Comment("吊销时间 / Revoked at"),
		field.Time("expires_at").Optional().Nillable().Immutable().Comment("失效时间 / Expires at"),
		field.Int("user_id").Immutable().Comment("所有者 / Owner"),
	}
}

func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("api_tokens").Field("user_id").Unique().Required().Immutable().Comment("所有者 / Owner"),
	}
}

func (APIToken) Indexes() []ent.Index { return []ent.Index{index.Fields("user_id")} }

func (APIToken) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("接口令牌：供前端团队服务使用的 Bearer 令牌 / A bearer token for a service"), entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (APIToken) Policy() ent.Policy { return systemOnly() }
