package identity

import "errors"

// IsLoginRefusal tells the one answer of a refused login (errBadCredentials):
// the HTTP layer counts it against the client, as it counts requests the
// cost model refuses (httpapi/penalty.go).
func IsLoginRefusal(err error) bool { return errors.Is(err, errBadCredentials) }
