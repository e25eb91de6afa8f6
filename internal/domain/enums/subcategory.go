package enums

// Category is the level-1 category a level-2 category belongs to.
func (s Subcategory) Category() IndicatorCategory {
	switch s {
	case SubcategoryQuantity, SubcategoryQuality, SubcategoryTimeliness, SubcategoryOutputCost:
		return IndicatorCategoryOutput
	case SubcategoryEconomicBenefit, SubcategorySocialBenefit, SubcategoryEcologicalBenefit, SubcategorySustainability:
		return IndicatorCategoryEffect
	case SubcategoryServiceSatisfaction:
		return IndicatorCategorySatisfaction
	default:
		return IndicatorCategoryCost
	}
}
