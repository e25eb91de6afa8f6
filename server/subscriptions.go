package main

import (
	"fmt"
	"strconv"

	"jixiao/internal/platform/live"
)

// subscriptionLimits reads JIXIAO_SUBSCRIPTIONS_PER_VIEWER and
// JIXIAO_SUBSCRIPTIONS: positive whole numbers, empty for the defaults.
func subscriptionLimits(perViewer, total string) (live.Limits, error) {
	var l live.Limits
	for _, v := range []struct {
		name, value string
		into        *int
	}{{"JIXIAO_SUBSCRIPTIONS_PER_VIEWER", perViewer, &l.PerViewer}, {"JIXIAO_SUBSCRIPTIONS", total, &l.Total}} {
		if v.value == "" {
			continue
		}
		n, err := strconv.Atoi(v.value)
		if err != nil || n < 1 {
			return live.Limits{}, fmt.Errorf("%s must be a whole number of at least 1, not %q", v.name, v.value)
		}
		*v.into = n
	}
	return l, nil
}
