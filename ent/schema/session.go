package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Session 会话: a login session behind the HttpOnly cookie. Only the SHA-256
// of the cookie's token is stored, so a database leak opens no sessions.
type Session struct{ ent.Schema }

func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.Time("created_at").Default(nowUTC).Immutable(),
		field.Time("last_seen_at").Default(nowUTC),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("ip").Optional(),
		field.String("user_agent").Optional().MaxLen(300),
		field.Int("user_id"),
	}
}

func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Field("user_id").Unique().Required(),
	}
}

func (Session) Indexes() []ent.Index { return []ent.Index{index.Fields("user_id")} }

func (Session) Annotations() []schema.Annotation { return []schema.Annotation{entgql.Skip()} }

func (Session) Policy() ent.Policy { return systemOnly() }
