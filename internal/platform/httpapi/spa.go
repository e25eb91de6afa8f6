package httpapi

import (
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// placeholder is served until the front end has been built.
const placeholder = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效 Jixiao</title></head>
<body><h1>绩效 Jixiao — 全过程预算绩效管理</h1>
<p>前端尚未构建（运行 make run 会自动构建）。/ The front end has not been built yet (make run builds it).</p>
<p><a href="/graphiql">GraphiQL</a></p></body></html>`

// precompressed are the encodings the build writes beside each asset
// (vite.config.ts: name.br and name.gz), best first.
var precompressed = []struct{ encoding, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// spa serves the built single-page app: files as they are, any other path as
// index.html so that client-side routes survive a reload. A file the build
// compressed ahead of time is sent compressed when the browser accepts it;
// hashed assets may be cached for a year, index.html must be revalidated.
func spa(dist fs.FS) http.Handler {
	if dist == nil {
		return placeholderHandler()
	}
	if _, err := fs.Stat(dist, "index.html"); err != nil {
		return placeholderHandler()
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name == "" || name == "." {
			name = "index.html"
		}
		if st, err := fs.Stat(dist, name); err != nil || st.IsDir() {
			name = "index.html"
		}
		if strings.HasPrefix(name, "assets/") {
			// Vite puts a content hash in every asset name.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		serveFile(w, r, dist, name)
	})
}

// serveFile sends one file of dist, precompressed when the client accepts it.
func serveFile(w http.ResponseWriter, r *http.Request, dist fs.FS, name string) {
	w.Header().Add("Vary", "Accept-Encoding")
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	accepted := r.Header.Get("Accept-Encoding")
	for _, p := range precompressed {
		if !acceptsEncoding(accepted, p.encoding) {
			continue
		}
		if f, ok := openSeeker(dist, name+p.suffix); ok {
			defer f.Close()
			w.Header().Set("Content-Encoding", p.encoding)
			http.ServeContent(w, r, name, time.Time{}, f)
			return
		}
	}
	f, ok := openSeeker(dist, name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	http.ServeContent(w, r, name, time.Time{}, f)
}

type seekFile interface {
	io.ReadSeeker
	io.Closer
}

func openSeeker(dist fs.FS, name string) (seekFile, bool) {
	f, err := dist.Open(name)
	if err != nil {
		return nil, false
	}
	if s, ok := f.(seekFile); ok {
		if st, err := f.Stat(); err == nil && !st.IsDir() {
			return s, true
		}
	}
	f.Close()
	return nil, false
}

// acceptsEncoding reads an Accept-Encoding header ("gzip, deflate, br;q=0.9"):
// the coding is listed and not refused with q=0.
func acceptsEncoding(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), coding) {
			continue
		}
		for _, param := range fields[1:] {
			if q, ok := strings.CutPrefix(strings.ReplaceAll(param, " ", ""), "q="); ok && strings.Trim(q, "0.") == "" {
				return false
			}
		}
		return true
	}
	return false
}

func placeholderHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(placeholder))
	})
}
