package rules

import "github.com/shopspring/decimal"

// CompositePart is one part of a composite score: its score on the 100-point
// scale and its share in percent (e.g. mid-year 50, year-end 50).
type CompositePart struct {
	Score decimal.Decimal
	Share decimal.Decimal
}

// CompositeScore is Σ(scoreᵢ × shareᵢ) ÷ 100 rounded half up to 2 places
// (domain.md "Composites"). The shares must add up to exactly 100 and each
// part's score lie in [0, 100]; anything else is bad input.
func CompositeScore(parts []CompositePart) (decimal.Decimal, error) {
	if len(parts) == 0 {
		return decimal.Zero, inputError("parts", "组合得分至少需要一个组成部分", "a composite needs at least one part")
	}
	shares, weighted := decimal.Zero, decimal.Zero
	for i, p := range parts {
		if p.Share.Sign() < 0 {
			return decimal.Zero, inputError("parts.share", "第 %d 部分的占比为负数：%s", "part %d has a negative share: %s", i+1, p.Share.String())
		}
		if p.Score.Sign() < 0 || p.Score.GreaterThan(hundred) {
			return decimal.Zero, inputError("parts.score", "第 %d 部分的得分 %s 不在 0–100 之间（其他分制须先折算为百分制）",
				"part %d's score %s is outside 0–100 (convert other scales to 100 points first)", i+1, p.Score.String())
		}
		shares = shares.Add(p.Share)
		weighted = weighted.Add(p.Score.Mul(p.Share))
	}
	if !shares.Equal(hundred) {
		return decimal.Zero, inputError("parts.share", "各部分占比之和须恰为 100，实为 %s", "the shares must add up to exactly 100, not %s", shares.String())
	}
	return divRound(weighted, hundred, 2), nil
}
