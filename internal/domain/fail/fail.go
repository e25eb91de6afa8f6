// Package fail holds the typed errors that users see: each has a stable code
// for programs and a message in Chinese and English for people.
package fail

import "fmt"

// Codes sent to clients in extensions.code.
const (
	CodeBadInput  = "BAD_USER_INPUT"
	CodeNotFound  = "NOT_FOUND"
	CodeConflict  = "CONFLICT"
	CodeForbidden = "FORBIDDEN" // a permission refused to a known viewer
	// CodeUnauthenticated: no credential, or an expired, revoked or unknown one.
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeInvalid         = "INVALID_TRANSITION"
)

// Error is a user-facing error.
type Error struct {
	Code  string // one of the Code constants
	Field string // the input field at fault, if any
	ZH    string
	EN    string
}

func (e *Error) Error() string { return e.ZH + " / " + e.EN }

// BadInput is an error in what the user sent.
func BadInput(field, zh, en string) *Error {
	return &Error{Code: CodeBadInput, Field: field, ZH: zh, EN: en}
}

// Missing says a referenced record does not exist (or is not visible).
func Missing(field, entityZH, entityEN string, id int) *Error {
	return &Error{Code: CodeBadInput, Field: field,
		ZH: fmt.Sprintf("引用的%s不存在（ID %d）", entityZH, id),
		EN: fmt.Sprintf("the referenced %s does not exist (id %d)", entityEN, id)}
}

// Conflict says someone else changed the record first.
func Conflict(entityZH, entityEN string) *Error {
	return &Error{Code: CodeConflict,
		ZH: fmt.Sprintf("%s已被他人修改，请刷新后重试", entityZH),
		EN: fmt.Sprintf("the %s was changed by someone else; reload and try again", entityEN)}
}

// Transition says a state change is not possible from the current state.
func Transition(zh, en string) *Error {
	return &Error{Code: CodeInvalid, ZH: zh, EN: en}
}

// Forbidden says the viewer may not make this change (role or ownership).
func Forbidden(field, zh, en string) *Error {
	return &Error{Code: CodeForbidden, Field: field, ZH: zh, EN: en}
}

// Frozen says the record's state does not allow the change (an approved
// target, a submitted or published evaluation): a conflict with its state.
func Frozen(zh, en string) *Error {
	return &Error{Code: CodeConflict, ZH: zh, EN: en}
}

// Refusal tells the refusals worth an audit entry (role, ownership, state,
// stale versions) from mere input mistakes.
func (e *Error) Refusal() bool {
	return e.Code == CodeForbidden || e.Code == CodeConflict || e.Code == CodeInvalid
}
