package httpapi

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// directWrite wraps one of gqlgen's HTTP transports (POST, GET) so that an
// executed operation's answer is written as it stands. gqlgen's transports
// write json.Marshal(response), which walks the already-written answer a
// second time (encoding/json validates and compacts every json.RawMessage):
// 6 % of a drill-down's CPU and a second copy of its 100 KB answer. The
// bytes written are the same as json.Marshal's (the same field order, and
// the same escaping of <, >, &, U+2028 and U+2029 as json.Marshal applies);
// a test compares them. Everything else (reading the request, headers,
// status codes, refusals) stays the wrapped transport's.
type directWrite struct {
	graphql.Transport
}

func (t directWrite) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	dw := &discardAfter{ResponseWriter: w}
	t.Transport.Do(dw, r, directExecutor{GraphExecutor: exec, w: dw})
}

// discardAfter drops what the transport writes once the answer has been
// written directly (the transport then writes a placeholder of a few bytes).
type discardAfter struct {
	http.ResponseWriter
	written bool
}

func (d *discardAfter) Write(b []byte) (int, error) {
	if d.written {
		return len(b), nil
	}
	return d.ResponseWriter.Write(b)
}

func (d *discardAfter) Unwrap() http.ResponseWriter { return d.ResponseWriter }

type directExecutor struct {
	graphql.GraphExecutor
	w *discardAfter
}

var writtenAlready = &graphql.Response{}

func (e directExecutor) DispatchOperation(ctx context.Context, oc *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	responses, ctx := e.GraphExecutor.DispatchOperation(ctx, oc)
	answered := false
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		// Only the first, whole answer; a streamed or deferred one goes the usual way.
		if answered || resp == nil || resp.Label != "" || resp.Path != nil || resp.HasNext != nil {
			return resp
		}
		answered = true
		out, err := appendResponse(make([]byte, 0, len(resp.Data)+64), resp)
		if err != nil {
			return resp // json.Marshal reports it as it always did
		}
		e.w.ResponseWriter.Write(out)
		e.w.written = true
		return writtenAlready
	}, ctx
}

// appendResponse writes resp as json.Marshal(resp) would: errors, data,
// extensions (label, path and hasNext are empty here).
func appendResponse(out []byte, resp *graphql.Response) ([]byte, error) {
	out = append(out, '{')
	if len(resp.Errors) > 0 {
		errs, err := json.Marshal(gqlerror.List(resp.Errors))
		if err != nil {
			return nil, err
		}
		out = append(out, `"errors":`...)
		out = append(out, errs...)
		out = append(out, ',')
	}
	out = append(out, `"data":`...)
	if resp.Data == nil {
		out = append(out, "null"...)
	} else {
		out = appendHTMLEscaped(out, resp.Data)
	}
	if len(resp.Extensions) > 0 {
		ext, err := json.Marshal(resp.Extensions)
		if err != nil {
			return nil, err
		}
		out = append(out, `,"extensions":`...)
		out = append(out, ext...)
	}
	return append(out, '}'), nil
}

// appendHTMLEscaped appends the JSON text src with <, >, & and the line and
// paragraph separators (U+2028, U+2029) escaped as encoding/json does. Those
// only occur inside strings in JSON text, so they are replaced wherever they are.
func appendHTMLEscaped(out, src []byte) []byte {
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '<' || c == '>' || c == '&':
			out = append(out, src[last:i]...)
			out = append(out, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			last = i + 1
		case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
			out = append(out, src[last:i]...)
			out = append(out, '\\', 'u', '2', '0', '2', hex[src[i+2]&0xF])
			i += 2
			last = i + 1
		}
	}
	return append(out, src[last:]...)
}
