package httpapi

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
)

func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// The built assets go out precompressed when accepted, plain otherwise, with
// a year's caching for hashed assets and revalidation for index.html.
func TestSPAPrecompressedAndCached(t *testing.T) {
	const js = "console.log('jixiao');"
	dist := fstest.MapFS{
		"index.html":            {Data: []byte("<!doctype html><title>x</title>")},
		"index.html.gz":         {Data: gz(t, "<!doctype html><title>x</title>")},
		"assets/app-1a2b.js":    {Data: []byte(js)},
		"assets/app-1a2b.js.gz": {Data: gz(t, js)},
		"assets/app-1a2b.js.br": {Data: []byte("brotli bytes")},
		"assets/plain-9f.css":   {Data: []byte("body{}")},
	}
	h := spa(dist)
	get := func(path, accept string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		if accept != "" {
			req.Header.Set("Accept-Encoding", accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	cases := []struct {
		name, path, accept, encoding, cache, ctype string
	}{
		{"brotli preferred", "/assets/app-1a2b.js", "gzip, deflate, br", "br", "public, max-age=31536000, immutable", "text/javascript; charset=utf-8"},
		{"gzip when brotli refused", "/assets/app-1a2b.js", "gzip, br;q=0", "gzip", "public, max-age=31536000, immutable", "text/javascript; charset=utf-8"},
		{"plain when nothing accepted", "/assets/app-1a2b.js", "", "", "public, max-age=31536000, immutable", "text/javascript; charset=utf-8"},
		{"plain when not precompressed", "/assets/plain-9f.css", "gzip, br", "", "public, max-age=31536000, immutable", "text/css; charset=utf-8"},
		{"client route gets index.html, gzipped", "/projects/42", "gzip", "gzip", "no-cache", "text/html; charset=utf-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := get(c.path, c.accept)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if got := rec.Header().Get("Content-Encoding"); got != c.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, c.encoding)
			}
			if got := rec.Header().Get("Cache-Control"); got != c.cache {
				t.Errorf("Cache-Control %q, want %q", got, c.cache)
			}
			if got := rec.Header().Get("Content-Type"); got != c.ctype {
				t.Errorf("Content-Type %q, want %q", got, c.ctype)
			}
			if got := rec.Header().Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q", got)
			}
		})
	}
	// The gzip body is the file itself once decompressed.
	r, err := gzip.NewReader(get("/assets/app-1a2b.js", "gzip").Body)
	if err != nil {
		t.Fatal(err)
	}
	if body, _ := io.ReadAll(r); string(body) != js {
		t.Errorf("decompressed %q", body)
	}
}

func TestAcceptsEncoding(t *testing.T) {
	for _, c := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip;q=0.5", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.000", "gzip", false},
		{"deflate", "gzip", false},
		{"", "gzip", false},
		{"GZIP", "gzip", true},
	} {
		if got := acceptsEncoding(c.header, c.coding); got != c.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v", c.header, c.coding, got)
		}
	}
}
