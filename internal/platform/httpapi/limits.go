package httpapi

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"

	"jixiao/internal/domain/fail"
)

// Limits bound what one GraphQL request may ask for. A zero field takes its
// default (DefaultLimits); tests raise a limit to prove that it is the one
// rejecting a request.
type Limits struct {
	MaxBodyBytes  int64 // size of a POST body
	MaxTokens     int   // lexical tokens of the query text
	MaxDepth      int   // nesting of fields (introspection's own nesting excluded)
	MaxAliases    int   // aliased fields, counted through fragments
	MaxComplexity int   // estimated fields resolved; a connection's edges/nodes count once per item of its page
	MaxPageSize   int   // largest first/last (and nodes(ids)); also the page size of a connection queried without first/last
	// ExpensiveUnit is the cost of one row × dimension of an analytics field (cost.go).
	ExpensiveUnit int
	// MaxConcurrentExpensive bounds a viewer's operations with analytics fields running at once.
	MaxConcurrentExpensive int
	// MaxResponseBytes refuses larger answers, asking for paging.
	MaxResponseBytes int
	// MaxExpensiveAtOnce bounds the expensive fields running at once on the
	// server, all viewers together (expensivegate.go); others wait their turn.
	MaxExpensiveAtOnce int
}

// DefaultLimits suit the SPA's queries with a wide margin.
var DefaultLimits = Limits{
	MaxBodyBytes:  1 << 20,
	MaxTokens:     2000,
	MaxDepth:      15,
	MaxAliases:    30,
	MaxComplexity: 250_000,
	MaxPageSize:   100,
	// stats by 7 dimensions × 10,000 rows costs 4,000,000; departmentStats' page of 100, 10,000.
	ExpensiveUnit:          50,
	MaxConcurrentExpensive: 2,
	MaxResponseBytes:       4 << 20,
	MaxExpensiveAtOnce:     defaultExpensiveAtOnce(),
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxBodyBytes > 0 {
		d.MaxBodyBytes = l.MaxBodyBytes
	}
	if l.MaxTokens > 0 {
		d.MaxTokens = l.MaxTokens
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxAliases > 0 {
		d.MaxAliases = l.MaxAliases
	}
	if l.MaxComplexity > 0 {
		d.MaxComplexity = l.MaxComplexity
	}
	if l.MaxPageSize > 0 {
		d.MaxPageSize = l.MaxPageSize
	}
	if l.ExpensiveUnit > 0 {
		d.ExpensiveUnit = l.ExpensiveUnit
	}
	if l.MaxConcurrentExpensive > 0 {
		d.MaxConcurrentExpensive = l.MaxConcurrentExpensive
	}
	if l.MaxResponseBytes > 0 {
		d.MaxResponseBytes = l.MaxResponseBytes
	}
	if l.MaxExpensiveAtOnce > 0 {
		d.MaxExpensiveAtOnce = l.MaxExpensiveAtOnce
	}
	return d
}

// Codes of the requests the limits reject (extensions.code).
const (
	CodeQueryTooLarge         = "QUERY_TOO_LARGE"
	CodeQueryTooDeep          = "QUERY_TOO_DEEP"
	CodeTooManyAliases        = "TOO_MANY_ALIASES"
	CodeQueryTooComplex       = "QUERY_TOO_COMPLEX"
	CodePageSizeExceeded      = "PAGE_SIZE_EXCEEDED"
	CodeIntrospectionDisabled = "INTROSPECTION_DISABLED"
	CodeMethodNotAllowed      = "METHOD_NOT_ALLOWED"
	CodeRequestTooLarge       = "REQUEST_TOO_LARGE"
	CodeUnsupportedMediaType  = "UNSUPPORTED_MEDIA_TYPE"
	CodeBadRequest            = "BAD_REQUEST"
	CodeCSRF                  = "CSRF_REJECTED"
	CodeInternal              = "INTERNAL"
)

func init() {
	// Rejected operations answer 422 (application/json) or 400
	// (application/graphql-response+json), like gqlgen's own validation errors.
	for _, code := range []string{CodeQueryTooLarge, CodeQueryTooDeep, CodeTooManyAliases, CodeQueryTooComplex,
		CodePageSizeExceeded, CodeIntrospectionDisabled, CodeMethodNotAllowed} {
		errcode.RegisterErrorType(code, errcode.KindProtocol)
	}
}

// rejection is an operation refused before any resolver runs. Its message
// (Chinese / English) and code reach the client through presentError.
func rejection(code, zh, en string, ext map[string]any) *gqlerror.Error {
	e := gqlerror.Wrap(&fail.Error{Code: code, ZH: zh, EN: en})
	e.Message = zh + " / " + en
	e.Extensions = map[string]any{"code": code}
	for k, v := range ext {
		e.Extensions[k] = v
	}
	return e
}

// harden applies the limits to a gqlgen server. Call it before any other
// extension is added: its checks must run first (before the persisted-query
// cache stores a query) and its response interceptor must be the outermost.
func harden(srv *handler.Server, opt Options) {
	srv.SetDisableSuggestion(!opt.Development)
	slots := opt.expensiveSlots
	if slots == nil {
		slots = newViewerSlots()
	}
	limits := opt.Limits.withDefaults()
	gate := opt.expensiveGate
	if gate == nil {
		gate = newExpensiveGate(limits.MaxExpensiveAtOnce)
	}
	srv.Use(queryGuard{limits: limits, development: opt.Development, slots: slots, gate: gate, refused: newRefusedCache()})
}

// queryGuard checks each operation against the limits after it is parsed and
// validated and before it executes, gives connections their default page size,
// and masks any error that escaped the error presenter.
type queryGuard struct {
	limits      Limits
	development bool
	slots       *viewerSlots
	gate        *expensiveGate
	refused     *refusedCache // refusedcache.go
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
	graphql.RootFieldInterceptor
} = queryGuard{}

func (queryGuard) ExtensionName() string                          { return "JixiaoQueryGuard" }
func (queryGuard) Validate(schema graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters refuses again an operation refused before
// (refusedcache.go), then counts the query's tokens before it is parsed.
func (g queryGuard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	note := refusalNoteFrom(ctx)
	if note == nil || p.Query == "" { // an automatic persisted query's hash: its text comes later
		return g.countTokens(p)
	}
	note.cacheKey = refusedKey(p)
	err := g.refused.lookup(ctx, note.cacheKey)
	if err == nil {
		err = g.countTokens(p)
		g.refused.remember(ctx, note.cacheKey, err)
	}
	// Noted now: gqlgen writes the status of a refused operation before
	// it presents the error, and Retry-After must go with the status.
	if err != nil {
		noteRefusal(ctx, err)
	}
	return err
}

// countTokens refuses a query of more than MaxTokens lexical tokens.
func (g queryGuard) countTokens(p *graphql.RawParams) *gqlerror.Error {
	if len(p.Query) <= g.limits.MaxTokens { // every token takes at least one byte
		return nil
	}
	lex := lexer.New(&ast.Source{Input: p.Query})
	for n := 0; ; n++ {
		tok, err := lex.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return nil // the parser reports a lexical error itself
		}
		if n == g.limits.MaxTokens {
			return rejection(CodeQueryTooLarge,
				fmt.Sprintf("查询过长：超过 %d 个词法单元", g.limits.MaxTokens),
				fmt.Sprintf("query too large: more than %d tokens", g.limits.MaxTokens),
				map[string]any{"limit": g.limits.MaxTokens})
		}
	}
}

// MutateOperationContext rejects what the limits forbid, remembering the
// refusal (refusedcache.go), and sets default page sizes.
func (g queryGuard) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	err := g.check(ctx, rc)
	if note := refusalNoteFrom(ctx); note != nil && err != nil {
		g.refused.remember(ctx, note.cacheKey, err)
		noteRefusal(ctx, err) // before gqlgen writes the status (see above)
	}
	return err
}

func (g queryGuard) check(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	op := rc.Operation
	if info := requestInfoFrom(ctx); info != nil && info.method != "POST" && op.Operation != ast.Query {
		info.status, info.allow = 405, "POST"
		return rejection(CodeMethodNotAllowed,
			"变更只能通过 POST（application/json）提交，GET 只能执行查询",
			"mutations must be sent by POST with application/json; GET carries queries only", nil)
	}
	a := &analysis{limits: g.limits, vars: rc.Variables, doc: rc.Doc, frags: map[string]cost{}}
	c := a.selectionSet(op.SelectionSet)
	switch {
	case a.introspection && !g.development:
		return rejection(CodeIntrospectionDisabled, "生产模式下已关闭内省查询", "introspection is disabled in production", nil)
	case a.pageErr != nil:
		return a.pageErr
	case c.depth > g.limits.MaxDepth:
		return rejection(CodeQueryTooDeep,
			fmt.Sprintf("查询嵌套过深：深度 %d，上限 %d", c.depth, g.limits.MaxDepth),
			fmt.Sprintf("query too deep: depth %d exceeds the limit of %d", c.depth, g.limits.MaxDepth),
			map[string]any{"limit": g.limits.MaxDepth, "depth": c.depth})
	case c.aliases > g.limits.MaxAliases:
		return rejection(CodeTooManyAliases,
			fmt.Sprintf("别名过多：%d 个，上限 %d", c.aliases, g.limits.MaxAliases),
			fmt.Sprintf("too many aliases: %d exceeds the limit of %d", c.aliases, g.limits.MaxAliases),
			map[string]any{"limit": g.limits.MaxAliases, "aliases": c.aliases})
	case c.complexity > g.limits.MaxComplexity:
		return rejection(CodeQueryTooComplex,
			fmt.Sprintf("查询过于复杂：估算 %d，上限 %d（请减小 first/last 或嵌套）", c.complexity, g.limits.MaxComplexity),
			fmt.Sprintf("query too complex: estimated cost %d exceeds the limit of %d (lower first/last or the nesting)", c.complexity, g.limits.MaxComplexity),
			map[string]any{"limit": g.limits.MaxComplexity, "complexity": c.complexity})
	}
	if a.needsDefault {
		setDefaultPageSizes(rc, g.limits.MaxPageSize)
	}
	return nil
}

// InterceptResponse is the last line of the error masking: an error that did
// not pass through presentError (it has no code: gqlgen's and entgql's own
// responses, such as a failed transaction) is masked behind the request id. In
// production the validator's "Did you mean" suggestions are removed.
func (g queryGuard) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := g.runBudgeted(ctx, next)
	if resp == nil {
		return nil
	}
	for i, e := range resp.Errors {
		if e == nil {
			continue
		}
		noteRefusal(ctx, e) // penalty.go: refusals slow the client down
		if _, ok := e.Extensions["code"]; !ok {
			masked := presentError(ctx, errors.New(e.Message))
			masked.Path, masked.Locations = e.Path, e.Locations
			resp.Errors[i] = masked
			continue
		}
		if !g.development {
			e.Message = suggestion.ReplaceAllString(e.Message, "")
		}
	}
	return resp
}

var suggestion = regexp.MustCompile(`\s*Did you mean [^?]*\?`)

// cost is what analysis measures of a selection set.
type cost struct {
	depth, aliases, complexity int
	paged                      int // the part of complexity under edges/nodes, multiplied by a connection's page size
}

// analysis walks an operation once (fragments once each, whatever the number
// of spreads), so a small query cannot make it work exponentially.
type analysis struct {
	limits        Limits
	vars          map[string]any
	doc           *ast.QueryDocument
	frags         map[string]cost
	introspection bool
	needsDefault  bool
	pageErr       *gqlerror.Error
}

// saturated keeps sums and products of huge estimates from overflowing.
const saturated = 1 << 40

func sat(n int) int { return min(n, saturated) }

func satMul(a, b int) int {
	if a > 0 && b > saturated/a {
		return saturated
	}
	return a * b
}

func (a *analysis) selectionSet(set ast.SelectionSet) cost {
	var c cost
	for _, sel := range set {
		var s cost
		switch sel := sel.(type) {
		case *ast.Field:
			s = a.field(sel)
			if sel.Name == "edges" || sel.Name == "nodes" {
				s.paged = s.complexity
			}
		case *ast.InlineFragment:
			s = a.selectionSet(sel.SelectionSet)
		case *ast.FragmentSpread:
			s = a.fragment(sel.Name)
		}
		c.depth = max(c.depth, s.depth)
		c.aliases = sat(c.aliases + s.aliases)
		c.complexity = sat(c.complexity + s.complexity)
		c.paged = sat(c.paged + s.paged)
	}
	return c
}

func (a *analysis) fragment(name string) cost {
	if c, ok := a.frags[name]; ok {
		return c
	}
	a.frags[name] = cost{} // validation forbids cycles; this only guards the walk
	var c cost
	if f := a.doc.Fragments.ForName(name); f != nil {
		c = a.selectionSet(f.SelectionSet)
	}
	a.frags[name] = c
	return c
}

func (a *analysis) field(f *ast.Field) cost {
	if f.Name == "__schema" || f.Name == "__type" {
		a.introspection = true
		return cost{depth: 1, complexity: 1}
	}
	c := cost{}
	if f.Alias != "" && f.Alias != f.Name {
		c.aliases = 1
	}
	child := a.selectionSet(f.SelectionSet)
	c.depth = 1 + child.depth
	c.aliases = sat(c.aliases + child.aliases)
	items := a.pageSize(f)
	c.complexity = sat(1 + child.complexity - child.paged + satMul(items, child.paged) + a.analyticsCost(f))
	if isIDList(f) {
		c.complexity = sat(1 + satMul(items, child.complexity))
	}
	return c
}

// pageSize checks a field's first/last (or ids) and returns how many items it
// may return: 1 for a field that is no connection.
func (a *analysis) pageSize(f *ast.Field) int {
	limit := a.pageLimit(f)
	if isIDList(f) {
		n := listLength(f.Arguments.ForName("ids"), a.vars)
		if n > limit {
			a.pageError(f, "ids", n)
		}
		return n
	}
	if !isConnection(f) {
		return 1
	}
	items := -1
	for _, name := range []string{"first", "last"} {
		n, ok := intArgument(f.Arguments.ForName(name), a.vars)
		if !ok {
			continue
		}
		if n < 0 || n > limit {
			a.pageError(f, name, n)
		}
		if items < 0 || n < items {
			items = n
		}
	}
	if items < 0 {
		a.needsDefault = true
		return limit
	}
	return items
}

// largePages are the connections that page beyond MaxPageSize, up to their
// documented limit: a whole department ranking is one statement however long
// the page, so it is asked for in one request (its rows still cost their
// selection in the complexity).
var largePages = map[string]int{"departmentStats": 10000}

// pageLimit is the largest first/last of f.
func (a *analysis) pageLimit(f *ast.Field) int {
	return max(a.limits.MaxPageSize, largePages[f.Name])
}

func (a *analysis) pageError(f *ast.Field, arg string, n int) {
	if a.pageErr != nil {
		return
	}
	limit := a.pageLimit(f)
	where := f.Alias
	if n < 0 {
		a.pageErr = rejection(fail.CodeBadInput,
			fmt.Sprintf("%s 的 %s 不能为负数", where, arg),
			fmt.Sprintf("%s: %s must not be negative", where, arg),
			map[string]any{"field": arg})
		return
	}
	a.pageErr = rejection(CodePageSizeExceeded,
		fmt.Sprintf("%s 的 %s 为 %d，每页最多 %d 条，请分页查询", where, arg, n, limit),
		fmt.Sprintf("%s: %s is %d but a page holds at most %d items; paginate with after/before", where, arg, n, limit),
		map[string]any{"field": arg, "limit": limit})
}

// isConnection tells a Relay connection field: it returns a …Connection type
// and takes first or last.
func isConnection(f *ast.Field) bool {
	d := f.Definition
	if d == nil || d.Type == nil || d.Type.Elem != nil || !strings.HasSuffix(d.Type.Name(), "Connection") {
		return false
	}
	return d.Arguments.ForName("first") != nil || d.Arguments.ForName("last") != nil
}

// isIDList tells a lookup by a list of ids, such as nodes(ids:).
func isIDList(f *ast.Field) bool {
	d := f.Definition
	if d == nil || d.Type == nil || d.Type.Elem == nil {
		return false
	}
	arg := d.Arguments.ForName("ids")
	return arg != nil && arg.Type.Elem != nil
}

// intArgument is the value of an Int argument, false when absent or null.
func intArgument(arg *ast.Argument, vars map[string]any) (int, bool) {
	if arg == nil || arg.Value == nil {
		return 0, false
	}
	v, err := arg.Value.Value(vars)
	if err != nil || v == nil {
		return 0, false
	}
	n, err := graphql.UnmarshalInt(v)
	if err != nil {
		return 0, false
	}
	return n, true
}

func listLength(arg *ast.Argument, vars map[string]any) int {
	if arg == nil || arg.Value == nil {
		return 0
	}
	v, err := arg.Value.Value(vars)
	if err != nil {
		return 0
	}
	if l, ok := v.([]any); ok {
		return len(l)
	}
	if v != nil {
		return 1 // a single value is coerced to a list of one
	}
	return 0
}
