// Package schematype holds the Go types of JSON columns. It is its own package
// so that the generated ent code can import it without importing the schema.
package schematype

// HistoricalValue is one department's value of a library indicator in one year,
// used to suggest target values.
type HistoricalValue struct {
	Year       int    `json:"year"`
	Department string `json:"department"`
	Value      string `json:"value"`
}
