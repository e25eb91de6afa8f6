package dataversion

import (
	"context"
	"hash/fnv"
	"sync"

	"jixiao/ent/migrate"
)

// Besides row 1 (the version of everything, raised by every change), the
// version table holds one row per data table, raised when a change writes that
// table, and row AllID, raised by changes that cannot name their tables (bulk
// rebuilds). An answer kept by the query cache depends on AllID and on the
// rows of the tables it read, so a write to monitorings leaves answers that
// never read monitorings (nor a summary fed by them) where they are.
const (
	GlobalID = 1
	AllID    = 2
)

// TableID is the version row of a table: a stable hash of its name, so that
// servers of different builds agree on it without a registry.
func TableID(table string) int {
	h := fnv.New32a()
	h.Write([]byte(table))
	return int(h.Sum32()&0x3fffffff) + 1000
}

// tables maps each table name of the schema to its version row.
var tables = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(migrate.Tables))
	for _, t := range migrate.Tables {
		if t.Name != "data_versions" {
			m[t.Name] = TableID(t.Name)
		}
	}
	return m
})

// Set is a set of version rows.
type Set struct {
	mu  sync.Mutex
	ids map[int]struct{}
}

func (s *Set) add(id int) {
	s.mu.Lock()
	if s.ids == nil {
		s.ids = map[int]struct{}{}
	}
	s.ids[id] = struct{}{}
	s.mu.Unlock()
}

// IDs lists the set's rows.
func (s *Set) IDs() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]int, 0, len(s.ids))
	for id := range s.ids {
		out = append(out, id)
	}
	return out
}

type readsKey struct{}
type writesKey struct{}

// WithReads returns a context whose statements note the tables they read in s.
func WithReads(ctx context.Context, s *Set) context.Context {
	return context.WithValue(ctx, readsKey{}, s)
}

func withWrites(ctx context.Context, s *Set) context.Context {
	return context.WithValue(ctx, writesKey{}, s)
}

func writesOf(ctx context.Context) *Set {
	s, _ := ctx.Value(writesKey{}).(*Set)
	return s
}

// note records what a statement reads or writes, for the sets in ctx.
func note(ctx context.Context, query string) {
	if r, ok := ctx.Value(readsKey{}).(*Set); ok {
		noteReads(r, query)
	}
	if w, ok := ctx.Value(writesKey{}).(*Set); ok {
		noteWrites(w, query)
	}
}

// noteReads adds every table whose name appears in the statement as a word:
// more than it reads at times (a column named like a table), never less.
func noteReads(s *Set, query string) {
	known := tables()
	forWords(query, func(w string) bool {
		if id, ok := known[w]; ok {
			s.add(id)
		}
		return true
	})
}

// noteWrites adds the tables a statement changes: the word after INSERT
// INTO, UPDATE and DELETE FROM (ent's quoted names and hand-written SQL alike).
func noteWrites(s *Set, query string) {
	known := tables()
	var prev, prev2 string
	forWords(query, func(w string) bool {
		if id, ok := known[w]; ok && (prev == "update" || prev == "into" && prev2 == "insert" || prev == "from" && prev2 == "delete") {
			s.add(id)
		}
		prev2, prev = prev, w
		return true
	})
}

// forWords calls f with each identifier of query, lower-cased (keywords come
// in either case; table names are lower-case).
func forWords(query string, f func(string) bool) {
	var buf [64]byte
	for i := 0; i < len(query); {
		c := query[i]
		if !isWord(c) {
			i++
			continue
		}
		j := i
		for j < len(query) && isWord(query[j]) {
			j++
		}
		w := query[i:j]
		if j-i <= len(buf) && hasUpper(w) {
			b := buf[:j-i]
			for k := range b {
				b[k] = lower(w[k])
			}
			w = string(b)
		}
		if !f(w) {
			return
		}
		i = j
	}
}

func isWord(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
