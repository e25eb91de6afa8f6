package scalars

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"jixiao/internal/domain/beijing"
)

// MarshalTime writes a time as RFC 3339 in UTC ("2026-11-30T15:59:59Z").
func MarshalTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(time.RFC3339Nano)))
	})
}

// zoneless are the forms accepted without an offset; they are read as
// Beijing time, the time every user of the product lives in.
var zoneless = []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05", "2006-01-02"}

// UnmarshalTime reads RFC 3339 with any offset ("…+08:00", "…Z"), or a
// zoneless time taken as Asia/Shanghai, and returns the instant in UTC: times
// are stored in UTC whatever offset a client sends.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("时间应为字符串，如 \"2026-11-30T23:59:59+08:00\" / Time must be a string such as \"2026-11-30T23:59:59+08:00\", got %T", v)
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC(), nil
	}
	for _, layout := range zoneless {
		if t, err := time.ParseInLocation(layout, s, beijing.Location); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("时间格式不正确：%q / not a time (RFC 3339, e.g. \"2026-11-30T23:59:59+08:00\"): %q", s, s)
}
