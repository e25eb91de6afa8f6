package analytics

import (
	"fmt"
	"io"
	"slices"

	"jixiao/internal/domain/enums"
)

// The GraphQL enums of the analytics API are string types with their values
// listed here; gqlgen binds them through MarshalGQL and UnmarshalGQL.

func marshalEnum[T ~string](w io.Writer, v T) { enums.MarshalName(w, v) }

func unmarshalEnum[T ~string](dst *T, v any, name string, values []T) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%s 应为字符串 / %s must be a string", name, name)
	}
	if !slices.Contains(values, T(s)) {
		return fmt.Errorf("%s 取值无效 / %q is not a valid %s", name, s, name)
	}
	*dst = T(s)
	return nil
}
