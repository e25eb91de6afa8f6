package httpapi

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jixiao/internal/domain/auth"
)

// expensive are the analytics fields whose work grows with the rows and the
// dimensions asked for: each adds ExpensiveUnit × rows × (1 + dimensions) to
// the operation's complexity, and an operation holding one takes one of the
// viewer's MaxConcurrentExpensive slots while it runs. publicResults is here
// too: anyone may ask it without logging in, so each client address gets
// the same small budget (信息公开 is rate-limited).
var expensive = map[string]bool{"stats": true, "departmentStats": true, "sameTypeProjects": true, "publicResults": true, "publicTargets": true, "publicDepartments": true}

// statsDefaultRows is what stats returns without first (analytics.defaultStatsRows).
const statsDefaultRows = 1000

// CodeTooManyExpensive and CodeResponseTooLarge refuse what the cost model forbids.
const (
	CodeTooManyExpensive = "TOO_MANY_CONCURRENT_QUERIES"
	CodeResponseTooLarge = "RESPONSE_TOO_LARGE"
)

// analyticsCost is the extra cost of an expensive field.
func (a *analysis) analyticsCost(f *ast.Field) int {
	if !expensive[f.Name] {
		return 0
	}
	rows, ok := 0, false
	for _, name := range []string{"first", "last"} {
		if n, set := intArgument(f.Arguments.ForName(name), a.vars); set && (!ok || n < rows) {
			rows, ok = n, true
		}
	}
	if !ok {
		rows = a.limits.MaxPageSize
		if f.Name == "stats" {
			rows = statsDefaultRows
		}
	}
	if _, large := largePages[f.Name]; large {
		// Its statement ranks every department whatever the page: a long
		// page costs its rows' selection (in field), not more statement work.
		rows = min(rows, a.limits.MaxPageSize)
	}
	dims := 1
	if f.Name == "stats" {
		groupBy := f.Arguments.ForName("groupBy")
		dims = listLength(groupBy, a.vars)
		if listHas(groupBy, a.vars, "PROJECT") || listHas(groupBy, a.vars, "TEMPLATE") {
			// The fine grain: one row per project and year (each key loads
			// a project), or read from the indicators themselves (each key
			// loads a template) costs one dimension more — once, also for
			// TEMPLATE × PROJECT, which reads the same indicator rows and
			// whose row count first already bounds.
			dims++
		}
	}
	return satMul(a.limits.ExpensiveUnit, satMul(max(rows, 1), 1+dims))
}

// hasExpensive tells whether an operation's root fields include an expensive one.
func hasExpensive(rc *graphql.OperationContext) bool {
	for _, f := range graphql.CollectFields(rc, rc.Operation.SelectionSet, nil) {
		if expensive[f.Name] {
			return true
		}
	}
	return false
}

// viewerSlots bounds the expensive operations running at once per viewer
// (anonymous callers per client address). A caller over its budget is
// refused at once, not queued: its own earlier queries are still running.
type viewerSlots struct {
	mu      sync.Mutex
	running map[string]int
}

func newViewerSlots() *viewerSlots { return &viewerSlots{running: map[string]int{}} }

func (s *viewerSlots) acquire(key string, limit int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running[key] >= limit {
		return false
	}
	s.running[key]++
	return true
}

func (s *viewerSlots) release(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running[key]--; s.running[key] <= 0 {
		delete(s.running, key)
	}
}

// viewerKey names whose budget an operation spends.
func viewerKey(ctx context.Context) string {
	if v := auth.FromContext(ctx); v != nil {
		return "user:" + strconv.Itoa(v.UserID)
	}
	return "ip:" + auth.RequestFrom(ctx).IP
}

// runBudgeted runs an operation within the viewer's budget of expensive
// operations and refuses an answer larger than MaxResponseBytes.
func (g queryGuard) runBudgeted(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	rc := graphql.GetOperationContext(ctx)
	if rc != nil && rc.Operation != nil && hasExpensive(rc) {
		key := viewerKey(ctx)
		if !g.slots.acquire(key, g.limits.MaxConcurrentExpensive) {
			return &graphql.Response{Errors: gqlerror.List{rejection(CodeTooManyExpensive,
				fmt.Sprintf("您同时进行的统计查询已达上限（%d 个），请待前面的查询完成后再试", g.limits.MaxConcurrentExpensive),
				fmt.Sprintf("you already run %d analytics queries at once; wait for them to finish", g.limits.MaxConcurrentExpensive),
				map[string]any{"limit": g.limits.MaxConcurrentExpensive})}}
		}
		defer g.slots.release(key)
		ctx = withOperationTurn(ctx)
	}
	resp := next(ctx)
	if resp != nil && len(resp.Data) > g.limits.MaxResponseBytes {
		size := len(resp.Data)
		return &graphql.Response{Errors: gqlerror.List{rejection(CodeResponseTooLarge,
			fmt.Sprintf("结果过大（%d 字节，上限 %d）：请减小 first 或分页查询（after）", size, g.limits.MaxResponseBytes),
			fmt.Sprintf("the answer is too large (%d bytes, limit %d): ask for fewer rows (first) and page with after", size, g.limits.MaxResponseBytes),
			map[string]any{"limit": g.limits.MaxResponseBytes, "size": size})}}
	}
	return resp
}

// listHas tells whether a list argument (or a single value coerced to one)
// holds the enum value name.
func listHas(arg *ast.Argument, vars map[string]any, name string) bool {
	if arg == nil || arg.Value == nil {
		return false
	}
	v, err := arg.Value.Value(vars)
	if err != nil {
		return false
	}
	l, ok := v.([]any)
	if !ok {
		l = []any{v}
	}
	for _, x := range l {
		if fmt.Sprint(x) == name {
			return true
		}
	}
	return false
}
