package rules

import "fmt"

// ProjectEvent is a workflow event that moves a project through its life
// (储备 → 已批复 → 执行中 → 已完成, or 暂缓 / 终止). Nobody sets a project's
// status directly: the status follows from these events.
type ProjectEvent string

// Project events.
const (
	// ProjectTargetApproved: finance approved the project's target; with a
	// budget already arranged the project starts (→ IN_PROGRESS), else it
	// waits for its budget as APPROVED (已批复).
	ProjectTargetApproved ProjectEvent = "TARGET_APPROVED"
	// ProjectBudgetArranged: an allocation was recorded; an approved project
	// starts (→ IN_PROGRESS). A reserve project waits for its target.
	ProjectBudgetArranged ProjectEvent = "BUDGET_ARRANGED"
	// ProjectSuspended: finance accepted a 暂缓 (SUSPEND) recommendation.
	ProjectSuspended ProjectEvent = "SUSPENDED"
	// ProjectStopped: finance accepted a 终止 (STOP) recommendation.
	ProjectStopped ProjectEvent = "STOPPED"
	// ProjectResumed: finance lets a suspended project continue.
	ProjectResumed ProjectEvent = "RESUMED"
	// ProjectCompleted: the project is finished (已完成).
	ProjectCompleted ProjectEvent = "COMPLETED"
)

// Project statuses (the ent values).
const (
	ProjectReserve    = "RESERVE"
	ProjectApproved   = "APPROVED"
	ProjectInProgress = "IN_PROGRESS"
	ProjectDone       = "COMPLETED"
	ProjectSuspend    = "SUSPENDED"
	ProjectStop       = "STOPPED"
)

// projectMoves: for each event, the status it leads to from each status it
// applies to. An event that does not apply to a status is refused, except
// the approval events, which leave a running, suspended, stopped or finished
// project as it is (re-approving an adjusted target resumes nothing).
var projectMoves = map[ProjectEvent]map[string]string{
	ProjectTargetApproved: {ProjectReserve: ProjectApproved},
	ProjectBudgetArranged: {ProjectApproved: ProjectInProgress},
	ProjectSuspended:      {ProjectApproved: ProjectSuspend, ProjectInProgress: ProjectSuspend},
	ProjectStopped:        {ProjectApproved: ProjectStop, ProjectInProgress: ProjectStop, ProjectSuspend: ProjectStop},
	ProjectResumed:        {ProjectSuspend: ProjectInProgress},
	ProjectCompleted:      {ProjectInProgress: ProjectDone},
}

// ProjectNext is the status a project in status moves to on event; hasBudget
// tells whether the project has an allocation (a target approved for a
// project with its budget starts it at once: 三同步).
func ProjectNext(status string, event ProjectEvent, hasBudget bool) (string, error) {
	if event == ProjectTargetApproved && hasBudget && (status == ProjectReserve || status == ProjectApproved) {
		return ProjectInProgress, nil
	}
	if next, ok := projectMoves[event][status]; ok {
		return next, nil
	}
	if event == ProjectTargetApproved || event == ProjectBudgetArranged {
		return status, nil
	}
	zh, en := stateName(MachineProject, status)
	return "", &TransitionError{Machine: MachineProject, From: status,
		ZH: fmt.Sprintf("项目处于“%s”状态，不能%s", zh, projectEventZH[event]),
		EN: fmt.Sprintf("a %s project cannot be %s", en, projectEventEN[event])}
}

var (
	projectEventZH = map[ProjectEvent]string{ProjectSuspended: "暂缓", ProjectStopped: "终止", ProjectResumed: "恢复执行", ProjectCompleted: "完成"}
	projectEventEN = map[ProjectEvent]string{ProjectSuspended: "suspended", ProjectStopped: "stopped", ProjectResumed: "resumed", ProjectCompleted: "completed"}
)

// ProjectMove tells whether a status change is one some event makes: the
// data layer refuses any other (nobody edits a project's status).
func ProjectMove(from, to string) bool {
	if from == to {
		return true
	}
	if (from == ProjectReserve || from == ProjectApproved) && to == ProjectInProgress {
		return true
	}
	for _, moves := range projectMoves {
		if moves[from] == to {
			return true
		}
	}
	return false
}

// ProjectAcceptsMoney refuses new allocations and payments for a suspended
// (暂缓) or stopped (终止) project.
func ProjectAcceptsMoney(status string) error {
	if status == ProjectSuspend || status == ProjectStop {
		zh, en := stateName(MachineProject, status)
		return &TransitionError{Machine: MachineProject, From: status,
			ZH: fmt.Sprintf("项目已%s，不能再安排预算或拨付资金", zh),
			EN: fmt.Sprintf("the project is %s: no new allocation or payment", en)}
	}
	return nil
}
