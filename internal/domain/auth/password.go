package auth

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/crypto/bcrypt"

	"jixiao/internal/domain/fail"
)

// PasswordCost is bcrypt's work factor for new hashes.
const PasswordCost = 12

// PasswordPolicy is the password rule of 等保 2.0: length, character classes,
// not the user name, not one of the last passwords.
type PasswordPolicy struct {
	MinLength  int // characters, not bytes
	MaxLength  int // bcrypt reads at most 72 bytes
	MinClasses int // of lower case, upper case, digits, symbols
	History    int // how many previous passwords may not be reused
}

// DefaultPasswordPolicy: 8 to 64 characters of at least 3 classes, not the
// user name, none of the last 5.
var DefaultPasswordPolicy = PasswordPolicy{MinLength: 8, MaxLength: 64, MinClasses: 3, History: 5}

// Check returns a bilingual BAD_USER_INPUT error naming field when password
// breaks the policy. previous holds the hashes of earlier passwords, newest first.
func (p PasswordPolicy) Check(field, password, username string, previous []string) error {
	var lower, upper, digit, symbol bool
	n := 0
	for _, r := range password {
		n++
		switch {
		case unicode.IsControl(r):
			return fail.BadInput(field, "口令不能包含控制字符", "the password cannot contain control characters")
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsDigit(r):
			digit = true
		default:
			symbol = true
		}
	}
	classes := 0
	for _, has := range []bool{lower, upper, digit, symbol} {
		if has {
			classes++
		}
	}
	if n < p.MinLength || classes < p.MinClasses {
		return fail.BadInput(field,
			fmt.Sprintf("口令至少 %d 位，且包含小写字母、大写字母、数字、符号中的至少 %d 类", p.MinLength, p.MinClasses),
			fmt.Sprintf("the password needs at least %d characters from at least %d of: lower case, upper case, digits, symbols", p.MinLength, p.MinClasses))
	}
	if n > p.MaxLength || len(password) > 72 {
		return fail.BadInput(field, fmt.Sprintf("口令最多 %d 位", p.MaxLength), fmt.Sprintf("the password has at most %d characters", p.MaxLength))
	}
	if username != "" && strings.Contains(strings.ToLower(password), strings.ToLower(username)) {
		return fail.BadInput(field, "口令不能包含用户名", "the password cannot contain the user name")
	}
	for i, h := range previous {
		if i >= p.History {
			break
		}
		if PasswordMatches(h, password) {
			return fail.BadInput(field, fmt.Sprintf("不能使用最近 %d 次用过的口令", p.History),
				fmt.Sprintf("the password cannot be one of the last %d", p.History))
		}
	}
	return nil
}

// CheckPolicy checks a password with the default policy, without name or history.
func CheckPolicy(password string) error {
	return DefaultPasswordPolicy.Check("password", password, "", nil)
}

// HashPassword hashes a password that passed the policy.
func HashPassword(password string) (string, error) {
	if err := CheckPolicy(password); err != nil {
		return "", err
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), PasswordCost)
	return string(h), err
}

// PasswordMatches compares in constant time.
func PasswordMatches(hash, password string) bool {
	return hash != "" && bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}
