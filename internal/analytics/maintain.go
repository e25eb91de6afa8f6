package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/ent/privacy"
)

// Hook keeps the summaries correct after every write made through ent: for a
// change of an entity the summaries read, it finds the (department, fiscal
// year) keys the rows touch — before the change (their old place) and after
// it (their new one) — and recomputes those keys' summary rows in the
// change's own transaction (or in a transaction of their own when the change
// runs without one). Register it on the client: client.Use(analytics.Hook()).
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			src, ok := sources[m.Type()]
			if !ok || skipped(ctx) || !src.matters(m) {
				return next.Mutate(ctx, m)
			}
			client := m.(interface{ Client() *gen.Client }).Client()
			if src.closure {
				return departmentChanged(ctx, m, client, next)
			}
			var (
				ids    []int
				before []key
				err    error
			)
			if !m.Op().Is(ent.OpCreate) {
				if ids, err = mutationIDs(ctx, m); err != nil {
					return nil, err
				}
				if before, err = src.keysOf(ctx, client, ids); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			after := []key(nil)
			switch {
			case m.Op().Is(ent.OpCreate):
				if src.created != nil {
					after, ok = src.created(m)
				} else {
					ok = false
				}
				if !ok {
					id, _ := m.(interface{ ID() (int, bool) }).ID()
					if after, err = src.keysOf(ctx, client, []int{id}); err != nil {
						return nil, err
					}
				}
			case m.Op().Is(ent.OpUpdate | ent.OpUpdateOne):
				if after, err = src.keysOf(ctx, client, ids); err != nil {
					return nil, err
				}
			}
			if err := refreshIn(ctx, m, client, append(before, after...), src.tables); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
}

// departmentChanged rebuilds the department tree's closure after a change
// of departments, and moves their figures between the region roll-ups when
// they change region or go.
func departmentChanged(ctx context.Context, m ent.Mutation, client *gen.Client, next ent.Mutator) (ent.Value, error) {
	region, moved := m.(*gen.DepartmentMutation).Region()
	moved = moved && m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) || m.Op().Is(ent.OpDelete|ent.OpDeleteOne)
	var (
		ids []int
		old []string
		err error
	)
	if moved {
		if ids, err = mutationIDs(ctx, m); err != nil {
			return nil, err
		}
		if old, err = departmentRegions(ctx, client, ids); err != nil {
			return nil, err
		}
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	return v, inTx(ctx, m, client, func(d db) error {
		if !m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) || treeMoved(m) || moved { // moved: the regions' counts
			if err := refreshClosure(ctx, d); err != nil {
				return err
			}
		}
		if !moved {
			return nil
		}
		var new *string
		if m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
			new = &region
		}
		rks, err := movedRegions(ctx, d, ids, old, new)
		if err != nil {
			return err
		}
		if len(rks) == 0 {
			return nil
		}
		p := &params{}
		ctes := regionKeysCTE(p, rks)
		if err := lockRegions(ctx, d, ctes, p); err != nil {
			return err
		}
		return refreshRegions(ctx, d, ctes, p, true)
	})
}

// treeMoved: an update sets or clears a department's parent.
func treeMoved(m ent.Mutation) bool {
	return slices.Contains(m.Fields(), "parent_id") || slices.Contains(m.ClearedFields(), "parent_id")
}

type skipKey struct{}

// WithoutMaintenance turns the hook off for the writes made with ctx — for
// bulk loads, which call Rebuild once at the end instead.
func WithoutMaintenance(ctx context.Context) context.Context {
	return context.WithValue(ctx, skipKey{}, true)
}

func skipped(ctx context.Context) bool { s, _ := ctx.Value(skipKey{}).(bool); return s }

// refreshIn runs the refresh in the mutation's transaction, or in a new one.
func refreshIn(ctx context.Context, m ent.Mutation, client *gen.Client, keys []key, tables table) error {
	if len(keys) == 0 {
		return nil
	}
	return inTx(ctx, m, client, func(d db) error {
		moved := &summaryMoves{cells: map[yearCell]int{}}
		if err := refresh(ctx, d, keys, tables, moved); err != nil {
			return err
		}
		if len(moved.years) == 0 && !anyMove(moved.cells) {
			return nil
		}
		return atCommit(ctx, m, d, moved.years, moved.cells)
	})
}

// summaryMoves is what refreshes moved that is kept beyond their rows: the
// years whose ranks moved, and the chart cells' counts.
type summaryMoves struct {
	years []int
	cells map[yearCell]int
}

func (m *summaryMoves) add(before, after map[key]yearRow) {
	m.years = append(m.years, movedYears(before, after)...)
	cellMoves(m.cells, before, after)
}

// inTx runs f in the mutation's transaction, or in a new one.
func inTx(ctx context.Context, m ent.Mutation, client *gen.Client, f func(db) error) error {
	if _, err := m.(interface{ Tx() (*gen.Tx, error) }).Tx(); err == nil {
		return f(client)
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := f(tx.Client()); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// mutationIDs are the rows an update or delete touches (read without the
// viewer's filter: refreshing a key too many is harmless).
func mutationIDs(ctx context.Context, m ent.Mutation) ([]int, error) {
	if one, ok := m.(interface{ ID() (int, bool) }); ok && m.Op().Is(ent.OpUpdateOne|ent.OpDeleteOne) {
		if id, set := one.ID(); set {
			return []int{id}, nil
		}
	}
	many, ok := m.(interface {
		IDs(context.Context) ([]int, error)
	})
	if !ok {
		return nil, fmt.Errorf("analytics: %s mutation without IDs", m.Type())
	}
	return many.IDs(privacy.DecisionContext(ctx, privacy.Allow))
}

// source is an entity the summaries read.
type source struct {
	tables table
	// fields whose change moves the entity's figures; an update that sets or
	// clears none of them needs no refresh.
	fields []string
	// keys is the SQL of the keys of rows by id: SELECT department_id,
	// first_year, last_year … WHERE … IN %[1]s (the id list, used as often as needed).
	keys string
	// created reads a new row's keys off the mutation; false asks the database.
	created func(m ent.Mutation) ([]key, bool)
	// closure: the change moves the department tree (no keys: the closure is
	// rebuilt whole).
	closure bool
}

func (s source) matters(m ent.Mutation) bool {
	if !m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
		return true
	}
	for _, f := range append(m.Fields(), m.ClearedFields()...) {
		if slices.Contains(s.fields, f) {
			return true
		}
	}
	return false
}

func (s source) keysOf(ctx context.Context, client *gen.Client, ids []int) ([]key, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	p := &params{}
	q := fmt.Sprintf(s.keys, list(p, ids))
	var keys []key
	err := query(ctx, client, q, p, func(rows *sql.Rows) error {
		var dep, first, last integer
		if err := rows.Scan(&dep, &first, &last); err != nil {
			return err
		}
		for y := first.i; y <= last.i && y < first.i+100; y++ {
			keys = append(keys, key{int(dep.i), int(y)})
		}
		return nil
	})
	return keys, err
}

// fromFields reads the keys of a created row that carries its department and
// fiscal year (set by the schema's hooks, which ran inside this one).
func fromFields(m ent.Mutation) ([]key, bool) {
	f, ok := m.(interface {
		DepartmentID() (int, bool)
		FiscalYear() (int, bool)
	})
	if !ok {
		return nil, false
	}
	dep, ok1 := f.DepartmentID()
	year, ok2 := f.FiscalYear()
	if !ok1 || !ok2 {
		return nil, false
	}
	return []key{{dep, year}}, true
}

// sources are the entities the summaries read, what they feed and how to
// find the keys their rows touch.
var sources = map[string]source{
	gen.TypeDepartment: {fields: []string{"parent_id", "region"}, closure: true},
	// The project summary is kept under the project's own department, which
	// the rows under a project normally share; the keys name it too.
	gen.TypeDisbursement: {
		tables: executionTable | projectTable,
		fields: []string{"amount", "paid_on", "fiscal_year", "month", "allocation_id", "project_id", "department_id"},
		keys: `SELECT department_id, fiscal_year, fiscal_year FROM disbursements WHERE id IN %[1]s
UNION SELECT p.department_id, d.fiscal_year, d.fiscal_year FROM disbursements d
    JOIN projects p ON p.id = d.project_id WHERE d.id IN %[1]s`,
	},
	gen.TypeAllocation: {
		tables: executionTable | projectTable,
		fields: []string{"initial_amount", "adjusted_amount", "fiscal_year", "fund_id", "project_id", "department_id"},
		// A payment's fund source is its allocation's fund.
		keys: `SELECT department_id, fiscal_year, fiscal_year FROM allocations WHERE id IN %[1]s
UNION SELECT p.department_id, a.fiscal_year, a.fiscal_year FROM allocations a
    JOIN projects p ON p.id = a.project_id WHERE a.id IN %[1]s
UNION SELECT department_id, fiscal_year, fiscal_year FROM disbursements WHERE allocation_id IN %[1]s`,
	},
	gen.TypeFund: {
		tables: executionTable,
		fields: []string{"source"},
		keys: `SELECT department_id, fiscal_year, fiscal_year FROM allocations WHERE fund_id IN %[1]s
UNION SELECT d.department_id, d.fiscal_year, d.fiscal_year FROM disbursements d
    JOIN allocations a ON a.id = d.allocation_id WHERE a.fund_id IN %[1]s`,
		created: func(ent.Mutation) ([]key, bool) { return nil, true }, // no allocations yet
	},
	gen.TypeProject: {
		tables: allTables,
		fields: []string{"code", "category", "sector", "key_project", "fiscal_year", "end_year", "department_id"},
		// Its years, and every row that takes category and sector from it.
		keys: `SELECT department_id, fiscal_year, COALESCE(end_year, fiscal_year) FROM projects WHERE id IN %[1]s
UNION SELECT department_id, fiscal_year, fiscal_year FROM allocations WHERE project_id IN %[1]s
UNION SELECT department_id, fiscal_year, fiscal_year FROM disbursements WHERE project_id IN %[1]s
UNION SELECT department_id, fiscal_year, fiscal_year FROM targets WHERE project_id IN %[1]s
UNION SELECT department_id, fiscal_year, fiscal_year FROM monitorings WHERE project_id IN %[1]s
UNION SELECT department_id, fiscal_year, fiscal_year FROM evaluations WHERE project_id IN %[1]s`,
		created: func(m ent.Mutation) ([]key, bool) {
			p := m.(*gen.ProjectMutation)
			dep, ok1 := p.DepartmentID()
			first, ok2 := p.FiscalYear()
			if !ok1 || !ok2 {
				return nil, false
			}
			last := first
			if end, ok := p.EndYear(); ok && end > first {
				last = end
			}
			var keys []key
			for y := first; y <= last && y < first+100; y++ {
				keys = append(keys, key{dep, y})
			}
			return keys, true
		},
	},
	gen.TypeTarget: {
		tables: performanceTable | projectTable,
		fields: []string{"status", "fiscal_year", "project_id", "department_id", "predecessor_id"},
		// A new version also changes whether its predecessor is current.
		keys: `SELECT department_id, fiscal_year, fiscal_year FROM targets WHERE id IN %[1]s
UNION SELECT o.department_id, o.fiscal_year, o.fiscal_year FROM targets o
    JOIN targets t ON t.predecessor_id = o.id WHERE t.id IN %[1]s
UNION SELECT p.department_id, t.fiscal_year, t.fiscal_year FROM targets t
    JOIN projects p ON p.id = t.project_id WHERE t.id IN %[1]s`,
	},
	gen.TypeIndicator: {
		tables: performanceTable | projectTable,
		fields: []string{"category", "subcategory", "comparator", "target_value", "actual_value", "actual_level",
			"weight", "unit", "sort_order", "target_id"},
		keys: `SELECT t.department_id, t.fiscal_year, t.fiscal_year FROM indicators i
    JOIN targets t ON t.id = i.target_id WHERE i.id IN %[1]s
UNION SELECT p.department_id, t.fiscal_year, t.fiscal_year FROM indicators i
    JOIN targets t ON t.id = i.target_id JOIN projects p ON p.id = t.project_id WHERE i.id IN %[1]s`,
	},
	gen.TypeMonitoring: {
		tables: performanceTable | rectificationTable | projectTable,
		fields: []string{"month", "fiscal_year", "warning_level", "project_id", "department_id"},
		// Rectifications take their fiscal year from the record that found the problem.
		keys: `SELECT department_id, fiscal_year, fiscal_year FROM monitorings WHERE id IN %[1]s
UNION SELECT r.department_id, mo.fiscal_year, mo.fiscal_year FROM rectifications r
    JOIN monitorings mo ON mo.id = r.monitoring_id WHERE mo.id IN %[1]s`,
		created: fromFields,
	},
	gen.TypeEvaluation: {
		tables: evaluationTable | rectificationTable | projectTable,
		fields: []string{"status", "total_score", "grade", "kind", "fiscal_year", "project_id", "department_id"},
		keys: `SELECT department_id, fiscal_year, fiscal_year FROM evaluations WHERE id IN %[1]s
UNION SELECT p.department_id, e.fiscal_year, e.fiscal_year FROM evaluations e
    JOIN projects p ON p.id = e.project_id WHERE e.id IN %[1]s
UNION SELECT r.department_id, e.fiscal_year, e.fiscal_year FROM rectifications r
    JOIN evaluations e ON e.id = r.evaluation_id WHERE e.id IN %[1]s`,
	},
	gen.TypeRectification: {
		tables: rectificationTable,
		fields: []string{"status", "deadline", "department_id", "evaluation_id", "monitoring_id"},
		keys: `SELECT r.department_id, COALESCE(e.fiscal_year, mo.fiscal_year), COALESCE(e.fiscal_year, mo.fiscal_year)
FROM rectifications r
LEFT JOIN evaluations e ON e.id = r.evaluation_id
LEFT JOIN monitorings mo ON mo.id = r.monitoring_id
WHERE r.id IN %[1]s AND COALESCE(e.fiscal_year, mo.fiscal_year) IS NOT NULL`,
	},
}
