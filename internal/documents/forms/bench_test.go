package forms

import (
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkWriteTargets: the 申报表 of a department with 500, 2,000 and 8,000
// indicators, as targets of 20 indicators (one sheet each) and as one target
// holding them all. Besides time and allocated bytes per export (-benchmem)
// it reports peak-heap-MB: the largest live heap seen while exporting, which
// stays flat when the export streams (make bench-documents).
func BenchmarkWriteTargets(b *testing.B) {
	for _, n := range []int{500, 2000, 8000} {
		for _, perTarget := range []int{20, n} {
			all := department(n, perTarget)
			b.Run(fmt.Sprintf("indicators=%d/perTarget=%d", n, perTarget), func(b *testing.B) {
				peak := watchHeap(b)
				for b.Loop() {
					if err := WriteTargets(io.Discard, all); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
			})
		}
	}
}

// department is n indicators in targets of perTarget each.
func department(n, perTarget int) []TargetForm {
	var all []TargetForm
	for i := 0; i*perTarget < n; i++ {
		f := sampleForm()
		f.ProjectCode = fmt.Sprintf("P-%04d", i)
		rows := f.Indicators
		f.Indicators = nil
		for j := 0; j < perTarget && i*perTarget+j < n; j++ {
			r := rows[j%len(rows)]
			r.Name = fmt.Sprintf("%s %d", r.Name, j)
			f.Indicators = append(f.Indicators, r)
		}
		all = append(all, f)
	}
	return all
}

// watchHeap samples the live heap (runtime/metrics, which does not stop the
// world) every millisecond until the benchmark ends, and returns a function
// giving the largest sample above the heap at start.
func watchHeap(b *testing.B) func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	runtime.GC()
	base := heap()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if h := heap(); h > base && h-base > peak.Load() {
					peak.Store(h - base)
				}
			}
		}
	}()
	b.Cleanup(func() { close(done) })
	return func() uint64 { return peak.Load() }
}
