package auth

import (
	"unicode"

	"golang.org/x/crypto/bcrypt"

	"jixiao/internal/domain/fail"
)

// PasswordCost is bcrypt's work factor for new hashes.
const PasswordCost = 12

// CheckPolicy enforces the password policy: at least 8 characters, of at
// least 3 of the classes lower case, upper case, digit, symbol.
func CheckPolicy(password string) error {
	var lower, upper, digit, symbol bool
	n := 0
	for _, r := range password {
		n++
		switch {
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
	if n < 8 || classes < 3 {
		return fail.BadInput("password",
			"口令至少 8 位，且包含小写字母、大写字母、数字、符号中的至少 3 类",
			"the password needs at least 8 characters from at least 3 of: lower case, upper case, digits, symbols")
	}
	return nil
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
