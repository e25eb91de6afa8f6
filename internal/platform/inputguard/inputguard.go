// Package inputguard is the data layer's last word on text and dates: one ent
// hook, registered on every client (internal/app), refuses control characters
// and over-long text in any string field and dates outside a plausible range,
// whichever path the write came by (GraphQL, Excel import, workflow).
package inputguard

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"entgo.io/ent"

	"jixiao/internal/domain/fail"
)

// Limits of the guard. Schema validators (MaxLen) are stricter where set.
type Limits struct {
	MaxText          int       // characters of any string field
	Earliest, Latest time.Time // plausible dates (inclusive)
}

// DefaultLimits: 20,000 characters; dates from 2000 to the end of 2100, the
// fiscal years the schema accepts.
var DefaultLimits = Limits{
	MaxText:  20_000,
	Earliest: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
	Latest:   time.Date(2100, 12, 31, 23, 59, 59, 0, time.UTC),
}

// skipped: the audit trail records what was sent, already cleaned by audit.Record.
var skipped = map[string]bool{"AuditEntry": true}

// Hook checks every string and time field a mutation sets.
func Hook(l Limits) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !skipped[m.Type()] {
				for _, name := range m.Fields() {
					v, _ := m.Field(name)
					if err := l.check(name, v); err != nil {
						return nil, err
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

func (l Limits) check(name string, v any) error {
	switch x := v.(type) {
	case string:
		return l.Text(FieldName(name), x)
	case *string:
		if x != nil {
			return l.Text(FieldName(name), *x)
		}
	case []string:
		for _, s := range x {
			if err := l.Text(FieldName(name), s); err != nil {
				return err
			}
		}
	case time.Time:
		return l.Date(FieldName(name), x)
	case *time.Time:
		if x != nil {
			return l.Date(FieldName(name), *x)
		}
	}
	return nil
}

// Text refuses invalid UTF-8, control characters other than tab and line
// breaks, and more than MaxText characters.
func (l Limits) Text(field, s string) error {
	if !utf8.ValidString(s) {
		return fail.BadInput(field, "文本不是有效的 UTF-8", "the text is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(s); n > l.MaxText {
		return fail.BadInput(field, fmt.Sprintf("文本过长：%d 字，最多 %d 字", n, l.MaxText),
			fmt.Sprintf("the text is too long: %d characters, at most %d", n, l.MaxText))
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' }); i >= 0 {
		return fail.BadInput(field, fmt.Sprintf("文本含控制字符（U+%04X）", []rune(s[i:])[0]),
			fmt.Sprintf("the text contains a control character (U+%04X)", []rune(s[i:])[0]))
	}
	return nil
}

// Date refuses a date outside [Earliest, Latest].
func (l Limits) Date(field string, t time.Time) error {
	if t.Before(l.Earliest) || t.After(l.Latest) {
		return fail.BadInput(field,
			fmt.Sprintf("日期须在 %s 至 %s 之间", l.Earliest.Format("2006-01-02"), l.Latest.Format("2006-01-02")),
			fmt.Sprintf("the date must be between %s and %s", l.Earliest.Format("2006-01-02"), l.Latest.Format("2006-01-02")))
	}
	return nil
}

// FieldName is the GraphQL input path of an ent field: paid_on → input.paidOn.
func FieldName(name string) string {
	parts := strings.Split(name, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "id" {
			parts[i] = "ID"
		} else if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return "input." + strings.Join(parts, "")
}
