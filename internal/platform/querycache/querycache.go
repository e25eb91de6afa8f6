// Package querycache keeps the answers of GraphQL queries, so that a
// dashboard opened by many leaders, or drilled into again and again, is
// computed once per change of the data instead of once per request.
//
// An answer is kept under everything it depends on: the data versions of the
// tables it read (package dataversion: a table's version goes up with every
// committed write to it, in the write's own transaction, and the versions are
// taken before the query runs, so a kept answer is never older than the
// versions it is kept with; a write to another table leaves it be), the viewer (user, role,
// department scope, agency: what privacy lets them see), the language, the
// day in Beijing (time progress, overdue rectifications), and the operation
// with its variables. Only queries are kept, only answers without errors, and
// never past MaxAge. A client that must see the database itself sends
// "Cache-Control: no-cache" (answer computed again, then kept) or "no-store"
// (computed, not kept).
package querycache

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/platform/answerbuf"
	"jixiao/internal/platform/dataversion"
	"jixiao/internal/platform/metrics"
	"jixiao/internal/platform/store"
)

// Options bound the cache; zero fields take the defaults.
type Options struct {
	// MaxBytes bounds the answers kept, in bytes (64 MiB).
	MaxBytes int64
	// MaxEntryBytes: a larger answer is not kept (4 MiB).
	MaxEntryBytes int
	// MaxAge: an answer is dropped after it (10 minutes), whatever the version.
	MaxAge time.Duration
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 64 << 20
	}
	if o.MaxEntryBytes <= 0 {
		o.MaxEntryBytes = 4 << 20
	}
	if o.MaxAge <= 0 {
		o.MaxAge = 10 * time.Minute
	}
	return o
}

// Cache is a gqlgen extension: srv.Use(querycache.New(client, opts)).
type Cache struct {
	db       dataversion.Querier
	versions *dataversion.Watcher
	opt      Options
	answers  *expirable.LRU[[sha256.Size]byte, *answer]
	used     atomic.Int64
}

// answer is a kept answer with the versions of the rows it depends on.
type answer struct {
	data json.RawMessage
	deps []dep
}

type dep struct {
	id      int
	version int64
}

// current: every row the answer depends on is still at its version.
func (a *answer) current(s *dataversion.Snapshot) bool {
	for _, d := range a.deps {
		if s.Of(d.id) != d.version {
			return false
		}
	}
	return true
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = (*Cache)(nil)

// New is a cache taking the data versions from versions (held in memory,
// pushed by the database) or, when it is nil or not live, reading them
// through db (the ent client).
func New(db dataversion.Querier, versions *dataversion.Watcher, opt Options) *Cache {
	c := &Cache{db: db, versions: versions, opt: opt.withDefaults()}
	// The entry count is not the bound (MaxBytes is); it only has to be large.
	c.answers = expirable.NewLRU(1<<20, func(_ [sha256.Size]byte, a *answer) {
		c.used.Add(-int64(len(a.data)))
	}, c.opt.MaxAge)
	return c
}

func (*Cache) ExtensionName() string                   { return "JixiaoQueryCache" }
func (*Cache) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation answers a query from the cache when it can, and keeps
// what it computes when it may. It runs only for operations that passed
// validation and the limits; rejected ones never reach it.
func (c *Cache) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	noCache, noStore := directives(oc.Headers.Values("Cache-Control"))
	if noStore {
		metrics.QueryCache.WithLabelValues("bypass").Inc()
		return next(ctx)
	}
	// Taken before the query runs: the answer is then at least this new.
	snap, err := c.versions.Snapshot(ctx, c.db)
	if store.OnReplica(ctx) {
		// Read from a standby: the answer is as new as the standby's versions,
		// which may be behind the primary's in memory.
		snap, err = dataversion.Read(ctx, c.db)
	}
	if err != nil {
		return next(ctx) // the query reports the database's trouble itself
	}
	key, ok := keyOf(ctx, oc)
	if !ok {
		return next(ctx)
	}
	switch a, hit := c.answers.Get(key); {
	case noCache:
		metrics.QueryCache.WithLabelValues("bypass").Inc()
	case hit && a.current(snap):
		metrics.QueryCache.WithLabelValues("hit").Inc()
		return once(&graphql.Response{Data: a.data})
	default:
		metrics.QueryCache.WithLabelValues("miss").Inc()
	}
	reads := &dataversion.Set{}
	responses := next(dataversion.WithReads(ctx, reads))
	first := true
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		if first && keepable(resp) && len(resp.Data) <= c.opt.MaxEntryBytes {
			answerbuf.Keep(ctx) // the answer outlives the request
			c.keep(key, &answer{data: resp.Data, deps: depsOf(snap, reads)})
		}
		first = false
		return resp
	}
}

// depsOf: the rows of the tables read, and the row of changes that name no table.
func depsOf(snap *dataversion.Snapshot, reads *dataversion.Set) []dep {
	ids := append(reads.IDs(), dataversion.AllID)
	deps := make([]dep, len(ids))
	for i, id := range ids {
		deps[i] = dep{id, snap.Of(id)}
	}
	return deps
}

// once answers resp, then tells a streaming transport that nothing follows.
func once(resp *graphql.Response) graphql.ResponseHandler {
	done := false
	return func(context.Context) *graphql.Response {
		if done {
			return nil
		}
		done = true
		return resp
	}
}

// keepable: a whole answer without errors (an error may be the viewer's or
// the moment's), not the first part of a deferred one.
func keepable(resp *graphql.Response) bool {
	return resp != nil && len(resp.Errors) == 0 && resp.HasNext == nil && len(resp.Extensions) == 0 &&
		len(resp.Data) > 0 && string(resp.Data) != "null"
}

func (c *Cache) keep(key [sha256.Size]byte, a *answer) {
	if old, ok := c.answers.Peek(key); ok {
		c.used.Add(-int64(len(old.data))) // Add replaces without evicting
	}
	c.answers.Add(key, a)
	c.used.Add(int64(len(a.data)))
	for c.used.Load() > c.opt.MaxBytes {
		if _, _, ok := c.answers.RemoveOldest(); !ok {
			break
		}
	}
}

// directives reads no-cache and no-store from the Cache-Control headers.
func directives(values []string) (noCache, noStore bool) {
	for _, v := range values {
		for _, d := range strings.Split(v, ",") {
			switch strings.ToLower(strings.TrimSpace(d)) {
			case "no-cache":
				noCache = true
			case "no-store":
				noStore = true
			}
		}
	}
	return noCache, noStore
}

// keyOf is the digest of everything the answer depends on; false when the
// variables cannot be written down.
func keyOf(ctx context.Context, oc *graphql.OperationContext) ([sha256.Size]byte, bool) {
	vars, err := json.Marshal(oc.Variables) // map keys come out sorted
	if err != nil {
		return [sha256.Size]byte{}, false
	}
	h := sha256.New()
	field := func(s string) { // length-prefixed, so that no two keys run together
		var n [binary.MaxVarintLen64]byte
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		h.Write([]byte(s))
	}
	field(viewerKey(auth.FromContext(ctx)))
	if r := auth.RequestFrom(ctx); r != nil {
		field(r.Lang)
	} else {
		field("")
	}
	field(time.Now().In(beijing.Location).Format(time.DateOnly))
	field(oc.OperationName)
	field(oc.RawQuery)
	h.Write(vars)
	var key [sha256.Size]byte
	h.Sum(key[:0])
	return key, true
}

// viewerKey names what privacy decides by: every field of the viewer (all
// of them, so that a field added later cannot be forgotten here).
func viewerKey(v *auth.Viewer) string {
	if v == nil {
		return "anonymous"
	}
	return fmt.Sprintf("%#v", *v)
}
