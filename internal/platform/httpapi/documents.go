package httpapi

import (
	"encoding/json"
	"mime"
	"net/http"
	"strings"

	"jixiao/ent"
	"jixiao/internal/documents"
	"jixiao/internal/documents/files"
	"jixiao/internal/platform/identity"
)

// documentRoutes serves the forms, files and reports beside /graphql, with
// the same authentication and the same privacy as the rows they hold.
func documentRoutes(mux *http.ServeMux, client *ent.Client, ids *identity.Service, opt Options) {
	wrap := func(h http.Handler) http.Handler { return authenticate(ids, client, opt, h) }
	documents.New(client).Routes(mux, wrap, guardUpload)
}

// maxUploadBytes bounds a multipart request: one evidence file and the operation.
const maxUploadBytes = files.MaxSize + 1<<20

// isMultipart says whether a POST is a multipart form (an upload).
func isMultipart(contentType string) bool {
	mediaType, _, err := mime.ParseMediaType(contentType)
	return err == nil && mediaType == "multipart/form-data"
}

// uploadAllowed answers 403 to a possibly cross-site upload and says whether it may go on.
func uploadAllowed(w http.ResponseWriter, r *http.Request) bool {
	allowed := false
	guardUpload(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { allowed = true })).ServeHTTP(w, r)
	return allowed
}

// guardUpload refuses cross-site uploads. A browser may post multipart forms
// to any site without a preflight, so a cookie-authenticated upload must carry
// a header that only a script can add — and that forces the CORS preflight
// this server never grants (the one Apollo and urql send with multipart).
func guardUpload(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if reason := crossSite(r); reason != "" {
			writeDocumentError(w, http.StatusForbidden, CodeCSRF, "跨站请求被拒绝："+reason+" 与本站不符",
				"cross-site request rejected: "+reason+" does not match this host")
			return
		}
		c, err := r.Cookie(SessionCookie)
		cookie := err == nil && c.Value != "" && !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ")
		if cookie && !forcesPreflight(r) {
			writeDocumentError(w, http.StatusForbidden, CodeCSRF,
				"上传须带 GraphQL-Preflight: 1（或 X-Apollo-Operation-Name）请求头",
				"an upload must carry the GraphQL-Preflight: 1 (or X-Apollo-Operation-Name) header")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// forcesPreflight says whether the request carries a header that a plain form cannot send.
func forcesPreflight(r *http.Request) bool {
	return r.Header.Get("GraphQL-Preflight") != "" || r.Header.Get("X-Apollo-Operation-Name") != "" ||
		r.Header.Get("Apollo-Require-Preflight") != ""
}

func writeDocumentError(w http.ResponseWriter, status int, code, zh, en string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"code": code, "message": zh + " / " + en}})
}
