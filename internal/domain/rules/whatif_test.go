package rules

import "testing"

func TestCarryOver(t *testing.T) {
	def := SchemeDef{Points: d("100"), Items: []SchemeEntry{
		{Key: "mid", Name: "年中", Method: MethodComposite, Points: d("100"), Share: dp("50")},
		{Key: "end", Name: "年末", Method: MethodComposite, Points: d("100"), Share: dp("50")},
		{Key: "mid.a", ParentKey: "mid", Name: "产出", Method: MethodManual, Points: d("60")},
		{Key: "mid.b", ParentKey: "mid", Name: "满意度", Method: MethodSurvey, Points: d("40")},
		{Key: "end.a", ParentKey: "end", Name: "产出", Method: MethodManual, Points: d("60")},
		{Key: "end.b", ParentKey: "end", Name: "新增项", Method: MethodDeduction, Points: d("40"), PerIncident: dp("5")},
	}}
	past := []StoredItem{
		{Name: "产出", ParentName: "项目绩效", Method: MethodManual, Points: d("30"), Score: dp("24")},
		{Name: "满意度", ParentName: "项目绩效", Method: MethodSurvey, Points: d("10"), Score: dp("9"), Rate: dp("0.9")},
	}
	c := CarryOver(def, past, d("80"))
	if c.Matched != 3 || c.Assumed != 1 {
		t.Fatalf("matched %d assumed %d", c.Matched, c.Assumed)
	}
	equalDecimal(t, "manual scaled", *c.Inputs["mid.a"].Score, "48") // 24/30 × 60
	equalDecimal(t, "survey rate kept", *c.Inputs["mid.b"].Rate, "0.9")
	if n := *c.Inputs["end.b"].Incidents; n != 2 { // 40 × (1 − 0.8) = 8 points off → 2 incidents of 5
		t.Errorf("assumed deduction incidents %d", n)
	}
	r, err := ScoreSchemeDef(defaults, def, c.Inputs)
	if err != nil {
		t.Fatal(err)
	}
	// 年中 48 + 36 = 84; 年末 48 + 30 = 78; 50/50 → 81
	equalDecimal(t, "draft total", r.Total100, "81")

	// The same name under a parent of the same name wins over another one.
	past = append(past, StoredItem{Name: "产出", ParentName: "年末", Method: MethodManual, Points: d("60"), Score: dp("30")})
	c = CarryOver(def, past, d("80"))
	equalDecimal(t, "parent match", *c.Inputs["end.a"].Score, "30")
	equalDecimal(t, "name match", *c.Inputs["mid.a"].Score, "48")
}

// TestCarryOverScoresByCode: a renamed draft item finds last year's item by
// its code and carries its manual or expert-panel score, scaled to its points.
func TestCarryOverScoresByCode(t *testing.T) {
	def := SchemeDef{Points: d("100"), Items: []SchemeEntry{
		{Key: "out", Code: "OUTPUT", Name: "产出与效益", Method: MethodManual, Points: d("50")},
		{Key: "dec", Code: "DECISION", Name: "决策", Method: MethodManual, Points: d("50")},
	}}
	past := []StoredItem{
		{Name: "产出", Code: "OUTPUT", Method: MethodManual, Points: d("35"), Score: dp("28")}, // a panel's aggregate
		{Name: "过程", Code: "PROCESS", Method: MethodManual, Points: d("20"), Score: dp("20")},
	}
	c := CarryOver(def, past, d("80"))
	if c.Matched != 1 || c.Assumed != 1 || c.Scores != 1 {
		t.Fatalf("matched %d assumed %d scores %d", c.Matched, c.Assumed, c.Scores)
	}
	equalDecimal(t, "by code, scaled", *c.Inputs["out"].Score, "40") // 28/35 × 50
	equalDecimal(t, "assumed at the total's rate", *c.Inputs["dec"].Score, "40")
	// A name match wins over a code match.
	past = append(past, StoredItem{Name: "产出与效益", Method: MethodManual, Points: d("50"), Score: dp("45")})
	equalDecimal(t, "name first", *CarryOver(def, past, d("80")).Inputs["out"].Score, "45")
}

func TestLayoutAndDefOf(t *testing.T) {
	key := KeyEvaluationTemplate()
	half := d("0.5")
	period := Item{Name: "综合", Method: MethodComposite, Points: d("100"), Children: []Item{
		{Name: "年中", Method: MethodComposite, Points: d("100"), Share: &half, Children: key.Children},
		{Name: "年末", Method: MethodComposite, Points: d("100"), Share: &half, Children: key.Children},
	}}
	def := DefOf(period)
	if err := CheckSchemeDef(defaults, def); err != nil {
		t.Fatal(err)
	}
	if def.Items[0].Share == nil || !def.Items[0].Share.Equal(d("50")) || def.Items[2].ParentKey != "1.1" {
		t.Fatalf("def %+v", def.Items[:3])
	}
	back := def.Layout("综合")
	r, err := ScoreScheme(defaults, fill(back))
	if err != nil || !r.Total.Equal(d("100")) {
		t.Fatalf("filled 50/50 composite = %s, %v", r.Total, err)
	}
}
