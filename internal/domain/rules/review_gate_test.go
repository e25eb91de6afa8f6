package rules

import "testing"

func TestReviewGates(t *testing.T) {
	errFail := Check{Code: CheckWeightsSum, Passed: false, Severity: SeverityError, ZH: "权重", EN: "weights"}
	warnFail := Check{Code: CheckNotBelowHistory, Passed: false, Severity: SeverityWarning, ZH: "历史", EN: "history"}
	ok := Check{Code: CheckHasOutput, Passed: true, Severity: SeverityError}
	cases := []struct {
		name         string
		checks       []Check
		ack          bool
		block, unack bool
	}{
		{"all passed", []Check{ok}, false, false, false},
		{"a failed error blocks", []Check{ok, errFail}, true, true, false},
		{"a failed warning needs acknowledgement", []Check{ok, warnFail}, false, false, true},
		{"an acknowledged warning passes", []Check{warnFail}, true, false, false},
		{"a passed warning needs nothing", []Check{{Passed: true, Severity: SeverityWarning}}, false, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := BlockingChecks(c.checks) != nil; got != c.block {
				t.Fatalf("blocking = %v, want %v", got, c.block)
			}
			if got := UnacknowledgedWarnings(c.checks, c.ack) != nil; got != c.unack {
				t.Fatalf("unacknowledged = %v, want %v", got, c.unack)
			}
		})
	}
}
