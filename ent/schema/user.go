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

// User 用户: a person who logs in, with one role.
type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").NotEmpty().MaxLen(50).Unique().Comment("登录名 / Login name").Annotations(entgql.OrderField("USERNAME")),
		field.String("display_name").NotEmpty().MaxLen(50).Comment("姓名 / Display name"),
		field.Enum("role").GoType(enums.Role("")).Comment("角色 / Role").Annotations(entgql.Type("Role")),
		field.String("password_hash").Optional().Sensitive().Comment("口令散列 / Password hash"),
		field.Bool("active").Default(true).Comment("是否启用 / Active"),
		field.Bool("must_change_password").Default(false).
			Comment("首次登录须修改口令（管理员重置后）/ Must change the password at the next login (after a reset)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Strings("password_history").Optional().Sensitive().
			Comment("最近用过的口令散列，防止重复使用 / Hashes of the last passwords, against reuse").
			Annotations(entgql.Skip()),
		field.Int("failed_logins").Default(0).NonNegative().
			Comment("连续登录失败次数 / Consecutive failed logins").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("locked_until").Optional().Nillable().
			Comment("锁定至 / Locked until").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("department_id").Optional().Nillable().Comment("所属部门（部门用户）/ Department (department users)"),
		field.Int("agency_id").Optional().Nillable().Comment("所属机构（第三方评价用户）/ Agency (third-party evaluators)"),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("department", Department.Type).Ref("users").Field("department_id").Unique().Comment("所属部门 / Department"),
		edge.From("agency", Agency.Type).Ref("users").Field("agency_id").Unique().Comment("所属机构 / Agency"),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
		edge.To("api_tokens", APIToken.Type).Annotations(entgql.Skip()),
	}
}

func (User) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id"), index.Fields("agency_id")}
}

func (User) Annotations() []schema.Annotation {
	return listed("用户：登录系统的人员及其角色 / A person who logs in, with a role")
}

func (User) Policy() ent.Policy {
	return access{selfReads: true}.policy()
}
