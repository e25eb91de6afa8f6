package docs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	"jixiao/internal/demo"
	"jixiao/internal/platform/httpapi"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

const guide = "api-guide.md"

// example is one executed example of the guide: a ```graphql block, then
// optionally a ```json variables block, then a ```json response block. An
// HTML comment <!-- as: leader --> before the query logs in as that demo user.
type example struct {
	line      int
	as        string
	query     string
	variables string
	response  string // the block's text
	respAt    [2]int // byte range of the response block's text in the guide
}

var fence = regexp.MustCompile("(?m)^(<!-- as: (\\w+) -->\\n)?```(graphql|json variables|json response)\\n((?:.|\\n)*?)^```\\n")

func parseGuide(t *testing.T, text string) []*example {
	var out []*example
	var cur *example
	for _, m := range fence.FindAllStringSubmatchIndex(text, -1) {
		kind, body := text[m[6]:m[7]], text[m[8]:m[9]]
		switch kind {
		case "graphql":
			cur = &example{line: strings.Count(text[:m[0]], "\n") + 1, query: body}
			if m[4] >= 0 {
				cur.as = text[m[4]:m[5]]
			}
		case "json variables":
			if cur == nil {
				t.Fatalf("%s: variables without a query at byte %d", guide, m[0])
			}
			cur.variables = body
		case "json response":
			if cur == nil {
				t.Fatalf("%s: a response without a query at byte %d", guide, m[0])
			}
			cur.response, cur.respAt = body, [2]int{m[8], m[9]}
			out = append(out, cur)
			cur = nil
		}
	}
	return out
}

// TestGuideExamples runs every example of docs/api-guide.md against a real
// server over the demo data, on PostgreSQL and SQLite, and compares each
// answer with the one the guide shows: the guide cannot go stale. After a
// deliberate change, JIXIAO_UPDATE_GUIDE=1 writes the answers into the guide.
func TestGuideExamples(t *testing.T) {
	raw, err := os.ReadFile(guide)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	examples := parseGuide(t, text)
	if len(examples) < 8 {
		t.Fatalf("%s has %d executed examples; the parser or the guide is broken", guide, len(examples))
	}
	got := map[string][]string{} // dialect → answers in order
	testdb.Dialects(t, func(t *testing.T, url string) {
		ctx := context.Background()
		db := testdb.Open(t, url, store.DefaultOptions)
		if _, err := demo.Load(ctx, db, demo.Demo); err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(httpapi.New(db.Client, db.SQL, httpapi.Options{Development: true, Now: testdb.FrozenClock(), NoQueryCache: true}))
		defer srv.Close()
		tokens := map[string]string{}
		for _, ex := range examples {
			if ex.as != "" && tokens[ex.as] == "" {
				tokens[ex.as] = login(t, srv.URL, ex.as)
			}
			answer := run(t, srv.URL, tokens[ex.as], ex)
			got[db.Dialect] = append(got[db.Dialect], answer)
			if os.Getenv("JIXIAO_UPDATE_GUIDE") == "1" {
				continue
			}
			if want := canonical(t, ex.response); answer != want {
				t.Errorf("%s line %d: the answer is not the one the guide shows\nquery: %s\n got:\n%s\nwant:\n%s", guide, ex.line, ex.query, answer, want)
			}
		}
	})
	if os.Getenv("JIXIAO_UPDATE_GUIDE") != "1" || t.Failed() {
		return
	}
	var answers []string
	for dialect, other := range got {
		if answers == nil {
			answers = other
			continue
		}
		for i := range other {
			if other[i] != answers[i] {
				t.Fatalf("line %d: the databases answer differently (%s):\n%s\n%s", examples[i].line, dialect, other[i], answers[i])
			}
		}
	}
	var b strings.Builder
	last := 0
	for i, ex := range examples {
		b.WriteString(text[last:ex.respAt[0]])
		b.WriteString(answers[i])
		last = ex.respAt[1]
	}
	b.WriteString(text[last:])
	if err := os.WriteFile(guide, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func login(t *testing.T, url, user string) string {
	t.Helper()
	var out struct {
		Data struct{ Login struct{ Token string } }
	}
	post(t, url, "", map[string]any{"query": `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		"variables": map[string]any{"u": user, "p": demo.Password()}}, &out)
	if out.Data.Login.Token == "" {
		t.Fatalf("login as %s failed", user)
	}
	return out.Data.Login.Token
}

// run sends an example and returns its answer as canonical JSON.
func run(t *testing.T, url, token string, ex *example) string {
	t.Helper()
	body := map[string]any{"query": ex.query}
	if ex.variables != "" {
		var vars map[string]any
		if err := json.Unmarshal([]byte(ex.variables), &vars); err != nil {
			t.Fatalf("%s line %d: variables are not JSON: %v", guide, ex.line, err)
		}
		body["variables"] = vars
	}
	var answer json.RawMessage
	post(t, url, token, body, &answer)
	return canonical(t, string(answer))
}

func post(t *testing.T, url, token string, body any, into any) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(into); err != nil {
		t.Fatalf("answer (status %d) is not JSON: %v", res.StatusCode, err)
	}
}

// canonical is JSON indented by two spaces, keys in order, ending in a newline.
func canonical(t *testing.T, s string) string {
	t.Helper()
	var v any
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
	return b.String()
}
