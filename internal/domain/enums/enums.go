// Package enums holds the enumerations shared by several entities and by the
// GraphQL API (one GraphQL enum each), so that e.g. Indicator.comparator and
// IndicatorTemplate.comparator are one type. Labels carry the Chinese and
// English names users see.
package enums

//go:generate go run gen.go

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Label is the Chinese and English name of an enum value.
type Label struct{ ZH, EN string }

// enum is implemented by every type of this package.
type enum interface {
	~string
	Labels() map[string]Label
}

func values[T enum](order []T) []string {
	out := make([]string, len(order))
	for i, v := range order {
		out[i] = string(v)
	}
	return out
}

func marshal[T ~string](w io.Writer, v T) { MarshalName(w, v) }

// MarshalName writes an enum value as a JSON string. A value is a GraphQL
// name ([_A-Za-z][_0-9A-Za-z]*), which needs no escaping, so it is written as
// it stands: strconv.Quote's copy was an allocation for every enum of an
// answer (a drill-down's indicators have three). Anything else (a bad value
// read from the database) is quoted as before.
func MarshalName[T ~string](w io.Writer, v T) {
	s := string(v)
	if !isName(s) {
		_, _ = io.WriteString(w, strconv.Quote(s))
		return
	}
	_, _ = io.WriteString(w, `"`)
	_, _ = io.WriteString(w, s)
	_, _ = io.WriteString(w, `"`)
}

func isName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '_' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return s != ""
}

func unmarshal[T enum](dst *T, v any, name string, order []T) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%s 应为字符串 / %s must be a string", name, name)
	}
	if !slices.Contains(order, T(s)) {
		return fmt.Errorf("%s 取值无效 / %q is not a valid %s (one of %v)", name, s, name, order)
	}
	*dst = T(s)
	return nil
}
