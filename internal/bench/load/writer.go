package main

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// writer changes the data at a steady pace while the clients read: a
// department's headcount, set to one value and back, through the API as a
// finance administrator would.
type writer struct {
	n    atomic.Int64
	done chan struct{}
	wg   sync.WaitGroup
	err  error
}

func startWriter(cfg config) (*writer, error) {
	c := newClient(cfg.url, 1)
	if err := c.login(cfg.writer, cfg.password); err != nil {
		return nil, err
	}
	var data struct {
		Departments struct {
			Edges []struct {
				Node struct {
					ID          string
					Headcount   int
					LockVersion int
				}
			}
		}
	}
	if err := c.query(`{ departments(first: 1) { edges { node { id headcount lockVersion } } } }`, nil, &data); err != nil {
		return nil, err
	}
	if len(data.Departments.Edges) == 0 {
		return nil, errors.New("no department to write to")
	}
	dept := data.Departments.Edges[0].Node
	w := &writer{done: make(chan struct{})}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		tick := time.NewTicker(cfg.writeEvery)
		defer tick.Stop()
		for i := 1; ; i++ {
			select {
			case <-w.done:
				return
			case <-tick.C:
			}
			// each write names the version the previous one left (the only writer)
			err := c.query(`mutation($id: ID!, $l: Int!, $n: Int!) { updateDepartment(id: $id, lockVersion: $l, input: {headcount: $n}) { id } }`,
				map[string]any{"id": dept.ID, "l": dept.LockVersion + i - 1, "n": dept.Headcount + i%2}, nil)
			if err != nil {
				w.err = err
				return
			}
			w.n.Add(1)
		}
	}()
	return w, nil
}

// count is the number of writes made so far (0 without a writer).
func (w *writer) count() int64 {
	if w == nil {
		return 0
	}
	return w.n.Load()
}

// stop ends the writes and reports the first one that failed.
func (w *writer) stop() error {
	if w == nil {
		return nil
	}
	close(w.done)
	w.wg.Wait()
	return w.err
}
