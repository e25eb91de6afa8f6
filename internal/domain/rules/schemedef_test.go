package rules

import (
	"strings"
	"testing"

	"jixiao/internal/domain/enums"
)

// entry builds a scheme entry: key, parent, method and points.
func entry(key, parent string, m Method, points string) SchemeEntry {
	return SchemeEntry{Key: key, ParentKey: parent, Name: "项" + key, Method: m, Points: d(points)}
}

func with(e SchemeEntry, f func(*SchemeEntry)) SchemeEntry { f(&e); return e }

// periodScheme is a 50/50 period composite: mid-year and year-end, each of
// an output item (manual 60) and a survey (40).
func periodScheme() SchemeDef {
	return SchemeDef{Points: d("100"), Items: []SchemeEntry{
		with(entry("mid", "", MethodComposite, "100"), func(e *SchemeEntry) { e.Share = dp("50") }),
		entry("mid.out", "mid", MethodManual, "60"),
		with(entry("mid.sv", "mid", MethodSurvey, "40"), func(e *SchemeEntry) {
			e.Bands = []SurveyBand{{d("0.9"), d("1")}, {d("0.8"), d("0.8")}, {d("0.6"), d("0.5")}}
		}),
		with(entry("end", "", MethodComposite, "100"), func(e *SchemeEntry) { e.Share = dp("50") }),
		entry("end.out", "end", MethodManual, "60"),
		with(entry("end.dd", "end", MethodDeduction, "40"), func(e *SchemeEntry) { e.PerIncident = dp("2.5") }),
		with(entry("end.bp", "end", MethodBonusPenalty, "0"), func(e *SchemeEntry) { e.MaxBonus, e.MaxPenalty = dp("3"), dp("5") }),
		entry("veto", "", MethodVeto, "0"),
	}}
}

func TestCheckSchemeDef(t *testing.T) {
	good := SchemeDef{Points: d("100"), Items: []SchemeEntry{
		entry("a", "", MethodComposite, "60"), entry("a1", "a", MethodManual, "35"), entry("a2", "a", MethodExecutionRate, "25"),
		entry("b", "", MethodManual, "40"),
	}}
	edit := func(def SchemeDef, f func(*SchemeDef)) SchemeDef {
		def.Items = append([]SchemeEntry(nil), def.Items...)
		f(&def)
		return def
	}
	for _, tc := range []struct {
		name  string
		def   SchemeDef
		field string // "" = sound
	}{
		{"sound", good, ""},
		{"period composite 50/50", periodScheme(), ""},
		{"1000-point scale", SchemeDef{Points: d("1000"), Items: []SchemeEntry{entry("a", "", MethodManual, "600"), entry("b", "", MethodManual, "400")}}, ""},
		{"top level adds up to 102", edit(good, func(x *SchemeDef) { x.Items[3].Points = d("42") }), "points"},
		{"children add up to 62 under 60", edit(good, func(x *SchemeDef) { x.Items[1].Points = d("37") }), "items[0].points"},
		{"an extra 50 beside the 100", edit(good, func(x *SchemeDef) { x.Items = append(x.Items, entry("c", "", MethodManual, "50")) }), "points"},
		{"no points", SchemeDef{Points: d("0"), Items: good.Items}, "points"},
		{"no items", SchemeDef{Points: d("100")}, "items"},
		{"duplicate key", edit(good, func(x *SchemeDef) { x.Items[3].Key = "a" }), "items[3].key"},
		{"empty key", edit(good, func(x *SchemeDef) { x.Items[3].Key = " " }), "items[3].key"},
		{"unknown parent", edit(good, func(x *SchemeDef) { x.Items[1].ParentKey = "z" }), "items[1].parentKey"},
		{"cycle", edit(good, func(x *SchemeDef) { x.Items[0].ParentKey = "a1"; x.Items[1].Method = MethodComposite }), "items[0].parentKey"},
		{"five levels", SchemeDef{Points: d("10"), Items: []SchemeEntry{
			entry("1", "", MethodComposite, "10"), entry("2", "1", MethodComposite, "10"), entry("3", "2", MethodComposite, "10"),
			entry("4", "3", MethodComposite, "10"), entry("5", "4", MethodManual, "10")}}, "items[4].parentKey"},
		{"children under a manual item", edit(good, func(x *SchemeDef) { x.Items[0].Method = MethodManual }), "items[0].method"},
		{"composite without children", edit(good, func(x *SchemeDef) { x.Items[3].Method = MethodComposite }), "items[3].points"},
		{"no name", edit(good, func(x *SchemeDef) { x.Items[3].Name = "" }), "items[3].name"},
		{"indicator method", edit(good, func(x *SchemeDef) { x.Items[3].Method = MethodIndicator }), "items[3].method"},
		{"zero points", edit(good, func(x *SchemeDef) { x.Items[3].Points = d("0") }), "items[3].points"},
		{"negative points", edit(good, func(x *SchemeDef) { x.Items[3].Points = d("-40") }), "items[3].points"},
		{"three decimals", edit(good, func(x *SchemeDef) { x.Items[3].Points = d("40.001") }), "items[3].points"},
		{"veto with points", edit(good, func(x *SchemeDef) { x.Items = append(x.Items, entry("v", "", MethodVeto, "5")) }), "items[4].points"},
		{"shares add up to 90", edit(periodScheme(), func(x *SchemeDef) { x.Items[3].Share = dp("40") }), "points"},
		{"shares add up to 110", edit(periodScheme(), func(x *SchemeDef) { x.Items[3].Share = dp("60") }), "points"},
		{"share on one child only", edit(periodScheme(), func(x *SchemeDef) { x.Items[3].Share = nil }), "points"},
		{"zero share", edit(periodScheme(), func(x *SchemeDef) { x.Items[0].Share = dp("0"); x.Items[3].Share = dp("100") }), "items[0].share"},
		{"deduction without size", edit(periodScheme(), func(x *SchemeDef) { x.Items[5].PerIncident = nil }), "items[5].perIncident"},
		{"deduction of 0", edit(periodScheme(), func(x *SchemeDef) { x.Items[5].PerIncident = dp("0") }), "items[5].perIncident"},
		{"deduction above the points", edit(periodScheme(), func(x *SchemeDef) { x.Items[5].PerIncident = dp("41") }), "items[5].perIncident"},
		{"size on a manual item", edit(good, func(x *SchemeDef) { x.Items[3].PerIncident = dp("1") }), "items[3].method"},
		{"bands on a manual item", edit(good, func(x *SchemeDef) { x.Items[3].Bands = []SurveyBand{{d("0.9"), d("1")}} }), "items[3].method"},
		{"band above 1", edit(periodScheme(), func(x *SchemeDef) { x.Items[2].Bands = []SurveyBand{{d("1.1"), d("1")}} }), "items[2].bands[0]"},
		{"bands not monotone", edit(periodScheme(), func(x *SchemeDef) {
			x.Items[2].Bands = []SurveyBand{{d("0.9"), d("0.7")}, {d("0.8"), d("0.8")}}
		}), "items[2].bands[1].share"},
		{"negative bonus limit", edit(periodScheme(), func(x *SchemeDef) { x.Items[6].MaxBonus = dp("-1") }), "items[6].maxBonus"},
		{"limit on a manual item", edit(good, func(x *SchemeDef) { x.Items[3].MaxPenalty = dp("1") }), "items[3].method"},
	} {
		err := CheckSchemeDef(defaults, tc.def)
		if tc.field == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q (%v), want %q", tc.name, got, err, tc.field)
		}
	}
}

func TestCheckSurveyBands(t *testing.T) {
	for _, tc := range []struct {
		name  string
		bands []SurveyBand
		field string
	}{
		{"none (proportional)", nil, ""},
		{"descending", []SurveyBand{{d("0.9"), d("1")}, {d("0.8"), d("0.8")}, {d("0"), d("0")}}, ""},
		{"ascending", []SurveyBand{{d("0.6"), d("0.5")}, {d("0.9"), d("1")}}, ""},
		{"equal shares", []SurveyBand{{d("0.6"), d("1")}, {d("0.9"), d("1")}}, ""},
		{"negative start", []SurveyBand{{d("-0.1"), d("0")}}, "bands[0]"},
		{"share above 1", []SurveyBand{{d("0.9"), d("1.2")}}, "bands[0]"},
		{"same start", []SurveyBand{{d("0.9"), d("1")}, {d("0.9"), d("0.8")}}, "bands[1].from"},
		{"higher rate, smaller share", []SurveyBand{{d("0.6"), d("0.8")}, {d("0.9"), d("0.5")}}, "bands[1].share"},
	} {
		err := CheckSurveyBands(tc.bands)
		if tc.field == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q, want %q", tc.name, got, tc.field)
		}
	}
}

func TestCheckAdjustment(t *testing.T) {
	limited := SchemeEntry{MaxBonus: dp("3"), MaxPenalty: dp("5")}
	for _, tc := range []struct {
		e      SchemeEntry
		points string
		ok     bool
	}{
		{limited, "3", true}, {limited, "3.01", false}, {limited, "-5", true}, {limited, "-5.5", false},
		{limited, "0", true}, {SchemeEntry{}, "99", true}, {SchemeEntry{}, "-99", true},
	} {
		if err := CheckAdjustment(tc.e, d(tc.points)); (err == nil) != tc.ok {
			t.Errorf("%s: %v, want ok=%v", tc.points, err, tc.ok)
		}
	}
}

func TestScoreSchemeDef(t *testing.T) {
	three := 3
	inputs := map[string]EntryInput{
		"mid.out": {Score: dp("54")},
		"mid.sv":  {Rate: dp("0.85")}, // band ≥ 80 %: 40 × 0.8 = 32
		"end.out": {Score: dp("57")},
		"end.dd":  {Incidents: &three}, // 40 − 3 × 2.5 = 32.5
		"end.bp":  {Score: dp("2"), Reason: "获省级表彰"},
	}
	// mid-year 54 + 32 = 86; year-end 57 + 32.5 + 2 = 91.5; 50/50 = 88.75.
	res, err := ScoreSchemeDef(defaults, periodScheme(), inputs)
	if err != nil {
		t.Fatal(err)
	}
	equalDecimal(t, "total", res.Total100, "88.75")
	equalDecimal(t, "mid-year", res.Root.Children[0].Score, "86")
	equalDecimal(t, "year-end", res.Root.Children[1].Score, "91.5")
	if res.Grade != enums.GradeGood {
		t.Errorf("grade %s", res.Grade)
	}
	if !strings.Contains(res.Root.Children[1].Children[1].Explanation.ZH, "每次 2.5 分") {
		t.Errorf("deduction explanation %q", res.Root.Children[1].Children[1].Explanation.ZH)
	}

	vetoed := map[string]EntryInput{"veto": {Vetoed: true, Reason: "重大安全事故"}}
	for k, v := range inputs {
		vetoed[k] = v
	}
	if res, err := ScoreSchemeDef(defaults, periodScheme(), vetoed); err != nil || !res.Total100.IsZero() || !res.Vetoed {
		t.Errorf("vetoed: %v %v", res.Total100, err)
	}

	for _, tc := range []struct {
		name   string
		change func(map[string]EntryInput)
		field  string
	}{
		{"bonus above its limit", func(m map[string]EntryInput) { m["end.bp"] = EntryInput{Score: dp("4"), Reason: "x"} }, "项end.bp.score"},
		{"manual input missing", func(m map[string]EntryInput) { delete(m, "mid.out") }, "评价方案/项mid/项mid.out.manual"},
		{"unknown item", func(m map[string]EntryInput) { m["nope"] = EntryInput{} }, "inputs.key"},
		{"manual above its points", func(m map[string]EntryInput) { m["mid.out"] = EntryInput{Score: dp("61")} }, "评价方案/项mid/项mid.out.manual"},
	} {
		m := map[string]EntryInput{}
		for k, v := range inputs {
			m[k] = v
		}
		tc.change(m)
		_, err := ScoreSchemeDef(defaults, periodScheme(), m)
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q (%v), want %q", tc.name, got, err, tc.field)
		}
	}
	bad := periodScheme()
	bad.Items[3].Share = dp("40")
	if _, err := ScoreSchemeDef(defaults, bad, inputs); inputErrorField(t, err) != "points" {
		t.Errorf("a bad share total was scored: %v", err)
	}
}
