package httpapi

import (
	"context"
	"errors"
	"log/slog"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/lib/pq"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"modernc.org/sqlite"

	"jixiao/ent"
	"jixiao/ent/migrate"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// presentError turns every error into what a user may see: a typed error keeps
// its bilingual message and code; ent's validation and constraint errors are
// reworded; anything else is masked behind the request id (logged in full).
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
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
		setMessage(gqlErr, ruleInput.ZH+" / "+ruleInput.EN, fail.CodeBadInput)
		gqlErr.Extensions["field"] = ruleInput.Field
	case errors.As(err, &transition):
		code := fail.CodeInvalid
		if len(transition.Allowed) > 0 {
			code = fail.CodeForbidden
		}
		noteDenial(ctx, code+": "+transition.ZH+" / "+transition.EN)
		setMessage(gqlErr, transition.ZH+" / "+transition.EN, code)
	case errors.As(err, &typed):
		if typed.Refusal() { // refused by role, ownership, state or a stale version: audited
			noteDenial(ctx, typed.Code+": "+typed.ZH+" / "+typed.EN)
		}
		setMessage(gqlErr, typed.ZH+" / "+typed.EN, typed.Code)
		if typed.Field != "" {
			gqlErr.Extensions["field"] = typed.Field
		}
	case errors.As(err, &validation):
		setMessage(gqlErr, "字段 "+validation.Name+" 的值无效 / invalid value for field "+validation.Name+": "+reason(validation.Unwrap()), fail.CodeBadInput)
		gqlErr.Extensions["field"] = validation.Name
	case errors.As(err, &constraint):
		setMessage(gqlErr, constraintMessage(constraint), fail.CodeBadInput)
		if f := uniqueField(constraint.Error()); f != "" {
			gqlErr.Extensions["field"] = f
		}
	case errors.Is(err, privacy.Deny):
		noteDenial(ctx, err.Error())
		setMessage(gqlErr, denialMessage(err), fail.CodeForbidden)
	case errors.As(err, &notFound):
		setMessage(gqlErr, "记录不存在 / record not found", fail.CodeNotFound)
	case errors.As(err, &already) && already.Rule != "":
		// A parser or validation error of gqlparser: already user-facing.
	case errors.As(err, &already) && already.Extensions["code"] == errcode.ParseFailed:
		// A syntax error in the query text: user-facing too.
	case errors.As(err, &already) && isInputCoercion(ctx, already):
		setMessage(gqlErr, gqlErr.Message, fail.CodeBadInput)
	default:
		id := requestID(ctx)
		slog.ErrorContext(ctx, "request failed", "request_id", id, "error", err)
		setMessage(gqlErr, "内部错误，请联系管理员并提供请求号 "+id+" / internal error; quote request id "+id, "INTERNAL")
		gqlErr.Extensions["requestId"] = id
	}
	return gqlErr
}

// denialMessage keeps the policy's own bilingual reason, without ent's prefix.
func denialMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.Contains(msg[i:], "/") {
		return msg[i+2:]
	}
	return "无权访问 / access denied"
}

func setMessage(e *gqlerror.Error, msg, code string) {
	e.Message = msg
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
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

func constraintMessage(err *ent.ConstraintError) string {
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "unique") || strings.Contains(msg, "duplicate"):
		return "已存在相同编码或名称的记录 / a record with the same unique value already exists"
	case strings.Contains(msg, "foreign key"):
		return "引用的记录不存在 / a referenced record does not exist"
	default:
		return "数据不满足约束条件 / the data violates a constraint"
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
