package rules

import (
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

func manual(name string, points, given string) Item {
	return Item{Name: name, Method: MethodManual, Points: d(points), Manual: dp(given)}
}

func composite(name, points string, children ...Item) Item {
	return Item{Name: name, Method: MethodComposite, Points: d(points), Children: children}
}

func shared(share string, it Item) Item {
	it.Share = dp(share)
	return it
}

func veto(triggered bool, reason string) Item {
	return Item{Name: "一票否决", Method: MethodVeto, Veto: &Veto{Triggered: triggered, Reason: reason}}
}

func bonus(adjustments ...Adjustment) Item {
	return Item{Name: "加减分", Method: MethodBonusPenalty, Adjustments: adjustments}
}

func TestScoreScheme(t *testing.T) {
	third := Indicator{Comparator: enums.ComparatorGt, Target: dp("3"), Actual: dp("1")}
	bands := []SurveyBand{{d("0.6"), d("0.6")}, {d("0.9"), d("1")}, {d("0.8"), d("0.8")}}
	for _, tc := range []struct {
		name   string
		root   Item
		total  string
		total1 string // normalised to 100
		grade  enums.Grade
		vetoed bool
	}{
		{"components 60 + 30 + 10", composite("考核", "100",
			manual("指标考核", "60", "54"),
			Item{Name: "公众评议", Method: MethodSurvey, Points: d("30"), Survey: &Survey{Rate: d("0.9")}},
			manual("领导评价", "10", "8")),
			"89", "89", enums.GradeGood, false},
		{"total is the sum of rounded items", composite("方案", "10",
			Item{Name: "a", Method: MethodIndicator, Points: d("5"), Indicator: &third},
			Item{Name: "b", Method: MethodIndicator, Points: d("5"), Indicator: &third}),
			"3.34", "33.4", enums.GradePoor, false}, // 1.67 + 1.67, not round(3.333…)
		{"three levels", composite("方案", "100",
			composite("决策", "40", composite("立项", "40", manual("依据", "20", "18.5"), manual("程序", "20", "20"))),
			manual("产出", "60", "41.25")),
			"79.75", "79.75", enums.GradeFair, false},
		{"periods 50 % / 50 %", composite("年度考核", "100",
			shared("0.5", manual("半年", "100", "80")),
			shared("0.5", manual("年终", "100", "91"))),
			"85.5", "85.5", enums.GradeGood, false},
		{"periods on different scales", composite("年度考核", "100",
			shared("0.5", manual("半年", "50", "40")),
			shared("0.5", manual("年终", "100", "90"))),
			"85", "85", enums.GradeGood, false},
		{"components by share 60/30/10", composite("考核", "100",
			shared("0.6", manual("指标", "100", "90")),
			shared("0.3", manual("公众", "100", "80")),
			shared("0.1", manual("领导", "100", "70"))),
			"85", "85", enums.GradeGood, false},
		{"shares round once", composite("考核", "10",
			shared("0.5", manual("a", "3", "1")),
			shared("0.5", manual("b", "3", "1"))),
			"3.33", "33.3", enums.GradePoor, false}, // 10 × (1/6 + 1/6)
		{"1000-point scale", composite("千分制", "1000", manual("a", "600", "540"), manual("b", "400", "360")),
			"900", "90", enums.GradeExcellent, false},
		{"1000-point scale just below", composite("千分制", "1000", manual("a", "600", "540"), manual("b", "400", "359.9")),
			"899.9", "89.99", enums.GradeGood, false},
		{"veto at the root", composite("考核", "100", manual("a", "100", "95"), veto(true, "发生重大安全事故")),
			"0", "0", enums.GradePoor, true},
		{"veto not triggered", composite("考核", "100", manual("a", "100", "95"), veto(false, "")),
			"95", "95", enums.GradeExcellent, false},
		{"veto with no input", composite("考核", "100", manual("a", "100", "95"), Item{Name: "否决", Method: MethodVeto}),
			"95", "95", enums.GradeExcellent, false},
		{"veto inside an item", composite("考核", "100",
			composite("安全", "40", manual("检查", "40", "30"), veto(true, "瞒报")),
			manual("其他", "60", "50")),
			"50", "50", enums.GradePoor, false},
		{"bonus and penalty", composite("考核", "100", manual("a", "100", "85"),
			bonus(Adjustment{d("3"), "获国家级表彰"}, Adjustment{d("-1"), "被通报批评"})),
			"87", "87", enums.GradeGood, false},
		{"bonus capped at the points", composite("考核", "100", manual("a", "100", "99"), bonus(Adjustment{d("3"), "获奖"})),
			"100", "100", enums.GradeExcellent, false},
		{"penalty floored at 0", composite("考核", "100", manual("a", "100", "2"), bonus(Adjustment{d("-5"), "问责"})),
			"0", "0", enums.GradePoor, false},
		{"veto beats a bonus", composite("考核", "100", manual("a", "100", "85"), bonus(Adjustment{d("5"), "获奖"}), veto(true, "违纪")),
			"0", "0", enums.GradePoor, true},
		{"deduction", composite("考核", "10", Item{Name: "扣分", Method: MethodDeduction, Points: d("10"), Deduction: &Deduction{3, d("2")}}),
			"4", "40", enums.GradePoor, false},
		{"deduction floored at 0", composite("考核", "10", Item{Name: "扣分", Method: MethodDeduction, Points: d("10"), Deduction: &Deduction{6, d("2")}}),
			"0", "0", enums.GradePoor, false},
		{"no deduction", composite("考核", "10", Item{Name: "扣分", Method: MethodDeduction, Points: d("10"), Deduction: &Deduction{0, d("2")}}),
			"10", "100", enums.GradeExcellent, false},
		{"survey proportional", Item{Name: "满意度", Method: MethodSurvey, Points: d("10"), Survey: &Survey{Rate: d("0.925")}},
			"9.25", "92.5", enums.GradeExcellent, false},
		{"survey top band", Item{Name: "满意度", Method: MethodSurvey, Points: d("10"), Survey: &Survey{Rate: d("0.92"), Bands: bands}},
			"10", "100", enums.GradeExcellent, false},
		{"survey middle band", Item{Name: "满意度", Method: MethodSurvey, Points: d("10"), Survey: &Survey{Rate: d("0.85"), Bands: bands}},
			"8", "80", enums.GradeGood, false},
		{"survey band edge", Item{Name: "满意度", Method: MethodSurvey, Points: d("10"), Survey: &Survey{Rate: d("0.6"), Bands: bands}},
			"6", "60", enums.GradeFair, false},
		{"survey below every band", Item{Name: "满意度", Method: MethodSurvey, Points: d("10"), Survey: &Survey{Rate: d("0.59"), Bands: bands}},
			"0", "0", enums.GradePoor, false},
		{"execution item", composite("过程", "10", Item{Name: "预算执行率", Method: MethodExecutionRate, Points: d("10"), Execution: &Execution{d("85"), d("100")}}),
			"8.5", "85", enums.GradeGood, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ScoreScheme(defaults, tc.root)
			if err != nil {
				t.Fatal(err)
			}
			equalDecimal(t, "total", r.Total, tc.total)
			equalDecimal(t, "total out of 100", r.Total100, tc.total1)
			if r.Grade != tc.grade || r.Vetoed != tc.vetoed {
				t.Errorf("grade %s vetoed %v, want %s %v", r.Grade, r.Vetoed, tc.grade, tc.vetoed)
			}
			if r.Root.Explanation.ZH == "" || r.Root.Explanation.RuleSetVersion != "国家默认 v1" {
				t.Errorf("root explanation %+v", r.Root.Explanation)
			}
		})
	}
}

func TestScoreSchemeTree(t *testing.T) {
	r, err := ScoreScheme(defaults, composite("考核", "100",
		composite("安全", "40", manual("检查", "40", "30"), veto(true, "瞒报")),
		manual("其他", "60", "50"),
		bonus(Adjustment{d("2.5"), "创新"})))
	if err != nil {
		t.Fatal(err)
	}
	safety := r.Root.Children[0]
	if !safety.Vetoed || !safety.Score.IsZero() || safety.Explanation.Rule != "VETOED" {
		t.Errorf("vetoed item = %+v", safety)
	}
	equalStrings(t, "veto flags", safety.Children[1].Flags, []string{FlagVetoTriggered})
	equalDecimal(t, "checked item keeps its own score", safety.Children[0].Score, "30")
	equalDecimal(t, "bonus item score", r.Root.Children[2].Score, "2.5")
	equalDecimal(t, "total", r.Total, "52.5")
	if want := "合计 = 0.00 + 50.00 = 50.00；加减分 +2.50（加减分），调整后得分 52.50（规则集 国家默认 v1）"; r.Root.Explanation.ZH != want {
		t.Errorf("root ZH = %q, want %q", r.Root.Explanation.ZH, want)
	}
	if want := "合计 = 30.00；一票否决（瞒报），本项得 0 分（规则集 国家默认 v1）"; safety.Explanation.ZH != want {
		t.Errorf("vetoed ZH = %q, want %q", safety.Explanation.ZH, want)
	}
}

func TestScoreSchemeBadInput(t *testing.T) {
	qualitative := Indicator{Comparator: enums.ComparatorQualitative, Level: enums.QualitativeLevelPartlyAchieved, LevelScore: dp("9")}
	for _, tc := range []struct {
		name  string
		root  Item
		field string
	}{
		{"weights below the points", composite("方案", "100", manual("a", "60", "1"), manual("b", "30", "1")), "方案.children"},
		{"weights above the points", composite("方案", "100", manual("a", "60", "1"), manual("b", "50", "1")), "方案.children"},
		{"nested weights", composite("方案", "100", composite("决策", "40", manual("a", "30", "1")), manual("b", "60", "1")), "方案/决策.children"},
		{"shares not summing to 1", composite("方案", "100", shared("0.5", manual("a", "100", "1")), shared("0.4", manual("b", "100", "1"))), "方案.children"},
		{"shares on some children only", composite("方案", "100", shared("0.5", manual("a", "50", "1")), manual("b", "50", "1")), "方案.children"},
		{"share above 1", composite("方案", "100", shared("1.5", manual("a", "100", "1")), shared("-0.5", manual("b", "100", "1"))), "方案/a.share"},
		{"shared child without points", composite("方案", "100", shared("1", manual("a", "0", "0"))), "方案/a.points"},
		{"composite without children", composite("方案", "100"), "方案.children"},
		{"composite of vetoes only", composite("方案", "100", veto(false, "")), "方案.children"},
		{"leaf with children", Item{Name: "方案", Method: MethodManual, Points: d("10"), Manual: dp("5"), Children: []Item{manual("a", "10", "5")}}, "方案.children"},
		{"root without points", composite("方案", "0", manual("a", "0", "0")), "方案.points"},
		{"veto as root", veto(true, "x"), "一票否决.points"},
		{"manual above the points", composite("方案", "10", manual("a", "10", "10.5")), "方案/a.manual"},
		{"negative manual", composite("方案", "10", manual("a", "10", "-1")), "方案/a.manual"},
		{"missing manual", composite("方案", "10", Item{Name: "a", Method: MethodManual, Points: d("10")}), "方案/a.manual"},
		{"missing indicator", composite("方案", "10", Item{Name: "a", Method: MethodIndicator, Points: d("10")}), "方案/a.indicator"},
		{"indicator out of band", composite("方案", "10", Item{Name: "a", Method: MethodIndicator, Points: d("10"), Indicator: &qualitative}), "方案/a.levelScore"},
		{"negative points", composite("方案", "10", manual("a", "-5", "0"), manual("b", "15", "0")), "方案/a.points"},
		{"veto without reason", composite("方案", "10", manual("a", "10", "5"), veto(true, " ")), "方案/一票否决.veto.reason"},
		{"veto with points", composite("方案", "10", manual("a", "10", "5"), Item{Name: "否决", Method: MethodVeto, Points: d("5")}), "方案/否决.points"},
		{"bonus without reason", composite("方案", "10", manual("a", "10", "5"), bonus(Adjustment{d("1"), ""})), "方案/加减分.adjustments[0].reason"},
		{"negative deduction", composite("方案", "10", Item{Name: "扣分", Method: MethodDeduction, Points: d("10"), Deduction: &Deduction{-1, d("2")}}), "方案/扣分.deduction"},
		{"survey rate above 1", composite("方案", "10", Item{Name: "s", Method: MethodSurvey, Points: d("10"), Survey: &Survey{Rate: d("95")}}), "方案/s.survey.rate"},
		{"survey band above 1", composite("方案", "10", Item{Name: "s", Method: MethodSurvey, Points: d("10"), Survey: &Survey{Rate: d("0.9"), Bands: []SurveyBand{{d("0.9"), d("1.1")}}}}), "方案/s.survey.bands[0]"},
		{"execution without budget", composite("方案", "10", Item{Name: "e", Method: MethodExecutionRate, Points: d("10"), Execution: &Execution{d("1"), d("0")}}), "方案/e.budget"},
		{"unknown method", composite("方案", "10", Item{Name: "x", Method: "GUESS", Points: d("10")}), "方案/x.method"},
	} {
		_, err := ScoreScheme(defaults, tc.root)
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q, want %q", tc.name, got, tc.field)
		}
	}
}

func FuzzScoreScheme(f *testing.F) {
	f.Add([]byte{0, 50, 40, 1, 30, 20, 2, 20, 1}, false)
	f.Add([]byte{3, 10, 2, 4, 0, 0, 5, 0, 7}, true)
	f.Fuzz(func(t *testing.T, raw []byte, shares bool) {
		// Each child takes 3 bytes: method, points, input.
		root := Item{Name: "root", Method: MethodComposite}
		for i := 0; i+2 < len(raw) && len(root.Children) < 20; i += 3 {
			points := decimal.NewFromInt(int64(raw[i+1] % 60))
			input := decimal.NewFromInt(int64(raw[i+2]))
			c := Item{Name: "c", Points: points}
			switch raw[i] % 7 {
			case 0:
				c.Method, c.Manual = MethodManual, &input
			case 1:
				c.Method, c.Survey = MethodSurvey, &Survey{Rate: input.Div(d("255"))}
			case 2:
				c.Method, c.Deduction = MethodDeduction, &Deduction{int(raw[i+2] % 9), d("1.5")}
			case 3:
				c.Method, c.Points, c.Veto = MethodVeto, decimal.Zero, &Veto{raw[i+2]%5 == 0, "原因"}
			case 4:
				c.Method, c.Points, c.Adjustments = MethodBonusPenalty, decimal.Zero, []Adjustment{{input.Sub(d("128")).Div(d("10")), "原因"}}
			case 5:
				c.Method, c.Indicator = MethodIndicator, &Indicator{Comparator: enums.ComparatorLte, Target: &points, Actual: &input}
			case 6:
				c.Method, c.Execution = MethodExecutionRate, &Execution{input, d("100")}
			}
			if shares && c.Method.carriesPoints() {
				c.Share = dp("0")
			}
			if c.Method.carriesPoints() {
				root.Points = root.Points.Add(c.Points)
			}
			root.Children = append(root.Children, c)
		}
		if shares {
			for i := range root.Children {
				if root.Children[i].Share != nil {
					root.Children[i].Share = dp("1") // the first weighted child takes all
					break
				}
			}
			root.Points = d("100")
		}
		r, err := ScoreScheme(defaults, root)
		if err != nil {
			inputErrorField(t, err)
			return
		}
		if r.Total.Sign() < 0 || r.Total.GreaterThan(root.Points) || r.Total100.GreaterThan(hundred) {
			t.Fatalf("total %s outside [0, %s]", r.Total, root.Points)
		}
		if r.Grade != GradeFor(defaults, r.Total100) {
			t.Fatalf("grade %s for %s", r.Grade, r.Total100)
		}
	})
}
