package live

import (
	"context"
	"errors"
	"testing"
	"time"

	"jixiao/internal/platform/dataversion"
)

// idleSource is a stream whose figures never change (a watcher that learns
// nothing), so it ends only when its context does.
func idleSource(slots *Slots, viewer int, fingerprint func(context.Context) (string, error)) Source {
	return Source{Versions: &dataversion.Watcher{}, Fingerprint: fingerprint, Slots: slots, Viewer: viewer,
		Allowed: func(context.Context) bool { return true }, Poll: time.Hour}
}

func same(context.Context) (string, error) { return "f", nil }

// TestStreamHoldsSlotUntilItEnds: an open stream holds its viewer's slot;
// the next one over the limit is refused; once the stream has ended (its
// channel closed) the slot is free again, and a stream whose figures cannot
// be read takes none.
func TestStreamHoldsSlotUntilItEnds(t *testing.T) {
	slots := NewSlots(Limits{PerViewer: 1, Total: 10})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events, err := idleSource(slots, 1, same).Stream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if e := <-events; !e.Initial {
		t.Fatalf("first event: %+v", e)
	}
	if _, err := idleSource(slots, 1, same).Stream(context.Background()); err == nil {
		t.Fatal("a second stream of the viewer was opened over the limit of 1")
	}
	if mine, _ := slots.Open(1); mine != 1 {
		t.Fatalf("the refused stream holds a slot: %d open", mine)
	}

	cancel() // the page closes
	for range events {
	}
	if mine, total := slots.Open(1); mine != 0 || total != 0 {
		t.Fatalf("after the stream ended: viewer holds %d, server %d", mine, total)
	}

	broken := errors.New("figures unreadable")
	if _, err := idleSource(slots, 1, func(context.Context) (string, error) { return "", broken }).Stream(context.Background()); !errors.Is(err, broken) {
		t.Fatalf("unreadable figures: %v", err)
	}
	if mine, _ := slots.Open(1); mine != 0 {
		t.Fatalf("a stream that failed to start holds a slot: %d", mine)
	}
	again, cancelAgain := context.WithCancel(context.Background())
	defer cancelAgain()
	if _, err := idleSource(slots, 1, same).Stream(again); err != nil {
		t.Fatalf("after release: %v", err)
	}
}
