package httpapi

import (
	"strings"
	"testing"

	"jixiao/internal/testdb"
)

// inputCase is one row of an input table: the text sent and what is stored,
// or "" when it must be refused.
type inputCase struct{ in, stored string }

// sender sends the i-th input and returns the answer and, for an accepted
// input, a function reading the stored value back.
type sender func(i int, in string) (out gqlResponse, readBack func() string)

// sameAnswersOnBothDatabases sends every input through the sender prepare
// makes for each database's API, checks each row, then that PostgreSQL and
// SQLite answered alike.
func sameAnswersOnBothDatabases(t *testing.T, cases []inputCase, prepare func(a *api) sender) {
	t.Helper()
	results := map[string]string{}
	testdb.Dialects(t, func(t *testing.T, url string) {
		send := prepare(newAPI(t, url))
		var got []string
		for i, c := range cases {
			out, readBack := send(i, c.in)
			answer := ""
			if len(out.Errors) == 0 {
				answer = readBack()
			} else if code := out.Errors[0].Extensions["code"]; code != "BAD_USER_INPUT" {
				t.Errorf("%q: code %v (%s); want BAD_USER_INPUT", c.in, code, out.Errors[0].Message)
			}
			if answer != c.stored {
				t.Errorf("%q: stored %q; want %q", c.in, answer, c.stored)
			}
			got = append(got, answer)
		}
		results[t.Name()] = strings.Join(got, "|")
	})
	var first string
	for _, r := range results {
		if first != "" && r != first {
			t.Fatalf("the databases disagree: %v vs %v", first, r)
		}
		first = r
	}
}
