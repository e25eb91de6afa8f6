package demo

import (
	"github.com/shopspring/decimal"

	"jixiao/internal/domain/rules"
)

// periodSchemeCode is the demo's published evaluation scheme: the project
// key-evaluation framework scored twice, mid-year 50 % and year-end 50 %.
const periodSchemeCode = "PERIOD-5050"

// periodSchemeDef is the scheme: 年中 and 年末 each carry the 决策 15, 过程
// 20, 产出 35, 效益 30 framework on 100 points, weighted 50/50.
func periodSchemeDef() rules.SchemeDef {
	half := decimal.NewFromFloat(0.5)
	key := rules.KeyEvaluationTemplate()
	return rules.DefOf(rules.Item{Name: "项目支出年中/年末综合评价", Method: rules.MethodComposite, Points: decimal.NewFromInt(100),
		Children: []rules.Item{
			{Name: "年中评价", Method: rules.MethodComposite, Points: decimal.NewFromInt(100), Share: &half, Children: key.Children},
			{Name: "年末评价", Method: rules.MethodComposite, Points: decimal.NewFromInt(100), Share: &half, Children: key.Children},
		}})
}

// evaluationScheme writes the scheme's version 1; third-party evaluations are
// made from it (thirdPartyScheme), which freezes it as published.
func (g *gen) evaluationScheme() {
	g.schemeID = g.id(tSchemes)
	t := at(2023, 12, 10, 9, 0)
	g.cur.add(tSchemes, int64(g.schemeID), t, t, int64(0), periodSchemeCode, int64(1), "项目支出年中/年末综合评价（各 50%）", "PROJECT",
		"第三方机构对项目开展年中、年末两次评价，按“决策 15、过程 20、产出 35、效益 30”框架各计 100 分，综合得分 = 年中 × 50% + 年末 × 50%。",
		jsonText(periodSchemeDef()))
}
