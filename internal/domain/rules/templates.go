package rules

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Codes of the level-1 items of the default templates and of the self-evaluation
// scheme (whose category groups carry their IndicatorCategory as code).
const (
	CodeDecision     = "DECISION"       // 决策 / 部门决策
	CodeProcess      = "PROCESS"        // 过程
	CodeOutput       = "OUTPUT"         // 产出
	CodeEffect       = "EFFECT"         // 效益
	CodeManagement   = "MANAGEMENT"     // 综合管理
	CodePerformance  = "PERFORMANCE"    // 部门绩效
	CodeSatisfaction = "SATISFACTION"   // 满意度
	CodeExecution    = "EXECUTION_RATE" // 预算执行率
)

func group(code, name string, points int64, children ...Item) Item {
	return Item{Code: code, Name: name, Method: MethodComposite, Points: decimal.NewFromInt(points), Children: children}
}

func leaf(name string, method Method, points int64) Item {
	return Item{Name: name, Method: method, Points: decimal.NewFromInt(points)}
}

// KeyEvaluationTemplate is the default scheme of a finance key or third-party
// evaluation of a project (项目支出绩效评价指标体系框架, 财预〔2020〕10号):
// 决策 15, 过程 20, 产出 35, 效益 30 (output + effect 65 %). Its leaves carry
// their methods but no inputs: the evaluators fill them in before scoring.
func KeyEvaluationTemplate() Item {
	return group("", "项目支出绩效评价", 100,
		group(CodeDecision, "决策", 15,
			group("", "项目立项", 5, leaf("立项依据充分性", MethodManual, 3), leaf("立项程序规范性", MethodManual, 2)),
			group("", "绩效目标", 5, leaf("绩效目标合理性", MethodManual, 3), leaf("绩效指标明确性", MethodManual, 2)),
			group("", "资金投入", 5, leaf("预算编制科学性", MethodManual, 3), leaf("资金分配合理性", MethodManual, 2)),
		),
		group(CodeProcess, "过程", 20,
			group("", "资金管理", 12, leaf("资金到位率", MethodManual, 3), leaf("预算执行率", MethodExecutionRate, 5), leaf("资金使用合规性", MethodManual, 4)),
			group("", "组织实施", 8, leaf("管理制度健全性", MethodManual, 4), leaf("制度执行有效性", MethodManual, 4)),
		),
		group(CodeOutput, "产出", 35,
			group("", "产出数量", 10, leaf("实际完成率", MethodManual, 10)),
			group("", "产出质量", 10, leaf("质量达标率", MethodManual, 10)),
			group("", "产出时效", 8, leaf("完成及时性", MethodManual, 8)),
			group("", "产出成本", 7, leaf("成本节约率", MethodManual, 7)),
		),
		group(CodeEffect, "效益", 30,
			group("", "项目效益", 30, leaf("实施效益", MethodManual, 20), leaf("服务对象满意度", MethodSurvey, 10)),
		),
	)
}

// DepartmentWideTemplate is the default department-wide (部门整体) scheme:
// 部门决策 25, 综合管理 30 (预算执行率 8, 运行成本 5, 管理效率 5 from the
// data), 部门绩效 45 (履职效能 20 and 满意度 10 from the data, 可持续 15).
// The DATA leaves carry their metric as code; the rest carry no inputs yet.
func DepartmentWideTemplate() Item {
	return group("", "部门整体绩效评价", 100,
		group(CodeDecision, "部门决策", 25,
			leaf("绩效目标合理性", MethodManual, 8),
			leaf("绩效指标明确性", MethodManual, 7),
			leaf("预算编制科学性", MethodManual, 10),
		),
		group(CodeManagement, "综合管理", 30,
			leaf("预算执行率", MethodExecutionRate, 8),
			data(MetricRunningCost, "运行成本（人均支出）", 5),
			data(MetricManagement, "管理效率（申报、监控、整改及时性）", 5),
			leaf("资金使用合规性", MethodManual, 6),
			leaf("信息公开", MethodManual, 6),
		),
		group(CodePerformance, "部门绩效", 45,
			data(MetricDelivery, "履职效能（项目指标达成）", 20),
			leaf("可持续发展能力", MethodManual, 15),
			data(MetricSatisfaction, "服务对象满意度", 10),
		),
	)
}

func data(metric, name string, points int64) Item {
	return Item{Code: metric, Name: name, Method: MethodData, Points: decimal.NewFromInt(points)}
}

// CheckOutputEffectShare checks that the root's 产出 and 效益 items (codes
// OUTPUT and EFFECT) together hold at least KeyOutputEffectMinShare of its
// points (60 % by default), as a key or third-party scheme must.
func CheckOutputEffectShare(p Params, root Item) error {
	if root.Points.Sign() <= 0 {
		return inputError("points", "评价方案的分值须大于 0", "the scheme's points must be above 0")
	}
	sum := decimal.Zero
	for _, c := range root.Children {
		if c.Code == CodeOutput || c.Code == CodeEffect {
			sum = sum.Add(c.Points)
		}
	}
	if sum.LessThan(root.Points.Mul(p.KeyOutputEffectMinShare)) {
		share := ratio{sum, root.Points}.percent()
		return &InputError{Field: "children",
			ZH: fmt.Sprintf("产出与效益合计占 %s，低于 %s", share, sharePercent(p.KeyOutputEffectMinShare)),
			EN: fmt.Sprintf("output and effect hold %s of the points, below %s", share, sharePercent(p.KeyOutputEffectMinShare))}
	}
	return nil
}
