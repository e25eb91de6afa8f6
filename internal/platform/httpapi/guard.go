package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// guardGraphQL is the HTTP gate in front of /graphql, checked before the
// request is authenticated or parsed:
//   - only GET (queries), POST and the OPTIONS/HEAD probes;
//   - a POST must be application/json, or a multipart upload that carries a
//     preflight-forcing header (documents.go);
//   - a cookie-authenticated POST must not come from another site (csrf.go);
//   - a POST body holds at most limits.MaxBodyBytes and is valid JSON.
//
// It also lets the operation checks (queryGuard) know the method and choose
// the status code: a mutation sent by GET answers 405.
func guardGraphQL(limits Limits, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			if zh, en := checkQueryString(r); zh != "" {
				writeRequestError(w, r, http.StatusBadRequest, CodeBadRequest, zh, en)
				return
			}
		case http.MethodOptions:
		case http.MethodPost:
			// File uploads (documents.go): only with the header that forces a CORS preflight.
			if isMultipart(r.Header.Get("Content-Type")) && forcesPreflight(r) {
				if !uploadAllowed(w, r) {
					return
				}
				r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
				break
			}
			if !isJSON(r.Header.Get("Content-Type")) {
				writeRequestError(w, r, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
					"请求必须是 Content-Type: application/json 的 POST（不接受表单；multipart 上传须带 GraphQL-Preflight: 1 请求头）",
					"a POST must have Content-Type: application/json (no forms; a multipart upload needs the GraphQL-Preflight: 1 header)")
				return
			}
			if reason := crossSite(r); reason != "" {
				writeRequestError(w, r, http.StatusForbidden, CodeCSRF,
					"跨站请求被拒绝："+reason+" 与本站不符",
					"cross-site request rejected: "+reason+" does not match this host")
				return
			}
			body, status := readBody(w, r, limits.MaxBodyBytes)
			switch status {
			case http.StatusRequestEntityTooLarge:
				writeRequestError(w, r, status, CodeRequestTooLarge,
					"请求体过大：上限 "+humanBytes(limits.MaxBodyBytes),
					"request body too large: the limit is "+humanBytes(limits.MaxBodyBytes))
				return
			case http.StatusBadRequest:
				writeRequestError(w, r, status, CodeBadRequest,
					"请求体不是有效的 JSON", "the request body is not valid JSON")
				return
			}
			if zh, en := checkParams(body); zh != "" {
				writeRequestError(w, r, http.StatusBadRequest, CodeBadRequest, zh, en)
				return
			}
			r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeRequestError(w, r, http.StatusMethodNotAllowed, CodeMethodNotAllowed,
				"只接受 GET（查询）与 POST", "only GET (queries) and POST are accepted")
			return
		}
		info := &requestInfo{method: r.Method}
		ctx := context.WithValue(r.Context(), requestInfoKey{}, info)
		next.ServeHTTP(&statusWriter{ResponseWriter: w, info: info}, r.WithContext(ctx))
	})
}

// checkParams refuses a body that is not a GraphQL request: not a JSON
// object, or query, operationName, variables or extensions of the wrong JSON
// type. gqlgen would answer those with Go's decoder text.
func checkParams(body []byte) (zh, en string) {
	var params map[string]json.RawMessage
	if json.Unmarshal(body, &params) != nil || params == nil {
		return "请求体必须是 JSON 对象 {\"query\": …}", "the request body must be a JSON object {\"query\": …}"
	}
	for name, want := range map[string]byte{"query": '"', "operationName": '"', "variables": '{', "extensions": '{'} {
		if zh, en := checkParam(name, params[name], want); zh != "" {
			return zh, en
		}
	}
	return "", ""
}

// checkParam accepts an absent or null parameter, or one whose JSON starts with want.
func checkParam(name string, raw json.RawMessage, want byte) (zh, en string) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" || raw[0] == want {
		return "", ""
	}
	if want == '"' {
		return "参数 " + name + " 必须是字符串", "the parameter " + name + " must be a string"
	}
	return "参数 " + name + " 必须是 JSON 对象", "the parameter " + name + " must be a JSON object"
}

// checkQueryString does the same for a GET's variables and extensions.
func checkQueryString(r *http.Request) (zh, en string) {
	q := r.URL.Query()
	for _, name := range []string{"variables", "extensions"} {
		v := strings.TrimSpace(q.Get(name))
		if v == "" {
			continue
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal([]byte(v), &obj) != nil {
			return "参数 " + name + " 必须是 JSON 对象", "the parameter " + name + " must be a JSON object"
		}
	}
	return "", ""
}

func isJSON(contentType string) bool {
	mediaType, _, err := mime.ParseMediaType(contentType)
	return err == nil && mediaType == "application/json"
}

// readBody reads at most limit bytes of JSON; the status is 0, 413 or 400.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, int) {
	if r.ContentLength > limit {
		return nil, http.StatusRequestEntityTooLarge
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, http.StatusRequestEntityTooLarge
	case err != nil || !json.Valid(body):
		return nil, http.StatusBadRequest
	}
	return body, 0
}

func humanBytes(n int64) string {
	if n%(1<<20) == 0 {
		return itoa(n>>20) + " MiB"
	}
	if n%(1<<10) == 0 {
		return itoa(n>>10) + " KiB"
	}
	return itoa(n) + " bytes"
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// writeRequestError answers a request refused before GraphQL saw it, in the
// GraphQL response shape.
func writeRequestError(w http.ResponseWriter, r *http.Request, status int, code, zh, en string) {
	contentType := "application/json"
	if accept := r.Header.Get("Accept"); strings.Contains(accept, "application/graphql-response+json") &&
		!strings.Contains(accept, "application/json") {
		contentType = "application/graphql-response+json"
	}
	w.Header().Set("Content-Type", contentType+"; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message":    zh + " / " + en,
		"extensions": map[string]any{"code": code},
	}}})
}

// requestInfo carries the method to the operation checks and their choice of
// status code back.
type requestInfo struct {
	method string
	status int    // replaces the status gqlgen writes, when set
	allow  string // the Allow header sent with a 405
}

type requestInfoKey struct{}

func requestInfoFrom(ctx context.Context) *requestInfo {
	info, _ := ctx.Value(requestInfoKey{}).(*requestInfo)
	return info
}

type statusWriter struct {
	http.ResponseWriter
	info         *requestInfo
	wrote        bool
	requestError bool // gqlgen refused the request before executing it
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		w.requestError = code == http.StatusUnprocessableEntity || code == http.StatusBadRequest
		switch {
		case w.info.status != 0:
			code = w.info.status
			if w.info.allow != "" {
				w.Header().Set("Allow", w.info.allow)
			}
		case code == http.StatusUnprocessableEntity && strings.HasPrefix(w.Header().Get("Content-Type"), "application/json"):
			// GraphQL over HTTP: a request that fails to parse or validate is
			// answered 200 to a client that accepts application/json (gqlgen
			// answers 422); application/graphql-response+json keeps its 4xx.
			code = http.StatusOK
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	if w.requestError {
		// A request that never executed has no data entry (GraphQL over HTTP);
		// gqlgen writes "data":null.
		if _, err := w.ResponseWriter.Write(bytes.Replace(b, []byte(`,"data":null`), nil, 1)); err != nil {
			return 0, err
		}
		return len(b), nil
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Flush passes a subscription's events on at once (gqlgen's SSE transport
// asks the writer itself for http.Flusher).
func (w *statusWriter) Flush() {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}
