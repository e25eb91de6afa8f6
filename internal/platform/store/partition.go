package store

import (
	"slices"

	"ariga.io/atlas/sql/postgres"
	atlas "ariga.io/atlas/sql/schema"
	"entgo.io/ent/dialect/sql/schema"
)

// Partitioning is how PostgreSQL keeps one of the tables that grow with the
// years (migration …_partition_by_fiscal_year). PostgreSQL wants the
// partition key in every unique constraint and cannot point a foreign key at
// the id alone, so the database differs from the ent schema on these points,
// and only these; triggers enforce what the constraints did, with the same
// errors (see check_partitioned_integrity() for a full check).
type Partitioning struct {
	Table    string // the partitioned (parent) table
	Strategy string // LIST or RANGE
	Key      string // the partition key column, second in the primary key (id, Key)
	// Unique are unique indexes of the ent schema kept as plain indexes.
	Unique []string
	// ReferencedBy are the foreign keys to Table(id), as table → constraint,
	// that are triggers in the database.
	ReferencedBy []ForeignKey
}

// ForeignKey names one foreign-key constraint of a table.
type ForeignKey struct{ Table, Symbol string }

// Partitioned lists the partitioned tables. Disbursements carry their fiscal
// year; indicator progress and audit entries have none and are cut by
// created_at into Beijing calendar years. add_fiscal_year_partitions(year)
// makes a year's partitions; every table has a DEFAULT partition.
var Partitioned = []Partitioning{
	{Table: "disbursements", Strategy: postgres.PartitionTypeList, Key: "fiscal_year",
		ReferencedBy: []ForeignKey{{"disbursements", "disbursements_disbursements_reversals"}}},
	{Table: "indicator_progresses", Strategy: postgres.PartitionTypeRange, Key: "created_at",
		Unique:       []string{"indicatorprogress_monitoring_id_indicator_id"},
		ReferencedBy: []ForeignKey{{"evidences", "evidences_indicator_progresses_indicator_progress"}}},
	{Table: "audit_entries", Strategy: postgres.PartitionTypeRange, Key: "created_at"},
}

// AcceptPartitioning is the schema-diff hook (schema.WithDiffHook) of the
// migration generator and of TestPostgresMigrationsMatchSchema: it rewrites
// the database's side of the diff as if the tables were not partitioned, when
// they are partitioned exactly as Partitioned says, so the diff shows every
// other difference and none of these.
func AcceptPartitioning(next schema.Differ) schema.Differ {
	return schema.DiffFunc(func(current, desired *atlas.Schema) ([]atlas.Change, error) {
		for _, p := range Partitioned {
			p.unpartition(current, desired)
		}
		return next.Diff(current, desired)
	})
}

func (p Partitioning) unpartition(current, desired *atlas.Schema) {
	cur, ok := current.Table(p.Table)
	if !ok {
		return
	}
	want, ok := desired.Table(p.Table)
	if !ok {
		return
	}
	if !p.dropPartitionKey(cur) {
		return // not partitioned as described: let the diff say so
	}
	if pk := cur.PrimaryKey; pk != nil && len(pk.Parts) == 2 && pk.Parts[1].C != nil && pk.Parts[1].C.Name == p.Key {
		pk.Parts = pk.Parts[:1]
	}
	for _, name := range p.Unique {
		if idx, ok := cur.Index(name); ok {
			if w, ok := want.Index(name); ok && w.Unique {
				idx.Unique = true
			}
		}
	}
	for _, ref := range p.ReferencedBy {
		restoreForeignKey(current, desired, cur, ref)
	}
}

// dropPartitionKey removes the table's partition key when it is the one
// described, and tells whether it did.
func (p Partitioning) dropPartitionKey(t *atlas.Table) bool {
	i := slices.IndexFunc(t.Attrs, func(a atlas.Attr) bool {
		part, ok := a.(*postgres.Partition)
		return ok && part.T == p.Strategy && len(part.Parts) == 1 && part.Parts[0].C != nil && part.Parts[0].C.Name == p.Key
	})
	if i < 0 {
		return false
	}
	t.Attrs = slices.Delete(t.Attrs, i, i+1)
	return true
}

// restoreForeignKey adds to the database's table the foreign key the ent
// schema declares, when the database lacks it and it points at parent.
func restoreForeignKey(current, desired *atlas.Schema, parent *atlas.Table, ref ForeignKey) {
	t, ok := current.Table(ref.Table)
	if !ok {
		return
	}
	if _, ok := t.ForeignKey(ref.Symbol); ok {
		return
	}
	wt, ok := desired.Table(ref.Table)
	if !ok {
		return
	}
	want, ok := wt.ForeignKey(ref.Symbol)
	if !ok || want.RefTable == nil || want.RefTable.Name != parent.Name {
		return
	}
	fk := &atlas.ForeignKey{Symbol: want.Symbol, Table: t, RefTable: parent, OnUpdate: want.OnUpdate, OnDelete: want.OnDelete}
	for _, c := range want.Columns {
		col, ok := t.Column(c.Name)
		if !ok {
			return
		}
		fk.Columns = append(fk.Columns, col)
	}
	for _, c := range want.RefColumns {
		col, ok := parent.Column(c.Name)
		if !ok {
			return
		}
		fk.RefColumns = append(fk.RefColumns, col)
	}
	t.ForeignKeys = append(t.ForeignKeys, fk)
	for _, c := range fk.Columns {
		c.ForeignKeys = append(c.ForeignKeys, fk)
	}
}
