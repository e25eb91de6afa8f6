package httpapi

import (
	"strings"
	"testing"

	"jixiao/internal/testdb"
)

// decimalInputs is the Decimal half of the input table (moneyInputs is the
// Money half): canonical texts within four decimals are stored exactly and
// read back canonical; anything else is refused before any SQL. "" = refused.
var decimalInputs = []struct{ in, stored string }{
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
	results := map[string][]string{}
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		var got []string
		for _, c := range decimalInputs {
			out := a.do(`mutation($p: ID!, $n: Decimal) { recordAssessment(input: {conclusion: SUPPORT, necessity: $n, projectID: $p}) { id } }`,
				map[string]any{"p": ids["project"], "n": c.in})
			answer := ""
			if len(out.Errors) == 0 {
				var data struct{ RecordAssessment struct{ ID string } }
				a.decode(out, &data)
				// Read back from the database, not the mutation's echo.
				var read struct{ Node struct{ Necessity string } }
				a.ok(`query($id: ID!) { node(id: $id) { ... on Assessment { necessity } } }`, map[string]any{"id": data.RecordAssessment.ID}, &read)
				answer = read.Node.Necessity
			} else if code := out.Errors[0].Extensions["code"]; code != "BAD_USER_INPUT" {
				t.Errorf("%q: code %v (%s); want BAD_USER_INPUT", c.in, code, out.Errors[0].Message)
			}
			if answer != c.stored {
				t.Errorf("%q: stored %q; want %q", c.in, answer, c.stored)
			}
			got = append(got, answer)
		}
		results[t.Name()] = got
	})
	var first []string
	for _, r := range results {
		if first != nil && strings.Join(r, "|") != strings.Join(first, "|") {
			t.Fatalf("the databases disagree: %v vs %v", first, r)
		}
		first = r
	}
}
