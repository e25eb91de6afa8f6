package live

import (
	"context"
	"fmt"
	"sync"

	"jixiao/internal/domain/fail"
)

// CodeTooManySubscriptions refuses a subscription over the limits (extensions.code).
const CodeTooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS"

// Default limits: a viewer keeps a few pages open (cockpit, comparison, in
// a few tabs); the server holds one goroutine and one connection per stream.
const (
	DefaultPerViewer = 8
	DefaultTotal     = 500
)

// Limits bound the open subscriptions; zero fields take the defaults
// (JIXIAO_SUBSCRIPTIONS_PER_VIEWER, JIXIAO_SUBSCRIPTIONS).
type Limits struct {
	PerViewer int
	Total     int
}

func (l Limits) withDefaults() Limits {
	if l.PerViewer <= 0 {
		l.PerViewer = DefaultPerViewer
	}
	if l.Total <= 0 {
		l.Total = DefaultTotal
	}
	return l
}

// Slots counts the open streams, per viewer and in all.
type Slots struct {
	limits Limits
	mu     sync.Mutex
	open   map[int]int
	total  int
}

// NewSlots holds the open streams of one server.
func NewSlots(l Limits) *Slots {
	return &Slots{limits: l.withDefaults(), open: map[int]int{}}
}

// Acquire takes a slot for the viewer's new stream, or refuses with
// TOO_MANY_SUBSCRIPTIONS; release gives it back (once, whatever the calls).
func (s *Slots) Acquire(viewer int) (release func(), err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.open[viewer] >= s.limits.PerViewer {
		return nil, &fail.Error{Code: CodeTooManySubscriptions, Field: "dataChanged",
			ZH: fmt.Sprintf("订阅过多：每位用户最多同时打开 %d 个，请关闭不用的页面", s.limits.PerViewer),
			EN: fmt.Sprintf("too many subscriptions: at most %d open at once per user; close the pages not in use", s.limits.PerViewer)}
	}
	if s.total >= s.limits.Total {
		return nil, &fail.Error{Code: CodeTooManySubscriptions, Field: "dataChanged",
			ZH: fmt.Sprintf("服务器的订阅已满（%d 个），请稍后再试", s.limits.Total),
			EN: fmt.Sprintf("the server holds its most subscriptions (%d); try again later", s.limits.Total)}
	}
	s.open[viewer]++
	s.total++
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			if s.open[viewer]--; s.open[viewer] == 0 {
				delete(s.open, viewer)
			}
			s.total--
		})
	}, nil
}

// Open tells how many streams are open, the viewer's and in all.
func (s *Slots) Open(viewer int) (mine, total int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.open[viewer], s.total
}

type slotsKey struct{}

// WithSlots makes the server's slots reach the subscription resolvers.
func WithSlots(ctx context.Context, s *Slots) context.Context {
	return context.WithValue(ctx, slotsKey{}, s)
}

// SlotsFrom gives the slots of the request, nil if there are none (no limit).
func SlotsFrom(ctx context.Context) *Slots {
	s, _ := ctx.Value(slotsKey{}).(*Slots)
	return s
}
