package money

import (
	"fmt"
	"regexp"

	"github.com/shopspring/decimal"
)

// Scales of the two exact number types: Money keeps fen, Decimal keeps what a
// PostgreSQL numeric(20,4) column keeps (SQLite stores the text as given).
const (
	MoneyScale       = 2
	DecimalScale     = 4
	MaxIntegerDigits = 16 // what numeric(20,4) holds; 10^18 fen fits int64
)

// canonical is the only accepted text of a number: an optional leading minus,
// digits, and optionally a point followed by digits. No spaces, plus signs,
// exponents, thousands separators or a bare point.
var canonical = regexp.MustCompile(`^-?([0-9]+)(?:\.([0-9]+))?$`)

// ParseDecimal reads a number in canonical form with at most scale decimals
// and MaxIntegerDigits integer digits. It refuses rather than rounds, so the
// value stored is the value sent, on every database.
func ParseDecimal(s string, scale int) (decimal.Decimal, error) {
	return parse(s, scale, "数值", "decimal number")
}

// Parse reads yuan in canonical form ("1234.5", "-3"; not "1,234.50").
func Parse(s string) (Money, error) {
	d, err := parse(s, MoneyScale, "金额", "amount")
	if err != nil {
		return 0, err
	}
	return FromDecimal(d)
}

func parse(s string, scale int, zh, en string) (decimal.Decimal, error) {
	m := canonical.FindStringSubmatch(s)
	if m == nil {
		return decimal.Decimal{}, fmt.Errorf("%s格式不正确，应形如 \"1234.50\"（不含空格、千分位、正号或指数）/ not a %s in the form \"1234.50\" (no spaces, thousands separators, plus sign or exponent): %q", zh, en, clip(s))
	}
	if len(trimZeros(m[1])) > MaxIntegerDigits {
		return decimal.Decimal{}, fmt.Errorf("%s超出范围（整数部分最多 %d 位）/ %s out of range (at most %d integer digits): %q", zh, MaxIntegerDigits, en, MaxIntegerDigits, clip(s))
	}
	if len(m[2]) > scale {
		return decimal.Decimal{}, fmt.Errorf("%s最多保留%s位小数 / a %s has at most %d decimals: %q", zh, digitsZH[scale], en, scale, clip(s))
	}
	return decimal.NewFromString(s)
}

var digitsZH = map[int]string{2: "两", 4: "四"}

func trimZeros(digits string) string {
	for len(digits) > 1 && digits[0] == '0' {
		digits = digits[1:]
	}
	return digits
}

// clip keeps an echoed input short.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
