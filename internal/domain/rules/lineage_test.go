package rules

import (
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

func TestLineageOf(t *testing.T) {
	seven := 7
	for _, tc := range []struct {
		id      int
		lineage *int
		want    int
	}{{3, nil, 3}, {3, &seven, 7}} {
		if got := LineageOf(tc.id, tc.lineage); got != tc.want {
			t.Errorf("LineageOf(%d, %v) = %d, want %d", tc.id, tc.lineage, got, tc.want)
		}
	}
}

func TestKeyOfIndicator(t *testing.T) {
	for _, tc := range []struct {
		a, b IndicatorKey
		same bool
	}{
		{KeyOfIndicator("OUTPUT", "QUANTITY", "培训人次"), KeyOfIndicator("OUTPUT", "QUANTITY", " 培训人次 "), true},
		{KeyOfIndicator("OUTPUT", "QUANTITY", "培训人次"), KeyOfIndicator("OUTPUT", "QUALITY", "培训人次"), false},
		{KeyOfIndicator("OUTPUT", "QUANTITY", "培训人次"), KeyOfIndicator("EFFECT", "QUANTITY", "培训人次"), false},
		{KeyOfIndicator("OUTPUT", "QUANTITY", "培训人次"), KeyOfIndicator("OUTPUT", "QUANTITY", "培训人数"), false},
	} {
		if (tc.a == tc.b) != tc.same {
			t.Errorf("%v vs %v: same = %v, want %v", tc.a, tc.b, tc.a == tc.b, tc.same)
		}
	}
}

func TestNearestActual(t *testing.T) {
	id := func(i int) *int { return &i }
	ten, achieved := decimal.NewFromInt(10), enums.QualitativeLevel("ACHIEVED")
	versions := map[int]VersionActual{
		1: {Value: &ten},                  // first version: 10 recorded
		2: {Previous: id(1)},              // second: nothing recorded
		3: {Previous: id(2)},              // third: nothing recorded
		4: {Level: &achieved},             // another lineage, qualitative
		5: {Previous: id(4)},              //
		6: {Previous: id(99)},             // links out of what was read
		7: {Previous: id(8)},              // a (corrupt) cycle ends
		8: {Previous: id(7)},              //
		9: {Previous: id(1), Value: &ten}, // recorded itself (not asked for)
	}
	for _, tc := range []struct {
		name     string
		previous *int
		want     *VersionActual
	}{
		{"first version has none before it", nil, nil},
		{"one version back", id(1), &VersionActual{Value: &ten}},
		{"two versions back", id(3), &VersionActual{Value: &ten}},
		{"qualitative level", id(5), &VersionActual{Level: &achieved}},
		{"unknown version", id(6), nil},
		{"cycle", id(7), nil},
	} {
		got, ok := NearestActual(tc.previous, versions)
		if ok != (tc.want != nil) {
			t.Errorf("%s: ok = %v", tc.name, ok)
			continue
		}
		if ok && (got.Value != tc.want.Value || got.Level != tc.want.Level) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, *tc.want)
		}
	}
}
