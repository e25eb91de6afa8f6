package rules

import "strings"

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
