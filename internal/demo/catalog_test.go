package demo

import (
	"testing"

	"jixiao/internal/domain/enums"
)

// The catalog's project kinds declare output, effect and satisfaction
// indicators of the right categories, and every profile exists.
func TestCatalogKinds(t *testing.T) {
	for name, kinds := range profiles {
		for _, k := range kinds {
			if len(k.out) == 0 || len(k.eff) == 0 {
				t.Errorf("%s/%s: needs output and effect indicators", name, k.name)
			}
			for _, c := range k.out {
				if cat := tpl(c).category(); cat != enums.IndicatorCategoryOutput && cat != enums.IndicatorCategoryCost {
					t.Errorf("%s/%s: output indicator %s is %s", name, k.name, c, cat)
				}
			}
			for _, c := range k.eff {
				if cat := tpl(c).category(); cat != enums.IndicatorCategoryEffect {
					t.Errorf("%s/%s: effect indicator %s is %s", name, k.name, c, cat)
				}
			}
			if k.sat != "" && tpl(k.sat).category() != enums.IndicatorCategorySatisfaction {
				t.Errorf("%s/%s: satisfaction indicator %s is %s", name, k.name, k.sat, tpl(k.sat).category())
			}
			if k.public && k.sat == "" {
				t.Errorf("%s/%s: a public-service kind needs a satisfaction indicator", name, k.name)
			}
			if k.lo <= 0 || k.hi < k.lo {
				t.Errorf("%s/%s: bad budget range", name, k.name)
			}
		}
	}
	for _, s := range deptSpecs {
		profileKinds(s.profile)
		for _, sub := range s.subs {
			if _, ok := profiles[sub.profile]; !ok {
				t.Errorf("%s: unknown profile %s", sub.name, sub.profile)
			}
		}
	}
	for _, tp := range templates {
		if tp.qualitative() != (tp.text != "") {
			t.Errorf("%s: qualitative indicators (only) have a target text", tp.code)
		}
		if !tp.qualitative() && (tp.unit == "" || tp.hi < tp.lo) {
			t.Errorf("%s: quantitative indicators need a unit and a range", tp.code)
		}
	}
}
