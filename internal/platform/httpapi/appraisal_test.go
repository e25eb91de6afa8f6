package httpapi

import (
	"testing"

	"jixiao/internal/testdb"
)

// TestAppraisalPureQueries: the panel aggregate and the composite answer
// without a login, exactly; shares not adding up to 100 are BAD_USER_INPUT.
func TestAppraisalPureQueries(t *testing.T) {
	a := newAPI(t, testdb.SQLiteURL(t))
	a.token = ""
	var out struct{ Three, Seven, Half, Mixed string }
	a.ok(`{
		three: aggregateExpertScores(scores: ["8", "8.01", "8.01"])
		seven: aggregateExpertScores(scores: ["2", "7", "7.5", "8", "8.5", "9", "10"])
		half: compositeScore(parts: [{score: "80", share: "50"}, {score: "91", share: "50"}])
		mixed: compositeScore(parts: [{score: "90", share: "60"}, {score: "80", share: "30"}, {score: "70", share: "10"}])
	}`, nil, &out)
	if out.Three != "8.01" || out.Seven != "8" || out.Half != "85.5" || out.Mixed != "85" {
		t.Errorf("answers: %+v", out)
	}
	for _, q := range []string{
		`{ compositeScore(parts: [{score: "80", share: "50"}, {score: "80", share: "49.99"}]) }`,
		`{ aggregateExpertScores(scores: []) }`,
	} {
		bad := a.do(q, nil)
		if len(bad.Errors) == 0 || bad.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Errorf("%s: %+v", q, bad.Errors)
		}
	}
}
