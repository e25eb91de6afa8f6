package main

import (
	"testing"

	"jixiao/internal/platform/live"
)

func TestSubscriptionLimitsFromEnvironment(t *testing.T) {
	for _, c := range []struct {
		perViewer, total string
		want             live.Limits
		bad              bool
	}{
		{"", "", live.Limits{}, false}, // the defaults (8, 500) are taken by the handler
		{"3", "40", live.Limits{PerViewer: 3, Total: 40}, false},
		{"0", "", live.Limits{}, true},
		{"", "many", live.Limits{}, true},
		{"-1", "10", live.Limits{}, true},
	} {
		got, err := subscriptionLimits(c.perViewer, c.total)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("(%q, %q) = %+v, %v; want %+v, error %v", c.perViewer, c.total, got, err, c.want, c.bad)
		}
	}
}
