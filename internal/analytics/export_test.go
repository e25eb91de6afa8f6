package analytics

// Exported for the external tests, which need the databases.
var (
	AverageScoreKey   = averageScoreKey
	AverageHundredths = averageHundredths
	// WithoutRegionRollups: the cockpit adds up departments, not regions.
	WithoutRegionRollups = withoutRegionRollups
)
