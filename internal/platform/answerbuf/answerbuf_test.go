package answerbuf

import (
	"bytes"
	"context"
	"testing"
)

// write is what the executor and the HTTP writer do with one request's answer.
func write(ctx context.Context, text string, keep bool) []byte {
	ctx, loan := Lend(ctx)
	b := append(Buffer(ctx, len(text)), text...)
	Written(ctx, b)
	if keep {
		Keep(ctx)
	}
	loan.Return()
	return b
}

// A kept answer is never handed to a later request; answers that are not
// kept go back to the pool and come out again empty.
func TestKeptAnswersAreNotReused(t *testing.T) {
	kept := write(context.Background(), "the cached answer", true)
	for range 1000 {
		if b := Buffer(context.Background(), 8); len(b) != 0 || cap(b) < 8 {
			t.Fatalf("Buffer without a loan: len %d cap %d", len(b), cap(b))
		}
		ctx, loan := Lend(context.Background())
		if b := Buffer(ctx, 4); len(b) != 0 || cap(b) < 4 {
			t.Fatalf("a lent buffer: len %d cap %d", len(b), cap(b))
		}
		Written(ctx, append(Buffer(ctx, 4)[:0], "overwritten!!!!!!"...)) // a second Buffer is not the pool's
		loan.Return()
		write(context.Background(), "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", false)
	}
	if string(kept) != "the cached answer" {
		t.Fatalf("a kept answer was reused: %q", kept)
	}
}

// An answer larger than maxPooled is not pooled (it would hold its size).
func TestLargeAnswersAreNotPooled(t *testing.T) {
	ctx, loan := Lend(context.Background())
	b := Buffer(ctx, maxPooled+1)
	if loan.buf != nil || cap(b) < maxPooled+1 {
		t.Fatalf("a large answer took the pool's buffer (cap %d)", cap(b))
	}
	loan.Return()
	big := bytes.Repeat([]byte("x"), maxPooled+1)
	ctx, loan = Lend(context.Background())
	Written(ctx, append(Buffer(ctx, 10), big...)) // grown past the limit
	loan.Return()
	if loan.buf != nil {
		t.Fatal("the loan still holds its buffer after Return")
	}
}
