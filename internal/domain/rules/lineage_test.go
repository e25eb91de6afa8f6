package rules

import "testing"

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
