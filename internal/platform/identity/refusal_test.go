package identity

import (
	"fmt"
	"testing"

	"jixiao/internal/domain/fail"
)

func TestIsLoginRefusal(t *testing.T) {
	same := &fail.Error{Code: errBadCredentials.Code, ZH: errBadCredentials.ZH, EN: errBadCredentials.EN}
	for err, want := range map[error]bool{
		errBadCredentials:                          true,
		fmt.Errorf("login: %w", errBadCredentials): true,
		same: false, // another UNAUTHENTICATED (no session) is no login refusal
		nil:  false,
	} {
		if got := IsLoginRefusal(err); got != want {
			t.Errorf("IsLoginRefusal(%v) = %v, want %v", err, got, want)
		}
	}
}
