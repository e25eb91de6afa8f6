package rules

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

// dp is a pointer to a decimal, for optional inputs.
func dp(s string) *decimal.Decimal {
	v := d(s)
	return &v
}

// defaults are the national parameters every test starts from.
var defaults = NationalDefaults()

func equalDecimal(t *testing.T, what string, got decimal.Decimal, want string) {
	t.Helper()
	if !got.Equal(d(want)) {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

// inputErrorField returns the field of an *InputError, failing otherwise.
func inputErrorField(t *testing.T, err error) string {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not an *InputError", err, err)
	}
	if ie.ZH == "" || ie.EN == "" {
		t.Errorf("error %q lacks a message in both languages", ie.Field)
	}
	return ie.Field
}

func equalStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s = %q, want %q", what, got, want)
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s = %q, want %q", what, got, want)
			return
		}
	}
}
