package rules

import (
	"fmt"
	"strings"
)

// InputError is bad input to a rule: the field at fault and what is wrong, in
// Chinese and English. Resolvers map it to BAD_USER_INPUT (errors.As).
type InputError struct {
	Field string // the input field, e.g. "levelScore" or "scheme/产出/培训人次.points"
	ZH    string
	EN    string
}

func (e *InputError) Error() string { return e.ZH + " / " + e.EN }

// Message is the message in lang: English for "en…", Chinese otherwise.
func (e *InputError) Message(lang string) string { return pick(lang, e.ZH, e.EN) }

// inputError builds an InputError; zh and en are formats sharing args.
func inputError(field, zh, en string, args ...any) *InputError {
	return &InputError{Field: field, ZH: fmt.Sprintf(zh, args...), EN: fmt.Sprintf(en, args...)}
}

// isEnglish reads a language tag or Accept-Language value: "en", "en-US", …
func isEnglish(lang string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(lang)), "en")
}

func pick(lang, zh, en string) string {
	if isEnglish(lang) {
		return en
	}
	return zh
}
