package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"jixiao/internal/domain/enums"
)

// Machine names a status machine.
type Machine string

// Status machines and their states (the ent status values).
const (
	// MachineTarget: DRAFT → SUBMITTED → RETURNED | APPROVED; RETURNED →
	// SUBMITTED; APPROVED → ADJUSTING → APPROVED or → SUBMITTED for review.
	// An adjustment makes a new version: the caller copies the target, and the
	// version it replaces becomes SUPERSEDED.
	MachineTarget Machine = "TARGET"
	// MachineEvaluation: PLANNED → IN_PROGRESS → SUBMITTED → REVIEWED →
	// PUBLISHED; a reviewer returns SUBMITTED → IN_PROGRESS; finance reopens
	// PUBLISHED → IN_PROGRESS with a reason.
	MachineEvaluation Machine = "EVALUATION"
	// MachineRectification: OPEN → IN_PROGRESS → DONE (overdue is derived:
	// RectificationOverdue).
	MachineRectification Machine = "RECTIFICATION"
	// MachineProject: RESERVE → APPROVED → IN_PROGRESS → COMPLETED, or
	// SUSPENDED / STOPPED: moved by workflow events only (ProjectNext), never
	// by a person choosing a state, so it has no role table here.
	MachineProject Machine = "PROJECT"
)

// RevisableTargetStatuses are the statuses in which a department may still
// change its target and indicators: until it is approved, and during an
// adjustment (an approved target changes only through a new version).
var RevisableTargetStatuses = []string{"DRAFT", "RETURNED", "ADJUSTING"}

// TargetRevisable tells whether a target in status may be changed.
func TargetRevisable(status string) bool { return slices.Contains(RevisableTargetStatuses, status) }

// TargetRevisers are the roles that change a target's content: the declaring
// side (the department, and the administrator who may do everything).
var TargetRevisers = []enums.Role{enums.RoleDepartmentUser, enums.RoleFinanceAdmin}

// TargetRevisableBy tells whether role may revise a target in status now.
func TargetRevisableBy(role enums.Role, status string) bool {
	return TargetRevisable(status) && slices.Contains(TargetRevisers, role)
}

// AdjustmentStatuses are the statuses of a newer version while its
// adjustment is still under way; once it is approved the version it
// replaces is superseded.
var AdjustmentStatuses = []string{"ADJUSTING", "SUBMITTED", "RETURNED"}

// AdjustmentUnderWay tells whether a newer version in status means the
// adjustment of its predecessor is not finished.
func AdjustmentUnderWay(successorStatus string) bool {
	return slices.Contains(AdjustmentStatuses, successorStatus)
}

// TargetAdjustableBy tells whether role may start an adjustment of a target
// in status now: the transition to ADJUSTING exists for the role and no
// adjustment of it is under way.
func TargetAdjustableBy(role enums.Role, status string, underWay bool) bool {
	return !underWay && CanTransition(MachineTarget, status, "ADJUSTING", role) == nil
}

var (
	finance    = []enums.Role{enums.RoleFinanceReviewer}
	department = []enums.Role{enums.RoleDepartmentUser}
	both       = []enums.Role{enums.RoleDepartmentUser, enums.RoleFinanceReviewer}
	evaluators = []enums.Role{enums.RoleDepartmentUser, enums.RoleEvaluator, enums.RoleFinanceReviewer}
)

type edge struct{ from, to string }

// transitions lists who, besides the finance administrator, may make each
// transition.
var transitions = map[Machine]map[edge][]enums.Role{
	MachineTarget: {
		{"DRAFT", "SUBMITTED"}:      department,
		{"RETURNED", "SUBMITTED"}:   department,
		{"SUBMITTED", "RETURNED"}:   finance,
		{"SUBMITTED", "APPROVED"}:   finance,
		{"APPROVED", "ADJUSTING"}:   both,
		{"ADJUSTING", "SUBMITTED"}:  department,
		{"ADJUSTING", "APPROVED"}:   finance,
		{"APPROVED", "SUPERSEDED"}:  finance,
		{"ADJUSTING", "SUPERSEDED"}: finance,
	},
	MachineEvaluation: {
		// Self-evaluations are the department's, key evaluations finance's and
		// third-party ones the agency's; which evaluation a user may touch is
		// the data layer's privacy rules.
		{"PLANNED", "IN_PROGRESS"}:   evaluators,
		{"IN_PROGRESS", "SUBMITTED"}: evaluators,
		{"SUBMITTED", "IN_PROGRESS"}: finance,
		{"SUBMITTED", "REVIEWED"}:    finance,
		{"REVIEWED", "PUBLISHED"}:    finance,
		// A published result is never edited; finance may reopen it for a
		// correction, with a reason (Evaluations.Reopen), and it goes
		// through submission, review and publication again.
		{"PUBLISHED", "IN_PROGRESS"}: finance,
	},
	MachineRectification: {
		{"OPEN", "IN_PROGRESS"}: both,
		{"IN_PROGRESS", "DONE"}: both,
		{"OPEN", "DONE"}:        both,
	},
}

var stateNames = map[Machine]map[string][2]string{
	MachineTarget: {"DRAFT": {"草稿", "draft"}, "SUBMITTED": {"已提交", "submitted"}, "RETURNED": {"已退回", "returned"},
		"APPROVED": {"已批复", "approved"}, "ADJUSTING": {"调整中", "adjusting"}, "SUPERSEDED": {"已被新版本替代", "superseded"}},
	MachineEvaluation: {"PLANNED": {"计划", "planned"}, "IN_PROGRESS": {"进行中", "in progress"}, "SUBMITTED": {"已提交", "submitted"},
		"REVIEWED": {"已复核", "reviewed"}, "PUBLISHED": {"已公开", "published"}},
	MachineRectification: {"OPEN": {"待整改", "open"}, "IN_PROGRESS": {"整改中", "in progress"}, "DONE": {"已完成", "done"}},
	MachineProject: {"RESERVE": {"储备", "reserve"}, "APPROVED": {"已批复", "approved"}, "IN_PROGRESS": {"执行中", "in progress"},
		"COMPLETED": {"已完成", "completed"}, "SUSPENDED": {"暂缓", "suspended"}, "STOPPED": {"终止", "stopped"}},
}

var machineNames = map[Machine][2]string{
	MachineTarget: {"绩效目标", "target"}, MachineEvaluation: {"绩效评价", "evaluation"},
	MachineRectification: {"整改", "rectification"}, MachineProject: {"项目", "project"},
}

// TransitionError refuses a state change: either no such transition exists
// (Allowed is empty) or the role may not make it (Allowed lists who may).
type TransitionError struct {
	Machine  Machine
	From, To string
	Role     enums.Role
	Allowed  []enums.Role
	ZH, EN   string
}

func (e *TransitionError) Error() string { return e.ZH + " / " + e.EN }

// Message is the message in lang: English for "en…", Chinese otherwise.
func (e *TransitionError) Message(lang string) string { return pick(lang, e.ZH, e.EN) }

func stateName(m Machine, s string) (zh, en string) {
	if n, ok := stateNames[m][s]; ok {
		return n[0], n[1]
	}
	return s, s
}

// CanTransition tells whether role may move an object of machine from one
// state to another; nil when it may, else a *TransitionError. The finance
// administrator may make every transition that exists.
func CanTransition(m Machine, from, to string, role enums.Role) error {
	roles, ok := transitions[m][edge{from, to}]
	fromZH, fromEN := stateName(m, from)
	toZH, toEN := stateName(m, to)
	names := machineNames[m]
	if !ok {
		return &TransitionError{Machine: m, From: from, To: to, Role: role,
			ZH: fmt.Sprintf("%s不能从“%s”变为“%s”", names[0], fromZH, toZH),
			EN: fmt.Sprintf("a %s cannot go from %s to %s", names[1], fromEN, toEN)}
	}
	if role == enums.RoleFinanceAdmin || slices.Contains(roles, role) {
		return nil
	}
	allowed := append([]enums.Role{enums.RoleFinanceAdmin}, roles...)
	var whoZH, whoEN []string
	for _, r := range allowed {
		whoZH, whoEN = append(whoZH, r.ZH()), append(whoEN, r.EN())
	}
	return &TransitionError{Machine: m, From: from, To: to, Role: role, Allowed: allowed,
		ZH: fmt.Sprintf("%s从“%s”变为“%s”只能由%s操作", names[0], fromZH, toZH, strings.Join(whoZH, "、")),
		EN: fmt.Sprintf("only a %s may move a %s from %s to %s", strings.Join(whoEN, " or "), names[1], fromEN, toEN)}
}

// NextStates lists the states role may move an object of machine to from
// the given state, in a stable order (for the actions a UI offers).
func NextStates(m Machine, from string, role enums.Role) []string {
	var next []string
	for e := range transitions[m] {
		if e.from == from && CanTransition(m, e.from, e.to, role) == nil {
			next = append(next, e.to)
		}
	}
	slices.Sort(next)
	return next
}

// CheckNotSelfApproval enforces the separation of duties: nobody approves or
// reviews what they submitted themselves.
func CheckNotSelfApproval(submitterID, approverID int) error {
	if submitterID == approverID {
		return &TransitionError{ZH: "不能审核或批复自己提交的内容", EN: "you cannot review or approve what you submitted yourself"}
	}
	return nil
}

// RectificationOverdue tells whether a rectification is overdue at now: not
// DONE, and past the end of its deadline's calendar day (in the deadline's
// location, so pass it in the bureau's time zone).
func RectificationOverdue(status string, deadline, now time.Time) bool {
	if status == "DONE" {
		return false
	}
	y, mo, d := deadline.Date()
	return !now.Before(time.Date(y, mo, d+1, 0, 0, 0, 0, deadline.Location()))
}

// Transition is one edge of a status machine and who may take it (the
// finance administrator first: it may take every edge).
type Transition struct {
	Machine  Machine
	From, To string
	Roles    []enums.Role
}

// Transitions lists every edge of the status machines with the roles that
// may take it, in a stable order (machine, from, to): the source of the
// generated table in docs/workflow.md.
func Transitions() []Transition {
	var out []Transition
	for m, edges := range transitions {
		for e, roles := range edges {
			out = append(out, Transition{Machine: m, From: e.from, To: e.to, Roles: append([]enums.Role{enums.RoleFinanceAdmin}, roles...)})
		}
	}
	slices.SortFunc(out, func(a, b Transition) int {
		return strings.Compare(string(a.Machine)+"\x00"+a.From+"\x00"+a.To, string(b.Machine)+"\x00"+b.From+"\x00"+b.To)
	})
	return out
}
