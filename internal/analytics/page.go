package analytics

import (
	"fmt"

	"jixiao/ent"
	"jixiao/internal/domain/fail"
)

// Aggregates are ordered by computed values, so their connections page by
// position: a cursor carries the position of its row in the ordering.

// page is the window of one connection request.
type page struct{ offset, limit int }

const (
	defaultPage = 100
	maxPage     = 10000
)

func pageOf(first *int, after *ent.Cursor) (page, error) {
	p := page{limit: defaultPage}
	if first != nil {
		if *first < 0 || *first > maxPage {
			return p, badInput("first", fmt.Sprintf("first 应在 0–%d 之间", maxPage), fmt.Sprintf("first must be between 0 and %d", maxPage))
		}
		p.limit = *first
	}
	if after != nil {
		if after.ID < 0 {
			return p, badInput("after", "游标无效", "invalid cursor")
		}
		p.offset = after.ID + 1
	}
	return p, nil
}

// cursor is the cursor of the row at position i.
func cursor(i int) ent.Cursor { return ent.Cursor{ID: i} }

// pageInfo describes a page of n rows out of total.
func (p page) info(n, total int) ent.PageInfo {
	info := ent.PageInfo{HasNextPage: p.offset+n < total, HasPreviousPage: p.offset > 0}
	if n > 0 {
		start, end := cursor(p.offset), cursor(p.offset+n-1)
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

func badInput(field, zh, en string) error { return fail.BadInput(field, zh, en) }

// DepartmentStatsCursorAt is the cursor of row position (from 1) of
// departmentStats: its cursors are row numbers, whatever the filter and order.
func DepartmentStatsCursorAt(position int) ent.Cursor { return cursor(position - 1) }
