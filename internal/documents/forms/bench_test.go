package forms

import (
	"fmt"
	"io"
	"testing"
)

// BenchmarkWriteTargets: a department's 2,000 indicators, as one target and as
// 100 targets of 20 (go test -bench WriteTargets -benchmem ./internal/documents/forms).
func BenchmarkWriteTargets(b *testing.B) {
	for _, shape := range []struct{ targets, indicators int }{{1, 2000}, {100, 20}} {
		all := make([]TargetForm, shape.targets)
		for i := range all {
			f := sampleForm()
			f.ProjectCode = fmt.Sprintf("P-%03d", i)
			rows := f.Indicators
			f.Indicators = nil
			for j := range shape.indicators {
				r := rows[j%len(rows)]
				r.Name = fmt.Sprintf("%s %d", r.Name, j)
				f.Indicators = append(f.Indicators, r)
			}
			all[i] = f
		}
		b.Run(fmt.Sprintf("%dx%d", shape.targets, shape.indicators), func(b *testing.B) {
			for b.Loop() {
				if err := WriteTargets(io.Discard, all); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
