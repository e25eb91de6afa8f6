package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jixiao/internal/platform/answerbuf"
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
	// Written here and not kept (the query cache says when it keeps it), the
	// answer's buffer is reused by the next request.
	ctx, loan := answerbuf.Lend(ctx)
	responses, ctx := e.GraphExecutor.DispatchOperation(ctx, oc)
	answered := false
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		// Only the first, whole answer; a streamed or deferred one goes the usual way.
		if answered || resp == nil || resp.Label != "" || resp.Path != nil || resp.HasNext != nil {
			return resp
		}
		answered = true
		// The answer's data is written as it stands, not copied into a
		// second buffer first (a drill-down's 100 KB).
		if err := writeResponse(e.w.ResponseWriter, resp); err != nil {
			return resp // json.Marshal reports it as it always did
		}
		e.w.written = true
		loan.Return()
		return writtenAlready
	}, ctx
}

// appendResponse is writeResponse into a slice.
func appendResponse(out []byte, resp *graphql.Response) ([]byte, error) {
	b := bytes.NewBuffer(out)
	if err := writeResponse(b, resp); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeResponse writes resp as json.Marshal(resp) would: errors, data,
// extensions (label, path and hasNext are empty here). It fails, writing
// nothing, only when the errors or extensions cannot be marshalled.
func writeResponse(w io.Writer, resp *graphql.Response) error {
	head := append(make([]byte, 0, 64), '{')
	if len(resp.Errors) > 0 {
		errs, err := json.Marshal(gqlerror.List(resp.Errors))
		if err != nil {
			return err
		}
		head = append(head, `"errors":`...)
		head = append(head, errs...)
		head = append(head, ',')
	}
	head = append(head, `"data":`...)
	tail := []byte("}")
	if len(resp.Extensions) > 0 {
		ext, err := json.Marshal(resp.Extensions)
		if err != nil {
			return err
		}
		tail = append(append([]byte(`,"extensions":`), ext...), '}')
	}
	// A failed write (the client gone) is not reported: the answer is
	// given, as when it was written at once.
	if resp.Data == nil {
		head = append(head, "null"...)
		_, _ = w.Write(append(head, tail...))
		return nil
	}
	if _, err := w.Write(head); err != nil {
		return nil
	}
	if err := writeHTMLEscaped(w, resp.Data); err != nil {
		return nil
	}
	_, _ = w.Write(tail)
	return nil
}

// The escapes of encoding/json for <, >, & and the line and paragraph
// separators (U+2028, U+2029).
var (
	escLess      = []byte(`\u003c`)
	escGreater   = []byte(`\u003e`)
	escAmpersand = []byte(`\u0026`)
	escLineSep   = []byte(`\u2028`)
	escParaSep   = []byte(`\u2029`)
)

// writeHTMLEscaped writes the JSON text src with <, >, & and the line and
// paragraph separators (U+2028, U+2029) escaped as encoding/json does. Those
// only occur inside strings in JSON text, so they are replaced wherever they
// are; the text between them is written as it stands.
func writeHTMLEscaped(w io.Writer, src []byte) error {
	last := 0
	for i := 0; i < len(src); i++ {
		var esc []byte
		switch c := src[i]; {
		case c == '<':
			esc = escLess
		case c == '>':
			esc = escGreater
		case c == '&':
			esc = escAmpersand
		case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
			esc = escLineSep
			if src[i+2] == 0xA9 {
				esc = escParaSep
			}
		default:
			continue
		}
		if _, err := w.Write(src[last:i]); err != nil {
			return err
		}
		if _, err := w.Write(esc); err != nil {
			return err
		}
		if esc[2] == '2' { // a separator: three bytes replaced
			i += 2
		}
		last = i + 1
	}
	_, err := w.Write(src[last:])
	return err
}
