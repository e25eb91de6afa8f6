package rules

import (
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// Indicator lineage (issue 11 §8): an adjustment copies a target's indicators
// into a new version; each copy names the indicator it revises (previous) and
// the first version's indicator (lineage), so that progress recorded on an
// old version follows the indicator to the new one.

// LineageOf is the lineage of an indicator with this id and stored lineage:
// the stored one, or the indicator itself when it is a first version.
func LineageOf(id int, lineage *int) int {
	if lineage != nil {
		return *lineage
	}
	return id
}

// IndicatorKey identifies an indicator inside one target version: its
// level-1 and level-2 categories and its name (trimmed), which a revision of
// an adjusted target keeps for the same indicator.
type IndicatorKey struct{ Category, Subcategory, Name string }

// KeyOfIndicator builds the key of an indicator.
func KeyOfIndicator(category, subcategory, name string) IndicatorKey {
	return IndicatorKey{category, subcategory, strings.TrimSpace(name)}
}

// IndicatorLink is what a revised indicator keeps of the one it revises.
type IndicatorLink struct{ Previous, Lineage int }

// VersionActual is what one version of an indicator recorded as its actual
// (完成值) and which version it revises.
type VersionActual struct {
	Previous *int
	Value    *decimal.Decimal
	Level    *enums.QualitativeLevel
}

// Recorded says whether the version carries an actual value or level.
func (v VersionActual) Recorded() bool { return v.Value != nil || v.Level != nil }

// NearestActual is the actual a self-evaluation uses for an indicator that
// recorded none itself: the one recorded on the nearest earlier version of it,
// walking previous links through versions (by id). ok is false when no
// earlier version recorded one (or the chain leaves the versions given).
func NearestActual(previous *int, versions map[int]VersionActual) (VersionActual, bool) {
	for steps := 0; previous != nil && steps <= len(versions); steps++ {
		v, known := versions[*previous]
		if !known {
			return VersionActual{}, false
		}
		if v.Recorded() {
			return v, true
		}
		previous = v.Previous
	}
	return VersionActual{}, false
}
