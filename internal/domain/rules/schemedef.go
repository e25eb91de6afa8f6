package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// SchemeDef is an evaluation scheme (指标体系 / 评分方案) as finance edits it:
// the scale (100, or 1000 …) and a flat list of items, each naming its parent
// by key, in display order. CheckSchemeDef says whether it is sound; Tree lays
// it out as the scored tree.
type SchemeDef struct {
	Points decimal.Decimal `json:"points"`
	Items  []SchemeEntry   `json:"items"`
}

// SchemeEntry is one item of a scheme. Share (percent) weighs the item inside
// a share-weighted parent (periods: mid-year 50, year-end 50); PerIncident is
// a DEDUCTION's size; Bands a SURVEY's bands (none = proportional);
// MaxBonus/MaxPenalty bound a BONUS_PENALTY item's adjustment.
type SchemeEntry struct {
	Key         string           `json:"key"`
	ParentKey   string           `json:"parentKey,omitempty"`
	Code        string           `json:"code,omitempty"`
	Name        string           `json:"name"`
	Method      Method           `json:"method"`
	Points      decimal.Decimal  `json:"points"`
	Share       *decimal.Decimal `json:"share,omitempty"`
	PerIncident *decimal.Decimal `json:"perIncident,omitempty"`
	Bands       []SurveyBand     `json:"bands,omitempty"`
	MaxBonus    *decimal.Decimal `json:"maxBonus,omitempty"`
	MaxPenalty  *decimal.Decimal `json:"maxPenalty,omitempty"`
}

// MaxSchemeDepth is how deep a scheme's items nest: three levels of the
// 指标体系 plus one for a period composite above them.
const MaxSchemeDepth = 4

// schemeMethods are the methods an edited scheme may use. INDICATOR items are
// laid out from a project's approved target (单位自评), never edited by hand.
var schemeMethods = []Method{MethodExecutionRate, MethodManual, MethodSurvey, MethodDeduction,
	MethodVeto, MethodBonusPenalty, MethodComposite, MethodData}

// CheckSchemeDef checks a scheme: keys unique and parents known, at most
// MaxSchemeDepth levels, only composites with children, every composite's
// children weighted either by points adding up to its points or by shares
// adding up to exactly 100, deduction sizes, survey bands and bonus limits
// sound. The first fault is an *InputError naming the item ("items[3].points").
func CheckSchemeDef(p Params, def SchemeDef) error {
	if def.Points.Sign() <= 0 {
		return inputError("points", "评价方案总分须大于 0（%s）", "the scheme's points must be above 0 (got %s)", def.Points)
	}
	if err := checkPoints(p, "points", def.Points); err != nil {
		return err
	}
	if len(def.Items) == 0 {
		return inputError("items", "评价方案至少需要一个评分项", "a scheme needs at least one item")
	}
	index := map[string]int{}
	for i, e := range def.Items {
		field := fmt.Sprintf("items[%d]", i)
		if strings.TrimSpace(e.Key) == "" {
			return inputError(field+".key", "评分项须有标识", "an item needs a key")
		}
		if _, dup := index[e.Key]; dup {
			return inputError(field+".key", "评分项标识 %q 重复", "item key %q is used twice", e.Key)
		}
		index[e.Key] = i
	}
	children := map[string][]int{} // parent key ("" = the root) → entries
	for i, e := range def.Items {
		if e.ParentKey != "" {
			if _, ok := index[e.ParentKey]; !ok {
				return inputError(fmt.Sprintf("items[%d].parentKey", i), "上级评分项 %q 不存在", "parent item %q does not exist", e.ParentKey)
			}
		}
		children[e.ParentKey] = append(children[e.ParentKey], i)
	}
	for i, e := range def.Items {
		if err := checkEntry(p, e, fmt.Sprintf("items[%d]", i)); err != nil {
			return err
		}
		depth, k := 1, e.ParentKey
		for ; k != "" && depth <= len(def.Items); depth++ {
			k = def.Items[index[k]].ParentKey
		}
		if k != "" {
			return inputError(fmt.Sprintf("items[%d].parentKey", i), "评分项“%s”的上级关系成环", "item “%s” is its own ancestor", e.Name)
		}
		if depth > MaxSchemeDepth {
			return inputError(fmt.Sprintf("items[%d].parentKey", i), "评分项“%s”超过 %d 级", "item “%s” is deeper than %d levels", e.Name, MaxSchemeDepth)
		}
		if e.Method != MethodComposite && len(children[e.Key]) > 0 {
			return inputError(fmt.Sprintf("items[%d].method", i), "只有组合项（COMPOSITE）可以有下级评分项（“%s”）", "only a COMPOSITE item may have children (“%s”)", e.Name)
		}
	}
	if err := checkChildren(def, children[""], "points", "评价方案", "the scheme", def.Points); err != nil {
		return err
	}
	for i, e := range def.Items {
		if e.Method != MethodComposite {
			continue
		}
		if err := checkChildren(def, children[e.Key], fmt.Sprintf("items[%d].points", i), "评分项“"+e.Name+"”", "item “"+e.Name+"”", e.Points); err != nil {
			return err
		}
	}
	return nil
}

func checkEntry(p Params, e SchemeEntry, field string) error {
	if strings.TrimSpace(e.Name) == "" {
		return inputError(field+".name", "评分项须有名称", "an item needs a name")
	}
	known := false
	for _, m := range schemeMethods {
		known = known || m == e.Method
	}
	if !known {
		return inputError(field+".method", "评分项“%s”的评分方法 %q 不可用于评价方案", "item “%s”: method %q cannot be used in a scheme", e.Name, e.Method)
	}
	if err := checkPoints(p, field+".points", e.Points); err != nil {
		return err
	}
	if e.Method.carriesPoints() && e.Points.Sign() <= 0 {
		return inputError(field+".points", "评分项“%s”的分值须大于 0", "item “%s” needs points above 0", e.Name)
	}
	if !e.Method.carriesPoints() && (!e.Points.IsZero() || e.Share != nil) {
		return inputError(field+".points", "一票否决与加减分项不占分值（“%s”）", "veto and bonus/penalty items carry no points or share (“%s”)", e.Name)
	}
	if e.PerIncident != nil && e.Method != MethodDeduction || len(e.Bands) > 0 && e.Method != MethodSurvey && e.Method != MethodData ||
		(e.MaxBonus != nil || e.MaxPenalty != nil) && e.Method != MethodBonusPenalty {
		return inputError(field+".method", "评分项“%s”设置了不属于其评分方法的参数", "item “%s” sets a parameter of another method", e.Name)
	}
	switch e.Method {
	case MethodData:
		if !slices.Contains(Metrics(), e.Code) {
			return inputError(field+".code", "数据项“%s”须以编码指明数据指标（%s）", "data item “%s” needs its metric as code (%s)", e.Name, strings.Join(Metrics(), ", "))
		}
	case MethodDeduction:
		if e.PerIncident == nil || e.PerIncident.Sign() <= 0 || e.PerIncident.GreaterThan(e.Points) {
			return inputError(field+".perIncident", "扣分项“%s”须设置每次扣分，大于 0 且不超过分值 %s", "deduction item “%s” needs points per incident above 0 and at most its %s points", e.Name, e.Points)
		}
	case MethodSurvey:
		if err := CheckSurveyBands(e.Bands); err != nil {
			return within(field, err)
		}
	case MethodBonusPenalty:
		for _, l := range []struct {
			name string
			v    *decimal.Decimal
		}{{"maxBonus", e.MaxBonus}, {"maxPenalty", e.MaxPenalty}} {
			if l.v != nil && l.v.Sign() < 0 {
				return inputError(field+"."+l.name, "加减分上限不能为负数（%s）", "a bonus or penalty limit must not be negative (got %s)", *l.v)
			}
		}
	}
	return nil
}

// checkChildren: the scored children of one parent either all carry a share
// (percent, each above 0, adding up to exactly 100) or none does and their
// points add up to the parent's.
func checkChildren(def SchemeDef, kids []int, field, zh, en string, points decimal.Decimal) error {
	var scored []int
	shares := 0
	for _, i := range kids {
		if def.Items[i].Method.carriesPoints() {
			scored = append(scored, i)
			if def.Items[i].Share != nil {
				shares++
			}
		}
	}
	if len(scored) == 0 {
		return &InputError{Field: field, ZH: zh + "须至少有一个计分的下级评分项", EN: en + " needs at least one scored child"}
	}
	if shares > 0 && shares < len(scored) {
		return &InputError{Field: field, ZH: zh + "的下级评分项须全部设置占比，或都不设置", EN: "either every child of " + en + " has a share or none has"}
	}
	sum := decimal.Zero
	for _, i := range scored {
		e := def.Items[i]
		if shares == 0 {
			sum = sum.Add(e.Points)
			continue
		}
		if e.Share.Sign() <= 0 || e.Share.GreaterThan(hundred) {
			return inputError(fmt.Sprintf("items[%d].share", i), "占比须大于 0 且不超过 100（%s）", "a share must be above 0 and at most 100 (got %s)", *e.Share)
		}
		sum = sum.Add(*e.Share)
	}
	if shares == 0 && !sum.Equal(points) {
		return &InputError{Field: field, ZH: fmt.Sprintf("%s的下级评分项分值合计 %s，应等于 %s", zh, sum, points),
			EN: fmt.Sprintf("the children of %s add up to %s points, not %s", en, sum, points)}
	}
	if shares > 0 && !sum.Equal(hundred) {
		return &InputError{Field: field, ZH: fmt.Sprintf("%s的下级评分项占比合计 %s，应恰为 100", zh, sum),
			EN: fmt.Sprintf("the children's shares of %s add up to %s, not exactly 100", en, sum)}
	}
	return nil
}

// CheckSurveyBands: each band's start and share lie in [0, 1], no two bands
// start at the same rate, and a higher rate never earns a smaller share.
func CheckSurveyBands(bands []SurveyBand) error {
	for i, b := range bands {
		if b.From.Sign() < 0 || b.From.GreaterThan(one) || b.Share.Sign() < 0 || b.Share.GreaterThan(one) {
			return inputError(fmt.Sprintf("bands[%d]", i), "满意度档次的起点与得分比例须在 0 到 1 之间", "a band's start and share must be between 0 and 1")
		}
		for j, o := range bands[:i] {
			if o.From.Equal(b.From) {
				return inputError(fmt.Sprintf("bands[%d].from", i), "满意度档次起点 %s 重复", "two bands start at %s", b.From)
			}
			if o.From.LessThan(b.From) != o.Share.LessThanOrEqual(b.Share) {
				return inputError(fmt.Sprintf("bands[%d].share", i), "满意度越高得分比例不能越低（第 %d 档与第 %d 档）", "a higher satisfaction cannot earn a smaller share (bands %d and %d)", j+1, i+1)
			}
		}
	}
	return nil
}

// CheckAdjustment keeps a bonus (positive) within MaxBonus and a penalty
// (negative) within MaxPenalty; an absent limit does not bound.
func CheckAdjustment(e SchemeEntry, points decimal.Decimal) error {
	if points.Sign() > 0 && e.MaxBonus != nil && points.GreaterThan(*e.MaxBonus) {
		return inputError("score", "加分 %s 超过上限 %s", "a bonus of %s exceeds its limit of %s", points, *e.MaxBonus)
	}
	if points.Sign() < 0 && e.MaxPenalty != nil && points.Neg().GreaterThan(*e.MaxPenalty) {
		return inputError("score", "减分 %s 超过上限 %s", "a penalty of %s exceeds its limit of %s", points.Neg(), *e.MaxPenalty)
	}
	return nil
}
