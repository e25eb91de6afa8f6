package httpapi

import (
	"context"
	"errors"
	"log/slog"
	"regexp"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/lib/pq"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"modernc.org/sqlite"

	"jixiao/ent"
	"jixiao/ent/migrate"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// CodePersistedQueryNotFound asks the client to send the query text with its
// hash (automatic persisted queries, as Apollo and urql expect).
const CodePersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"

// presentError turns every error into what a user may see: a typed error keeps
// its code and says its message in the language the client asked for
// (Accept-Language; Chinese first), both languages in extensions.messages;
// ent's validation and constraint errors are reworded; anything else is
// masked behind the request id (logged in full). docs/errors.md lists the codes.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	if _, done := gqlErr.Extensions["messages"]; done {
		return gqlErr // already presented (gqlgen may present an error twice)
	}
	var (
		typed      *fail.Error
		ruleInput  *rules.InputError
		transition *rules.TransitionError
		validation *ent.ValidationError
		constraint *ent.ConstraintError
		notFound   *ent.NotFoundError
		already    *gqlerror.Error
	)
	switch {
	case errors.As(err, &ruleInput):
		say(ctx, gqlErr, fail.CodeBadInput, ruleInput.ZH, ruleInput.EN)
		gqlErr.Extensions["field"] = ruleInput.Field
	case errors.As(err, &transition):
		code := fail.CodeInvalid
		if len(transition.Allowed) > 0 {
			code = fail.CodeForbidden
		}
		noteDenial(ctx, code+": "+transition.ZH+" / "+transition.EN)
		say(ctx, gqlErr, code, transition.ZH, transition.EN)
	case errors.As(err, &typed) && typed.Code == fail.CodeForbidden && auth.FromContext(ctx) == nil:
		unauthenticated(ctx, gqlErr)
	case errors.As(err, &typed):
		if typed.Refusal() { // refused by role, ownership, state or a stale version: audited
			noteDenial(ctx, typed.Code+": "+typed.ZH+" / "+typed.EN)
		}
		say(ctx, gqlErr, typed.Code, typed.ZH, typed.EN)
		if typed.Field != "" {
			gqlErr.Extensions["field"] = typed.Field
		}
	case errors.As(err, &validation):
		say(ctx, gqlErr, fail.CodeBadInput, "字段 "+validation.Name+" 的值无效："+reason(validation.Unwrap()),
			"invalid value for field "+validation.Name+": "+reason(validation.Unwrap()))
		gqlErr.Extensions["field"] = validation.Name
	case errors.As(err, &constraint):
		zh, en := constraintMessage(constraint)
		say(ctx, gqlErr, fail.CodeBadInput, zh, en)
		if f := uniqueField(constraint.Error()); f != "" {
			gqlErr.Extensions["field"] = f
		}
	case errors.Is(err, privacy.Deny):
		noteDenial(ctx, err.Error())
		if auth.FromContext(ctx) == nil {
			unauthenticated(ctx, gqlErr)
			break
		}
		zh, en := denialMessage(err)
		say(ctx, gqlErr, fail.CodeForbidden, zh, en)
	case errors.As(err, &notFound) || errors.As(err, &already) && already.Extensions["code"] == fail.CodeNotFound:
		say(ctx, gqlErr, fail.CodeNotFound, "记录不存在", "record not found")
	case errors.As(err, &already) && already.Rule != "":
		// A validation error of gqlparser: English only, and already user-facing.
		// Its "Did you mean" stays in the message only (removed there in production).
		full := gqlErr.Message
		plain := suggestion.ReplaceAllString(full, "")
		say(ctx, gqlErr, errcode.ValidationFailed, "查询不符合接口定义："+plain, plain)
		if !languageAsked(ctx) || auth.RequestFrom(ctx).Lang == "en" {
			gqlErr.Message = strings.Replace(gqlErr.Message, plain, full, 1)
		}
	case errors.As(err, &already) && already.Extensions["code"] == errcode.ParseFailed:
		say(ctx, gqlErr, errcode.ParseFailed, "查询语法错误："+gqlErr.Message, gqlErr.Message)
	case errors.As(err, &already) && already.Extensions["code"] == CodePersistedQueryNotFound:
		// Apollo's and urql's persisted-query links look for this exact message.
		say(ctx, gqlErr, CodePersistedQueryNotFound, "未找到持久化查询，请连同查询文本重新发送", "PersistedQueryNotFound")
		gqlErr.Message = "PersistedQueryNotFound"
	case errors.As(err, &already) && isPersistedQueryProblem(already):
		say(ctx, gqlErr, CodeBadRequest, "持久化查询扩展无效："+already.Message, already.Message)
	case errors.As(err, &already) && isInputCoercion(ctx, already):
		zh, en := coercionMessage(gqlErr)
		say(ctx, gqlErr, fail.CodeBadInput, zh, en)
	default:
		id := requestID(ctx)
		slog.ErrorContext(ctx, "request failed", "error", err) // LogHandler adds the request id
		say(ctx, gqlErr, CodeInternal, "内部错误，请联系管理员并提供请求号 "+id, "internal error; quote request id "+id)
		gqlErr.Extensions["requestId"] = id
	}
	return gqlErr
}

// unauthenticated answers a refusal met without a viewer: the client should
// log in (again), which is not the same as being refused a permission.
func unauthenticated(ctx context.Context, e *gqlerror.Error) {
	if credentialRejected(ctx) {
		say(ctx, e, fail.CodeUnauthenticated, "登录已过期或凭据无效，请重新登录",
			"the session or token is expired, revoked or unknown; log in again")
		return
	}
	say(ctx, e, fail.CodeUnauthenticated, "请先登录", "log in first")
}

// say sets the code and the message in the language the client asked for
// (Accept-Language: en… English, any other Chinese; no header: "中文 / English"),
// with both languages in extensions.messages.
func say(ctx context.Context, e *gqlerror.Error, code, zh, en string) {
	switch {
	case !languageAsked(ctx):
		e.Message = zh + " / " + en
	case auth.RequestFrom(ctx).Lang == "en":
		e.Message = en
	default:
		e.Message = zh
	}
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
	e.Extensions["messages"] = map[string]string{"zh": zh, "en": en}
}

// denialMessage keeps the policy's own bilingual reason, without ent's prefix.
func denialMessage(err error) (zh, en string) {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.Contains(msg[i:], " / ") {
		zh, en, _ = strings.Cut(msg[i+2:], " / ")
		return zh, en
	}
	return "无权访问", "access denied"
}

// internalText is what Go's own parsers say (strconv, msgpack, base64, json):
// never shown to a client.
var internalText = regexp.MustCompile(`strconv\.|msgpack|base64|json:|illegal|invalid character|unexpected (code|end)|runtime error`)

var quoted = regexp.MustCompile(`"([^"]{0,64})"`)

// coercionMessage words an argument or variable gqlgen could not read: our
// scalars already say it in both languages; gqlgen's own words (an unknown
// enum value) are kept in English; Go's internals are replaced.
func coercionMessage(e *gqlerror.Error) (zh, en string) {
	where := e.Path.String()
	msg := strings.TrimPrefix(e.Message, "input: ")
	if where != "" {
		msg = strings.TrimPrefix(msg, where+" ")
	}
	if a, b, ok := strings.Cut(msg, " / "); ok {
		return a, b
	}
	if where == "" {
		where = "请求参数"
	}
	if internalText.MatchString(msg) {
		value := ""
		if m := quoted.FindStringSubmatch(msg); m != nil {
			value = " " + strconv.Quote(m[1])
		}
		return "参数 " + where + " 的值" + value + " 无效（ID 或游标格式不正确）", "invalid value" + value + " for " + where + " (malformed ID or cursor)"
	}
	return "参数 " + where + " 的值无效：" + msg, "invalid value for " + where + ": " + msg
}

// isPersistedQueryProblem tells gqlgen's other persisted-query errors (a hash
// that does not match, an unknown version): the client's mistake.
func isPersistedQueryProblem(e *gqlerror.Error) bool {
	return strings.Contains(e.Message, "APQ")
}

// isInputCoercion tells the errors gqlgen raises while reading variables and
// arguments (a bad Money string, an unknown enum value) from internal ones.
// gqlgen reports an argument it cannot read at the argument's path, below the
// field's (["createFund", "input", "amount"]); a failing resolver's error has
// the field's own path and is not one. A database error never is.
func isInputCoercion(ctx context.Context, e *gqlerror.Error) bool {
	if code, ok := e.Extensions["code"].(string); ok && (code == "GRAPHQL_VALIDATION_FAILED" || code == "BAD_USER_INPUT") {
		return true
	}
	var (
		pqErr     *pq.Error
		sqliteErr *sqlite.Error
	)
	if errors.As(e, &pqErr) || errors.As(e, &sqliteErr) {
		return false
	}
	return len(e.Path) > len(graphql.GetPath(ctx)) || strings.Contains(e.Message, " / ")
}

// reason strips ent's prefix from a validator's message.
func reason(err error) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "ent:") {
		return after
	}
	return msg
}

func constraintMessage(err *ent.ConstraintError) (zh, en string) {
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "unique") || strings.Contains(msg, "duplicate"):
		return "已存在相同编码或名称的记录", "a record with the same unique value already exists"
	case strings.Contains(msg, "foreign key"):
		return "引用的记录不存在", "a referenced record does not exist"
	default:
		return "数据不满足约束条件", "the data violates a constraint"
	}
}

var (
	sqliteUnique   = regexp.MustCompile(`UNIQUE constraint failed: (\w+)\.(\w+)`)
	postgresUnique = regexp.MustCompile(`unique constraint "(\w+)_key"`)
)

// uniqueField names the input field of a unique-constraint violation (as the
// GraphQL input spells it), so that a form can mark it.
func uniqueField(msg string) string {
	column := ""
	if m := sqliteUnique.FindStringSubmatch(msg); m != nil {
		column = m[2]
	} else if m := postgresUnique.FindStringSubmatch(msg); m != nil {
		for _, t := range migrate.Tables {
			if rest, ok := strings.CutPrefix(m[1], t.Name+"_"); ok {
				column = rest
				break
			}
		}
	}
	parts := strings.Split(column, "_")
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}
