package rules

import (
	"slices"

	"github.com/shopspring/decimal"
)

// trimmedPanelSize is the smallest panel whose extremes are dropped: with five
// or more experts one highest and one lowest score are left out (去掉一个最高分
// 和一个最低分), so a single outlier cannot move the item.
const trimmedPanelSize = 5

// AggregateExpertScores is the panel's score of one manual item (domain.md
// "Expert panels"): the mean of the experts' scores — without one highest and
// one lowest when there are five or more — rounded half up to 2 places,
// exactly. No scores, or a negative one, is bad input.
func AggregateExpertScores(scores []decimal.Decimal) (decimal.Decimal, error) {
	if len(scores) == 0 {
		return decimal.Zero, inputError("scores", "至少需要一位专家的评分", "at least one expert's score is needed")
	}
	for i, s := range scores {
		if s.Sign() < 0 {
			return decimal.Zero, inputError("scores", "第 %d 个评分为负数：%s", "score %d is negative: %s", i+1, s.String())
		}
	}
	kept := slices.Clone(scores)
	if len(kept) >= trimmedPanelSize {
		slices.SortFunc(kept, func(a, b decimal.Decimal) int { return a.Cmp(b) })
		kept = kept[1 : len(kept)-1]
	}
	sum := decimal.Zero
	for _, s := range kept {
		sum = sum.Add(s)
	}
	return divRound(sum, decimal.NewFromInt(int64(len(kept))), 2), nil
}

// PanelSpread is the difference between the highest and the lowest score of a
// panel (极差), shown beside the aggregate so that finance sees disagreement.
func PanelSpread(scores []decimal.Decimal) decimal.Decimal {
	if len(scores) == 0 {
		return decimal.Zero
	}
	return decimal.Max(scores[0], scores[1:]...).Sub(decimal.Min(scores[0], scores[1:]...))
}
