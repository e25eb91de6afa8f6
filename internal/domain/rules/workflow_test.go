package rules

import (
	"errors"
	"slices"
	"testing"
	"time"

	"jixiao/internal/domain/enums"
)

func TestCanTransition(t *testing.T) {
	const (
		admin    = enums.RoleFinanceAdmin
		reviewer = enums.RoleFinanceReviewer
		dept     = enums.RoleDepartmentUser
		agency   = enums.RoleEvaluator
		leader   = enums.RoleLeader
		public   = enums.RolePublic
	)
	for _, tc := range []struct {
		m        Machine
		from, to string
		role     enums.Role
		ok       bool
		exists   bool
	}{
		{MachineTarget, "DRAFT", "SUBMITTED", dept, true, true},
		{MachineTarget, "DRAFT", "SUBMITTED", admin, true, true},
		{MachineTarget, "DRAFT", "SUBMITTED", reviewer, false, true},
		{MachineTarget, "DRAFT", "SUBMITTED", leader, false, true},
		{MachineTarget, "SUBMITTED", "APPROVED", reviewer, true, true},
		{MachineTarget, "SUBMITTED", "APPROVED", dept, false, true},
		{MachineTarget, "SUBMITTED", "RETURNED", reviewer, true, true},
		{MachineTarget, "SUBMITTED", "RETURNED", agency, false, true},
		{MachineTarget, "RETURNED", "SUBMITTED", dept, true, true},
		{MachineTarget, "APPROVED", "ADJUSTING", dept, true, true},
		{MachineTarget, "ADJUSTING", "APPROVED", reviewer, true, true},
		{MachineTarget, "ADJUSTING", "APPROVED", dept, false, true},
		{MachineTarget, "ADJUSTING", "SUBMITTED", dept, true, true},
		{MachineTarget, "APPROVED", "SUPERSEDED", reviewer, true, true},
		{MachineTarget, "DRAFT", "APPROVED", admin, false, false},
		{MachineTarget, "APPROVED", "DRAFT", dept, false, false},
		{MachineTarget, "RETURNED", "APPROVED", reviewer, false, false},
		{MachineEvaluation, "PLANNED", "IN_PROGRESS", agency, true, true},
		{MachineEvaluation, "IN_PROGRESS", "SUBMITTED", dept, true, true},
		{MachineEvaluation, "SUBMITTED", "IN_PROGRESS", reviewer, true, true},
		{MachineEvaluation, "SUBMITTED", "IN_PROGRESS", agency, false, true},
		{MachineEvaluation, "SUBMITTED", "REVIEWED", reviewer, true, true},
		{MachineEvaluation, "SUBMITTED", "REVIEWED", dept, false, true},
		{MachineEvaluation, "REVIEWED", "PUBLISHED", reviewer, true, true},
		{MachineEvaluation, "REVIEWED", "PUBLISHED", public, false, true},
		{MachineEvaluation, "PUBLISHED", "REVIEWED", admin, false, false},
		{MachineEvaluation, "PUBLISHED", "IN_PROGRESS", reviewer, true, true},
		{MachineEvaluation, "PUBLISHED", "IN_PROGRESS", admin, true, true},
		{MachineEvaluation, "PUBLISHED", "IN_PROGRESS", dept, false, true},
		{MachineEvaluation, "PUBLISHED", "IN_PROGRESS", agency, false, true},
		{MachineEvaluation, "PLANNED", "SUBMITTED", dept, false, false},
		{MachineRectification, "OPEN", "IN_PROGRESS", dept, true, true},
		{MachineRectification, "IN_PROGRESS", "DONE", dept, true, true},
		{MachineRectification, "IN_PROGRESS", "DONE", leader, false, true},
		{MachineRectification, "DONE", "OPEN", admin, false, false},
		{"BUDGET", "A", "B", admin, false, false},
	} {
		err := CanTransition(tc.m, tc.from, tc.to, tc.role)
		if (err == nil) != tc.ok {
			t.Errorf("%s %s → %s by %s: %v, want ok=%v", tc.m, tc.from, tc.to, tc.role, err, tc.ok)
			continue
		}
		if err == nil {
			continue
		}
		var te *TransitionError
		if !errors.As(err, &te) || te.ZH == "" || te.EN == "" {
			t.Errorf("%s %s → %s: error %v is not a bilingual *TransitionError", tc.m, tc.from, tc.to, err)
			continue
		}
		if (len(te.Allowed) > 0) != tc.exists {
			t.Errorf("%s %s → %s: allowed %v, transition exists=%v", tc.m, tc.from, tc.to, te.Allowed, tc.exists)
		}
	}
}

func TestTransitionMessages(t *testing.T) {
	var te *TransitionError
	errors.As(CanTransition(MachineTarget, "SUBMITTED", "APPROVED", enums.RoleDepartmentUser), &te)
	if want := "绩效目标从“已提交”变为“已批复”只能由财政管理员、财政审核操作"; te.ZH != want {
		t.Errorf("ZH = %q, want %q", te.ZH, want)
	}
	if want := "only a finance administrator or finance reviewer may move a target from submitted to approved"; te.Message("en") != want {
		t.Errorf("EN = %q, want %q", te.EN, want)
	}
	errors.As(CanTransition(MachineEvaluation, "PUBLISHED", "PLANNED", enums.RoleFinanceAdmin), &te)
	if want := "绩效评价不能从“已公开”变为“计划”"; te.ZH != want {
		t.Errorf("ZH = %q, want %q", te.ZH, want)
	}
}

func TestNextStates(t *testing.T) {
	equalStrings(t, "reviewer on a submitted target", NextStates(MachineTarget, "SUBMITTED", enums.RoleFinanceReviewer), []string{"APPROVED", "RETURNED"})
	equalStrings(t, "department on an approved target", NextStates(MachineTarget, "APPROVED", enums.RoleDepartmentUser), []string{"ADJUSTING"})
}

func TestCheckNotSelfApproval(t *testing.T) {
	var te *TransitionError
	if err := CheckNotSelfApproval(7, 7); !errors.As(err, &te) {
		t.Errorf("self-approval allowed: %v", err)
	}
	if err := CheckNotSelfApproval(7, 8); err != nil {
		t.Error(err)
	}
}

func TestRectificationOverdue(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	deadline := time.Date(2026, 3, 31, 0, 0, 0, 0, shanghai)
	for _, tc := range []struct {
		status string
		now    time.Time
		want   bool
	}{
		{"OPEN", time.Date(2026, 3, 31, 23, 59, 59, 0, shanghai), false},
		{"OPEN", time.Date(2026, 4, 1, 0, 0, 0, 0, shanghai), true},
		{"IN_PROGRESS", time.Date(2026, 3, 31, 16, 0, 0, 0, time.UTC), true}, // 00:00 on 1 April in Shanghai
		{"IN_PROGRESS", time.Date(2026, 3, 31, 15, 59, 0, 0, time.UTC), false},
		{"DONE", time.Date(2026, 5, 1, 0, 0, 0, 0, shanghai), false},
		{"OPEN", time.Date(2026, 1, 1, 0, 0, 0, 0, shanghai), false},
	} {
		if got := RectificationOverdue(tc.status, deadline, tc.now); got != tc.want {
			t.Errorf("%s at %s: %v, want %v", tc.status, tc.now, got, tc.want)
		}
	}
}

func TestRoleNames(t *testing.T) {
	for _, r := range []enums.Role{enums.RoleFinanceAdmin, enums.RoleFinanceReviewer, enums.RoleDepartmentUser, enums.RoleEvaluator, enums.RoleLeader, enums.RolePublic} {
		if r.ZH() == "" || r.EN() == "" {
			t.Errorf("%s has no name", r)
		}
	}
}

func TestTransitionsListEveryEdgeOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, tr := range Transitions() {
		key := string(tr.Machine) + " " + tr.From + "→" + tr.To
		if seen[key] {
			t.Errorf("%s listed twice", key)
		}
		seen[key] = true
		for _, r := range tr.Roles {
			if err := CanTransition(tr.Machine, tr.From, tr.To, r); err != nil {
				t.Errorf("%s lists %s, who may not take it: %v", key, r, err)
			}
		}
		for _, r := range []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser, enums.RoleEvaluator, enums.RoleLeader, enums.RolePublic} {
			if CanTransition(tr.Machine, tr.From, tr.To, r) == nil && !slices.Contains(tr.Roles, r) {
				t.Errorf("%s omits %s, who may take it", key, r)
			}
		}
	}
	if !seen["EVALUATION PUBLISHED→IN_PROGRESS"] {
		t.Error("the reopening of a published evaluation is not listed")
	}
}

func TestTargetRevisableAndAdjustableBy(t *testing.T) {
	const (
		admin    = enums.RoleFinanceAdmin
		reviewer = enums.RoleFinanceReviewer
		dept     = enums.RoleDepartmentUser
		leader   = enums.RoleLeader
	)
	for _, tc := range []struct {
		role     enums.Role
		status   string
		underWay bool
		revise   bool
		adjust   bool
	}{
		{dept, "DRAFT", false, true, false},
		{dept, "RETURNED", false, true, false},
		{dept, "ADJUSTING", false, true, false},
		{dept, "SUBMITTED", false, false, false},
		{dept, "APPROVED", false, false, true},
		{dept, "APPROVED", true, false, false},
		{dept, "SUPERSEDED", false, false, false},
		{admin, "DRAFT", false, true, false},
		{admin, "APPROVED", false, false, true},
		{reviewer, "DRAFT", false, false, false},
		{reviewer, "ADJUSTING", false, false, false},
		{reviewer, "APPROVED", false, false, true},
		{reviewer, "APPROVED", true, false, false},
		{leader, "DRAFT", false, false, false},
		{leader, "APPROVED", false, false, false},
	} {
		if got := TargetRevisableBy(tc.role, tc.status); got != tc.revise {
			t.Errorf("TargetRevisableBy(%s, %s) = %v, want %v", tc.role, tc.status, got, tc.revise)
		}
		if got := TargetAdjustableBy(tc.role, tc.status, tc.underWay); got != tc.adjust {
			t.Errorf("TargetAdjustableBy(%s, %s, %v) = %v, want %v", tc.role, tc.status, tc.underWay, got, tc.adjust)
		}
	}
	for status, want := range map[string]bool{"ADJUSTING": true, "SUBMITTED": true, "RETURNED": true, "APPROVED": false, "SUPERSEDED": false, "DRAFT": false} {
		if got := AdjustmentUnderWay(status); got != want {
			t.Errorf("AdjustmentUnderWay(%s) = %v, want %v", status, got, want)
		}
	}
}
