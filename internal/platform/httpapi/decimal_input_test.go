package httpapi

import "testing"

// decimalInputs is the Decimal half of the input table (moneyInputs is the
// Money half): canonical texts within four decimals are stored exactly and
// read back canonical; anything else is refused before any SQL. "" = refused.
var decimalInputs = []inputCase{
	{"18.5", "18.5"},
	{"0.1234", "0.1234"},
	{"0", "0"},
	{"9999999999999999.9999", "9999999999999999.9999"}, // a float would read back 10000000000000000
	{"0.123456789", ""}, // more digits than stored: refused, not rounded
	{"1e30", ""},
	{"1E2", ""},
	{"1,5", ""},
	{" 1", ""},
	{"+3", ""},
	{"10000000000000000", ""},
	{"", ""},
}

// TestDecimalInputTableOnBothDatabases: the same Decimal inputs give the same
// answers on PostgreSQL and SQLite (an assessment's necessity score).
func TestDecimalInputTableOnBothDatabases(t *testing.T) {
	sameAnswersOnBothDatabases(t, decimalInputs, func(a *api) sender {
		ids := chain(a)
		return func(_ int, in string) (gqlResponse, func() string) {
			out := a.do(`mutation($p: ID!, $n: Decimal) { recordAssessment(input: {conclusion: SUPPORT, necessity: $n, projectID: $p}) { id } }`,
				map[string]any{"p": ids["project"], "n": in})
			return out, func() string {
				var data struct{ RecordAssessment struct{ ID string } }
				a.decode(out, &data)
				// Read back from the database, not the mutation's echo.
				var read struct{ Node struct{ Necessity string } }
				a.ok(`query($id: ID!) { node(id: $id) { ... on Assessment { necessity } } }`, map[string]any{"id": data.RecordAssessment.ID}, &read)
				return read.Node.Necessity
			}
		}
	})
}
