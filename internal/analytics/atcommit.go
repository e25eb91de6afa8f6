package analytics

import (
	"context"
	"slices"
	"sync"

	"entgo.io/ent"

	gen "jixiao/ent"
)

// What a refresh leaves for its transaction's commit: the years to re-rank
// and the chart cells to move. Doing them at commit — after the data
// version's bump, whose row every committing writer takes first — keeps the
// few hot rows they write (a year's rank lock, the chart's cells) out of the
// transaction's body, where writers would take them in any order.

// atCommit does the work when the mutation's transaction commits, or at once
// when the mutation runs outside one (d is then the transaction inTx opened
// for it, which takes no version row).
func atCommit(ctx context.Context, m ent.Mutation, d db, years []int, moves map[yearCell]int) error {
	tx, err := m.(interface{ Tx() (*gen.Tx, error) }).Tx()
	if err != nil {
		if err := moveCells(ctx, d, moves); err != nil {
			return err
		}
		return rerank(ctx, d, years)
	}
	years = slices.Clone(years)
	// Every write registers its own hook (each mutation sees its own *Tx);
	// the cell moves add up, and each year is re-ranked once per commit.
	tx.OnCommit(func(next gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			todo, first := committing.claim(tx, years)
			if first {
				defer committing.forget(tx)
			}
			err := moveCells(ctx, tx.Client(), moves)
			if err == nil {
				err = rerank(ctx, tx.Client(), todo)
			}
			if err != nil {
				_ = tx.Rollback() // the commit fails: do not leave the transaction open
				return err
			}
			return next.Commit(ctx, tx)
		})
	})
	return nil
}

// committing remembers, per transaction being committed, the years already
// re-ranked, so that a transaction of many evaluation writes re-ranks each
// year once.
var committing = &rankedInCommit{done: map[*gen.Tx]map[int]bool{}}

type rankedInCommit struct {
	sync.Mutex
	done map[*gen.Tx]map[int]bool
}

// claim returns the years not yet re-ranked in tx's commit and marks them;
// first tells that this call began the commit's record.
func (c *rankedInCommit) claim(tx *gen.Tx, years []int) (todo []int, first bool) {
	c.Lock()
	defer c.Unlock()
	done, ok := c.done[tx]
	if !ok {
		done = map[int]bool{}
		c.done[tx] = done
	}
	for _, y := range years {
		if !done[y] {
			done[y] = true
			todo = append(todo, y)
		}
	}
	return todo, !ok
}

func (c *rankedInCommit) forget(tx *gen.Tx) {
	c.Lock()
	defer c.Unlock()
	delete(c.done, tx)
}
