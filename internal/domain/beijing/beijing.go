// Package beijing is the time zone the books are kept in: payment months,
// deadlines, time progress and the day a cached answer belongs to are read
// in Asia/Shanghai, whatever the server's own zone.
package beijing

import "time"

// Location is Asia/Shanghai (UTC+8 all year; the fixed zone stands in where
// the time-zone database is missing — the server embeds it, tests may not).
var Location = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return loc
}()
