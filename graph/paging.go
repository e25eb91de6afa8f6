package graph

import (
	"entgo.io/contrib/entgql"

	"jixiao/internal/domain/fail"
)

// maxCursorPosition bounds what a page jump costs the database: the row is
// found with OFFSET, which reads the rows before it. 100,000 rows are 2,000
// pages of 50, more than any list of one region holds.
const maxCursorPosition = 100_000

// checkPosition refuses a position outside 1..maxCursorPosition before any SQL.
func checkPosition(position int) error {
	if position < 1 || position > maxCursorPosition {
		return fail.BadInput("position", "位置须在 1 到 100000 之间", "position must be between 1 and 100000")
	}
	return nil
}

// cursorAt runs find once the position is known to be in range.
func cursorAt(position int, find func() (*entgql.Cursor[int], error)) (*entgql.Cursor[int], error) {
	if err := checkPosition(position); err != nil {
		return nil, err
	}
	return find()
}
