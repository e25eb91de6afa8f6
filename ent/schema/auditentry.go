package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
)

// AuditEntry 审计日志: one change, login or denial, written in the same
// transaction as the change. Every field is immutable.
type AuditEntry struct{ ent.Schema }

func (AuditEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(nowUTC).Immutable().
			Comment("时间（UTC）/ Time (UTC)").
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Int("actor_id").Optional().Nillable().Immutable().Comment("操作人 ID / Actor id"),
		field.String("actor_name").Optional().Immutable().Comment("操作人 / Actor"),
		field.String("action").NotEmpty().Immutable().Comment("动作，如 create、update、login、denied / Action, e.g. create, update, login, denied").Annotations(entgql.OrderField("ACTION")),
		field.String("entity_type").Optional().Immutable().Comment("对象类型 / Entity type"),
		field.Int("entity_id").Optional().Nillable().Immutable().Comment("对象 ID / Entity id"),
		field.JSON("before", map[string]any{}).Optional().Immutable().Comment("变更前 / Before").Annotations(entgql.Skip()),
		field.JSON("after", map[string]any{}).Optional().Immutable().Comment("变更后 / After").Annotations(entgql.Skip()),
		field.String("ip").Optional().Immutable().Comment("来源 IP / IP address"),
	}
}

func (AuditEntry) Indexes() []ent.Index {
	return []ent.Index{index.Fields("entity_type", "entity_id"), index.Fields("actor_id"), index.Fields("created_at")}
}

func (AuditEntry) Annotations() []schema.Annotation {
	return listed("审计日志：每一次变更、登录与拒绝访问的记录 / Audit trail of every change, login and denial")
}

// Policy: only finance administrators read the trail; nobody changes it
// through the API (the audit hook writes with an Allow decision).
func (AuditEntry) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			denyAnonymous(),
			privacy.ContextQueryMutationRule(func(ctx context.Context) error {
				if auth.FromContext(ctx).Role == enums.RoleFinanceAdmin {
					return privacy.Allow
				}
				return privacy.Denyf("只有财政管理员可以查看审计日志 / only finance administrators read the audit trail")
			}),
		},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
