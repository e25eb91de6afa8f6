package httpapi

import (
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// graphiQLPage is the second page of the front-end build (frontend/graphiql.html):
// GraphiQL bundled from npm, so that it loads with every outside address
// blocked (an intranet) under the same Content-Security-Policy as the SPA.
const graphiQLPage = "graphiql.html"

// graphiQL serves GraphiQL at /graphiql (development only: production has no
// introspection to drive it).
func graphiQL(dist fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if dist == nil {
			placeholderHandler().ServeHTTP(w, r)
			return
		}
		if _, err := fs.Stat(dist, graphiQLPage); err != nil {
			placeholderHandler().ServeHTTP(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		serveFile(w, r, dist, graphiQLPage)
	})
}

// docsHandler serves the API documents (docs/: the guide, the error
// catalogue, the published schema) as plain UTF-8 text, so that the guide
// linked from GraphiQL and the scalars' @specifiedBy URLs resolve on an
// intranet too.
func docsHandler(docs fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/docs/")
		if docs == nil || strings.Contains(name, "/") {
			http.NotFound(w, r)
			return
		}
		b, err := fs.ReadFile(docs, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(b)
	})
}
