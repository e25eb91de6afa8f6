// Package httpapi is Jixiao's HTTP surface: the GraphQL endpoint, GraphiQL,
// health and readiness probes, and the single-page application.
package httpapi

import (
	"context"
	"database/sql"
	"io/fs"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/ent"
	"jixiao/graph"
	"jixiao/internal/platform/dataversion"
	"jixiao/internal/platform/identity"
	"jixiao/internal/platform/live"
	"jixiao/internal/platform/metrics"
	"jixiao/internal/platform/querycache"
	"jixiao/internal/platform/store"
	"jixiao/internal/platform/tracing"
)

// Options configure the handler.
type Options struct {
	// Development turns on GraphiQL and introspection.
	Development bool
	// SecureCookie marks the session cookie Secure (served over HTTPS, or
	// behind a proxy that terminates TLS).
	SecureCookie bool
	// TrustedProxyHeader, when set (X-Forwarded-For, X-Real-IP), is where the
	// client address is read: only set it behind a proxy that writes it.
	TrustedProxyHeader string
	// Identity holds the login and session rules; zero takes identity.DefaultPolicy.
	Identity identity.Policy
	// SPA is the built front end (index.html at its root, graphiql.html beside
	// it); nil serves a placeholder.
	SPA fs.FS
	// Docs are the API documents served at /docs/ (package docs); nil serves none.
	Docs fs.FS
	// Limits bound each GraphQL request; zero fields take DefaultLimits (limits.go).
	Limits Limits
	// QueryCache bounds the cache of query answers; NoQueryCache turns it off.
	QueryCache   querycache.Options
	NoQueryCache bool
	// Now is the sessions' clock (idle timeout, last-seen stamps); nil is the
	// real clock. Tests freeze it so that no request depends on how long the
	// ones before it took.
	Now func() time.Time
	// NoMetrics turns GET /metrics off (JIXIAO_METRICS=off).
	NoMetrics bool
	// CORS lists the other origins whose pages may call the API (JIXIAO_CORS_ORIGINS).
	CORS CORS
	// Versions holds the data versions in memory (store.DB.Versions): with it
	// a cached answer and a known session cost no statement. Nil reads the
	// versions per request and looks every session up.
	Versions *dataversion.Watcher
	// Subscriptions bound the open dataChanged streams, per viewer and in
	// all; zero fields take live.DefaultPerViewer and live.DefaultTotal.
	Subscriptions live.Limits
	// Replica (store.DB.Replica), when set, takes the query operations' reads
	// with read-your-writes (replica.go).
	Replica *store.Replica

	// Penalty is the tarpit of clients that keep getting refused (penalty.go,
	// JIXIAO_PENALTY); zero takes DefaultPenalty, Penalty{Off: true} turns it off.
	Penalty Penalty

	// tarpit, if set, replaces the one built from Penalty (tests: fake clock and waiter).
	tarpit *tarpit
	// documents, if set, is the cache of parsed queries (tests count its look-ups).
	documents graphql.Cache[*ast.QueryDocument]
	// expensiveSlots, if set, is the budget of expensive operations (tests hold slots).
	expensiveSlots *viewerSlots
	// expensiveGate, if set, is the server-wide gate of expensive fields (tests hold it).
	expensiveGate *expensiveGate
}

// New builds the whole HTTP handler over a database.
func New(client *ent.Client, db *sql.DB, opt Options) http.Handler {
	if opt.Identity == (identity.Policy{}) {
		opt.Identity = identity.DefaultPolicy
	}
	ids := identity.NewWithPolicy(client, opt.Identity)
	ids.Versions = opt.Versions
	if opt.Now != nil {
		ids.Now = opt.Now
	}
	mux := http.NewServeMux()
	pit := opt.tarpit
	if pit == nil {
		pit = newTarpit(opt.Penalty.withDefaults(), nil, nil)
	}
	// The tarpit comes after authentication (it knows the viewer) and before
	// any GraphQL work.
	mux.Handle("/graphql", guardGraphQL(opt.Limits.withDefaults(),
		authenticate(ids, client, opt, pit.middleware(graphQL(client, ids, opt)))))
	if opt.Development {
		mux.Handle("GET /graphiql", graphiQL(opt.SPA)) // graphiql.go: bundled, no CDN
	}
	mux.Handle("GET /docs/", docsHandler(opt.Docs))
	documentRoutes(mux, client, ids, opt) // documents.go
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", readiness(db))
	if !opt.NoMetrics {
		mux.Handle("GET /metrics", metrics.Handler(db))
	}
	mux.Handle("/", spa(opt.SPA))
	return withRequestID(securityHeaders(opt.CORS.wrap(mux)))
}

func graphQL(client *ent.Client, ids *identity.Service, opt Options) http.Handler {
	srv := handler.New(graph.NewSchema(client, ids))
	// Subscriptions (dataChanged) over Server-Sent Events: a POST that
	// accepts text/event-stream; before POST, which would take it too.
	srv.AddTransport(transport.SSE{KeepAlivePingInterval: 20 * time.Second})
	srv.AddTransport(transport.Options{})
	// Answers are written as they stand, without json.Marshal's second pass (fastwrite.go).
	srv.AddTransport(directWrite{transport.GET{}})
	srv.AddTransport(directWrite{transport.POST{}})
	srv.AddTransport(transport.MultipartForm{MaxUploadSize: maxUploadBytes, MaxMemory: 8 << 20}) // evidence uploads
	if opt.documents != nil {
		srv.SetQueryCache(opt.documents)
	} else {
		srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	}
	harden(srv, opt) // limits.go: first, so that its checks run before the other extensions
	srv.Use(argumentGuard{})
	srv.Use(regionGuard{client})
	srv.Use(passwordChangeGate{})
	srv.Use(metrics.GraphQL{})
	srv.Use(tracing.GraphQL{}) // a span per operation (no-op unless JIXIAO_OTEL_EXPORTER is set)
	if opt.Development {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	if opt.Replica != nil {
		srv.Use(replicaReads{opt.Replica}) // before the cache: it reads the versions where the answer is read
	}
	// Query answers are kept per data version and viewer (package querycache).
	if !opt.NoQueryCache {
		srv.Use(querycache.New(client, opt.Versions, opt.QueryCache))
	}
	// Fields that read beyond their row load a whole list at once.
	srv.Use(graph.Loaders(client))
	// Every mutation runs in one transaction: all of it is written, or nothing.
	srv.Use(newTransactioner(client))
	srv.SetErrorPresenter(presentError)
	return metrics.Track(streaming(subscriptionSlots(opt.Subscriptions, srv)))
}

// streaming lifts the server's write timeout from a subscription's stream,
// which stays open as long as the page that asked for it (keep-alive pings
// every 20 s tell a proxy it is alive).
func streaming(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.Contains(r.Header.Get("Accept"), "text/event-stream") {
			_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
			w.Header().Set("X-Accel-Buffering", "no") // nginx passes each event on at once
		}
		next.ServeHTTP(w, r)
	})
}

// readiness answers 200 while the database answers within a second, 503 otherwise.
func readiness(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		defer cancel()
		if err := db.PingContext(ctx); err != nil {
			http.Error(w, "database unreachable\n", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	}
}
