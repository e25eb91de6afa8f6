// Package answerbuf lends a query's answer a pooled buffer when nobody keeps
// the answer after it is sent, so a computed answer that is written and
// forgotten (Cache-Control: no-store) costs no new 100 KB per request.
//
// The HTTP writer lends (Lend) and gives the buffer back once the answer is
// written (Loan.Return); the executor writes the answer into the loan's buffer
// (Buffer, Written); whoever keeps the answer beyond the request (the query
// cache) says so (Keep), and the buffer is then never reused.
package answerbuf

import (
	"context"
	"sync"
)

// maxPooled: larger answers are rare, and a pool of them would hold their size.
const maxPooled = 1 << 20

var pool = sync.Pool{New: func() any { return new([]byte) }}

// Loan is one request's pooled answer buffer.
type Loan struct {
	buf  *[]byte // the pool's handle, nil until the answer is written
	kept bool
}

type loanKey struct{}

// Lend marks ctx: the answer of the operation run with it may be written into a
// pooled buffer, which loan.Return gives back.
func Lend(ctx context.Context) (context.Context, *Loan) {
	l := &Loan{}
	return context.WithValue(ctx, loanKey{}, l), l
}

// Buffer is an empty buffer of at least size bytes: the pool's when ctx holds a
// loan that has none yet, else a new one.
func Buffer(ctx context.Context, size int) []byte {
	l, _ := ctx.Value(loanKey{}).(*Loan)
	if l == nil || l.buf != nil || size > maxPooled {
		return make([]byte, 0, size)
	}
	l.buf = pool.Get().(*[]byte)
	if cap(*l.buf) < size {
		*l.buf = make([]byte, 0, size)
	}
	return (*l.buf)[:0]
}

// Written records the answer written into Buffer's buffer (grown, it may be
// another array: that one goes back).
func Written(ctx context.Context, answer []byte) {
	if l, _ := ctx.Value(loanKey{}).(*Loan); l != nil && l.buf != nil {
		*l.buf = answer[:0]
	}
}

// Keep says the answer outlives the request: its buffer is not reused.
func Keep(ctx context.Context) {
	if l, _ := ctx.Value(loanKey{}).(*Loan); l != nil {
		l.kept = true
	}
}

// Return gives the buffer back once the answer is written and nothing refers
// to it any more.
func (l *Loan) Return() {
	if l.buf == nil || l.kept {
		return
	}
	if cap(*l.buf) <= maxPooled {
		pool.Put(l.buf)
	}
	l.buf = nil
}
