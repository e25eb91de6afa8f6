// Package audit writes the audit trail: one entry per change, in the same
// transaction as the change, and one per login, failure or denial.
package audit

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"unicode"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
)

// Entry is an audit entry that is not a data change (login, denial, token).
type Entry struct {
	Action     string
	ActorID    *int
	ActorName  string
	EntityType string
	EntityID   *int
	IP         string
	After      map[string]any
}

// Record writes an entry with the given client. A failure to audit is logged,
// never shown to the user as theirs.
func Record(ctx context.Context, client *gen.Client, e Entry) {
	e.ActorName = clean(e.ActorName)
	err := client.AuditEntry.Create().
		SetAction(e.Action).SetNillableActorID(e.ActorID).SetActorName(e.ActorName).
		SetEntityType(e.EntityType).SetNillableEntityID(e.EntityID).SetIP(e.IP).SetAfter(e.After).
		Exec(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		slog.ErrorContext(ctx, "audit entry not written", "action", e.Action, "error", err)
	}
}

// Hook writes an entry for every successful change, through the mutation's own
// client, so that it commits or rolls back with the change.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if skipped[m.Type()] {
				return next.Mutate(ctx, m)
			}
			before, ids, err := snapshot(ctx, m)
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return nil, err
			}
			if id, ok := m.(interface{ ID() (int, bool) }); ok && m.Op().Is(ent.OpCreate) {
				if created, set := id.ID(); set {
					ids = []int{created}
				}
			}
			client := m.(interface{ Client() *gen.Client }).Client()
			actor := auth.FromContext(ctx)
			after := changedFields(m)
			for _, entityID := range orNone(ids) {
				e := Entry{Action: strings.ToLower(opName(m.Op())), EntityType: m.Type(), EntityID: entityID,
					IP: auth.RequestFrom(ctx).IP, After: after}
				if actor != nil {
					e.ActorID, e.ActorName = &actor.UserID, actor.Username
				}
				err := client.AuditEntry.Create().
					SetAction(e.Action).SetNillableActorID(e.ActorID).SetActorName(e.ActorName).
					SetEntityType(e.EntityType).SetNillableEntityID(e.EntityID).SetIP(e.IP).
					SetBefore(before).SetAfter(e.After).
					Exec(privacy.DecisionContext(ctx, privacy.Allow))
				if err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}
}

// skipped are the tables whose changes are not data changes of their own:
// the trail itself and session bookkeeping (logins are recorded explicitly).
var skipped = map[string]bool{"AuditEntry": true, "Session": true, "APIToken": true}

// snapshot reads the old values of the changed fields and the ids affected,
// before an update or delete.
func snapshot(ctx context.Context, m ent.Mutation) (map[string]any, []int, error) {
	if m.Op().Is(ent.OpCreate) {
		return nil, nil, nil
	}
	var ids []int
	if one, ok := m.(interface{ ID() (int, bool) }); ok && m.Op().Is(ent.OpUpdateOne|ent.OpDeleteOne) {
		if id, set := one.ID(); set {
			ids = []int{id}
		}
	} else if many, ok := m.(interface {
		IDs(context.Context) ([]int, error)
	}); ok {
		var err error
		if ids, err = many.IDs(ctx); err != nil {
			return nil, nil, err
		}
	}
	before := map[string]any{}
	if m.Op().Is(ent.OpUpdateOne) {
		for _, f := range m.Fields() {
			if sensitive(f) {
				continue
			}
			if old, err := m.OldField(ctx, f); err == nil {
				before[f] = old
			}
		}
	}
	return jsonable(before), ids, nil
}

func changedFields(m ent.Mutation) map[string]any {
	after := map[string]any{}
	for _, f := range m.Fields() {
		if v, ok := m.Field(f); ok && !sensitive(f) {
			after[f] = v
		}
	}
	return jsonable(after)
}

// clean makes a name an attacker typed storable (PostgreSQL refuses NUL):
// control characters become U+FFFD, and it is cut at 100 characters.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return unicode.ReplacementChar
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	if r := []rune(s); len(r) > 100 {
		s = string(r[:100])
	}
	return s
}

func sensitive(field string) bool {
	return strings.HasSuffix(field, "hash") || field == "password_history"
}

// jsonable turns values (decimals, money, times) into their JSON forms.
func jsonable(in map[string]any) map[string]any {
	if len(in) == 0 {
		return nil
	}
	b, err := json.Marshal(in)
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

func orNone(ids []int) []*int {
	if len(ids) == 0 {
		return []*int{nil}
	}
	out := make([]*int, len(ids))
	for i := range ids {
		out[i] = &ids[i]
	}
	return out
}

func opName(op ent.Op) string {
	switch {
	case op.Is(ent.OpCreate):
		return "create"
	case op.Is(ent.OpUpdate | ent.OpUpdateOne):
		return "update"
	default:
		return "delete"
	}
}
