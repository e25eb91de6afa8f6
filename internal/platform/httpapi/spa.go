package httpapi

import (
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// placeholder is served until the front end has been built.
const placeholder = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效 Jixiao</title></head>
<body><h1>绩效 Jixiao — 全过程预算绩效管理</h1>
<p>前端尚未构建（运行 make run 会自动构建）。/ The front end has not been built yet (make run builds it).</p>
<p><a href="/graphiql">GraphiQL</a></p></body></html>`

// spa serves the built single-page app: files as they are, any other path as
// index.html so that client-side routes survive a reload.
func spa(dist fs.FS) http.Handler {
	if dist == nil {
		return placeholderHandler()
	}
	if _, err := fs.Stat(dist, "index.html"); err != nil {
		return placeholderHandler()
	}
	files := http.FileServerFS(dist)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" {
			if _, err := fs.Stat(dist, name); err == nil {
				if strings.HasPrefix(name, "assets/") {
					// Vite puts a content hash in every asset name.
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				files.ServeHTTP(w, r)
				return
			}
		}
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, dist, "index.html")
	})
}

func placeholderHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(placeholder))
	})
}
