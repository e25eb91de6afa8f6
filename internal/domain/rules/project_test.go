package rules

import "testing"

func TestProjectNext(t *testing.T) {
	for _, tc := range []struct {
		from      string
		event     ProjectEvent
		hasBudget bool
		want      string // "" = refused
	}{
		{ProjectReserve, ProjectTargetApproved, false, ProjectApproved},
		{ProjectReserve, ProjectTargetApproved, true, ProjectInProgress},
		{ProjectApproved, ProjectTargetApproved, true, ProjectInProgress},
		{ProjectReserve, ProjectBudgetArranged, true, ProjectReserve},
		{ProjectApproved, ProjectBudgetArranged, true, ProjectInProgress},
		{ProjectInProgress, ProjectTargetApproved, true, ProjectInProgress},
		{ProjectSuspend, ProjectTargetApproved, true, ProjectSuspend},
		{ProjectStop, ProjectBudgetArranged, true, ProjectStop},
		{ProjectDone, ProjectTargetApproved, true, ProjectDone},
		{ProjectInProgress, ProjectSuspended, true, ProjectSuspend},
		{ProjectApproved, ProjectSuspended, true, ProjectSuspend},
		{ProjectReserve, ProjectSuspended, false, ""},
		{ProjectSuspend, ProjectSuspended, true, ""},
		{ProjectInProgress, ProjectStopped, true, ProjectStop},
		{ProjectSuspend, ProjectStopped, true, ProjectStop},
		{ProjectStop, ProjectStopped, true, ""},
		{ProjectDone, ProjectStopped, true, ""},
		{ProjectSuspend, ProjectResumed, true, ProjectInProgress},
		{ProjectStop, ProjectResumed, true, ""},
		{ProjectInProgress, ProjectResumed, true, ""},
		{ProjectInProgress, ProjectCompleted, true, ProjectDone},
		{ProjectReserve, ProjectCompleted, false, ""},
		{ProjectSuspend, ProjectCompleted, true, ""},
		{ProjectDone, ProjectCompleted, true, ""},
	} {
		got, err := ProjectNext(tc.from, tc.event, tc.hasBudget)
		if tc.want == "" {
			if err == nil {
				t.Errorf("%s on %s: moved to %s, want refused", tc.event, tc.from, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s on %s (budget %v) = %q, %v; want %q", tc.event, tc.from, tc.hasBudget, got, err, tc.want)
		}
		if !ProjectMove(tc.from, got) {
			t.Errorf("ProjectMove(%s, %s) = false for a move an event makes", tc.from, got)
		}
	}
}

func TestProjectMove(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		ok       bool
	}{
		{ProjectReserve, ProjectInProgress, true},
		{ProjectStop, ProjectInProgress, false},
		{ProjectDone, ProjectInProgress, false},
		{ProjectReserve, ProjectDone, false},
		{ProjectSuspend, ProjectReserve, false},
		{ProjectInProgress, ProjectReserve, false},
	} {
		if got := ProjectMove(tc.from, tc.to); got != tc.ok {
			t.Errorf("ProjectMove(%s, %s) = %v, want %v", tc.from, tc.to, got, tc.ok)
		}
	}
}

func TestProjectAcceptsMoney(t *testing.T) {
	for status, ok := range map[string]bool{ProjectReserve: true, ProjectApproved: true, ProjectInProgress: true,
		ProjectDone: true, ProjectSuspend: false, ProjectStop: false} {
		if err := ProjectAcceptsMoney(status); (err == nil) != ok {
			t.Errorf("ProjectAcceptsMoney(%s) = %v, want ok %v", status, err, ok)
		}
	}
}
