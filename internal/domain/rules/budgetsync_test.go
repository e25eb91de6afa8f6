package rules

import (
	"errors"
	"testing"
)

func TestBudgetSyncMessages(t *testing.T) {
	for _, tc := range []struct {
		name      string
		requested *int64
		allocated int64
		passed    bool
		severity  Severity
		zh        string
	}{
		{"no request", nil, 1_000_000, false, SeverityWarning, "未填写申请金额，无法与预算（已安排 10000.00 元）同步核对"},
		{"over-allocated", fen(100_000), 100_001, false, SeverityError, "已安排预算 1000.01 元超过申请金额 1000.00 元：绩效目标须随预算同步调整"},
		{"under-allocated", fen(100_000), 99_999, false, SeverityWarning, "已安排预算 999.99 元低于申请金额 1000.00 元"},
		{"matching", fen(100_000), 100_000, true, SeverityError, "申请金额与已安排预算一致（1000.00 元）"},
		{"not yet allocated", fen(100_000), 0, true, SeverityError, "申请金额 1000.00 元，尚未安排预算"},
		{"zero requested, zero allocated", fen(0), 0, true, SeverityError, "申请金额 0.00 元，尚未安排预算"},
	} {
		c := budgetSync(ReviewInput{RequestedFen: tc.requested, BudgetFen: tc.allocated})
		if c.Code != CheckBudgetSync || c.Passed != tc.passed || c.Severity != tc.severity || c.ZH != tc.zh || c.EN == "" {
			t.Errorf("%s: %+v", tc.name, c)
		}
	}
}

func TestProjectBudgetFen(t *testing.T) {
	for _, tc := range []struct {
		requested *int64
		allocated int64
		want      int64
	}{
		{nil, 7, 7}, {fen(9), 7, 9}, {fen(5), 7, 7}, {fen(0), 0, 0},
	} {
		if got := ProjectBudgetFen(tc.requested, tc.allocated); got != tc.want {
			t.Errorf("ProjectBudgetFen(%v, %d) = %d, want %d", tc.requested, tc.allocated, got, tc.want)
		}
	}
}

func TestApprovedAmount(t *testing.T) {
	for _, tc := range []struct {
		name      string
		requested *int64
		allocated int64
		given     *int64
		want      *int64 // nil with wantErr false = nothing recorded
		wantErr   bool
	}{
		{"defaults to the request", fen(500), 100, nil, fen(500), false},
		{"no request: what is allocated", nil, 100, nil, fen(100), false},
		{"nothing at all", nil, 0, nil, nil, false},
		{"reviewer cuts the request", fen(500), 100, fen(300), fen(300), false},
		{"at the request", fen(500), 100, fen(500), fen(500), false},
		{"above the request", fen(500), 100, fen(501), nil, true},
		{"at the allocations", fen(500), 100, fen(100), fen(100), false},
		{"below the allocations", fen(500), 100, fen(99), nil, true},
		{"negative", nil, 0, fen(-1), nil, true},
		{"no request, given", nil, 0, fen(800), fen(800), false},
	} {
		got, err := ApprovedAmount(tc.requested, tc.allocated, tc.given)
		var in *InputError
		if tc.wantErr {
			if !errors.As(err, &in) || in.Field != "approvedAmount" || in.ZH == "" || in.EN == "" {
				t.Errorf("%s: error %v, want an input error on approvedAmount", tc.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
