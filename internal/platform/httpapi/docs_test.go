package httpapi

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
)

// TestDocs: the API documents are served as UTF-8 text at /docs/<name>, in
// production too; nothing outside that folder is reachable.
func TestDocs(t *testing.T) {
	docs := fstest.MapFS{"api-guide.md": {Data: []byte("# Jixiao API 指南")}, "sub/secret.md": {Data: []byte("no")}}
	h := New(nil, nil, Options{Docs: docs})
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}
	if rec := get("/docs/api-guide.md"); rec.Code != 200 || rec.Body.String() != "# Jixiao API 指南" ||
		rec.Header().Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Fatalf("guide: %d %q %v", rec.Code, rec.Body.String(), rec.Header())
	}
	for _, path := range []string{"/docs/missing.md", "/docs/sub/secret.md", "/docs/"} {
		if rec := get(path); rec.Code != http.StatusNotFound {
			t.Errorf("%s: %d %q", path, rec.Code, rec.Body.String())
		}
	}
}
