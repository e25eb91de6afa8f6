package workflow

import (
	"context"
	"fmt"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/agency"
	"jixiao/ent/agencyrating"
	"jixiao/ent/evaluation"
	"jixiao/internal/domain/fail"
)

// AgencyQuality is an agency's ratings and workload.
type AgencyQuality struct {
	Agency                                    *ent.Agency
	RatingCount                               int
	AverageOverall, AverageTimeliness         *decimal.Decimal
	AverageReportQuality, AverageFinanceScore *decimal.Decimal
	OpenEvaluations                           int
}

// RatingInput is finance's rating of an agency's work on one evaluation.
type RatingInput struct {
	EvaluationID                            int
	Timeliness, ReportQuality, FinanceScore decimal.Decimal
	Comments                                *string
}

var hundred = decimal.NewFromInt(100)

// RateAgency records finance's rating of the agency that carried out a
// finished (reviewed or published) evaluation; one rating per evaluation.
// The overall score is the mean of the three, half up to 2 places.
func (w Evaluations) RateAgency(ctx context.Context, in RatingInput) (*ent.AgencyRating, error) {
	ctx = step(ctx)
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"timeliness", in.Timeliness}, {"reportQuality", in.ReportQuality}, {"financeScore", in.FinanceScore}} {
		if f.v.Sign() < 0 || f.v.GreaterThan(hundred) {
			return nil, fail.BadInput(f.name, fmt.Sprintf("%s 须在 0 至 100 之间", f.name), fmt.Sprintf("%s must be within [0, 100]", f.name))
		}
	}
	c := client(ctx, w.Client)
	ev, err := c.Evaluation.Get(ctx, in.EvaluationID)
	if err != nil {
		return nil, err
	}
	if ev.AgencyID == nil {
		return nil, fail.BadInput("evaluationId", "该评价没有第三方机构", "the evaluation has no agency")
	}
	if ev.Status != evaluation.StatusReviewed && ev.Status != evaluation.StatusPublished {
		return nil, fail.Transition("评价复核后才能考核机构", "an agency is rated once its evaluation is reviewed")
	}
	if done, err := c.AgencyRating.Query().Where(agencyrating.EvaluationID(ev.ID)).Exist(ctx); err != nil || done {
		if err == nil {
			err = fail.BadInput("evaluationId", "该评价的机构已考核", "the agency was already rated for this evaluation")
		}
		return nil, err
	}
	overall := decimal.Sum(in.Timeliness, in.ReportQuality, in.FinanceScore).DivRound(decimal.NewFromInt(3), 2)
	return c.AgencyRating.Create().SetAgencyID(*ev.AgencyID).SetEvaluationID(ev.ID).SetTimeliness(in.Timeliness).
		SetReportQuality(in.ReportQuality).SetFinanceScore(in.FinanceScore).SetOverall(overall).
		SetNillableComments(in.Comments).Save(ctx)
}

// AgencyQualities lists every agency the viewer sees with its mean ratings and
// its open evaluations (assigned, not yet reviewed), in three statements.
func (w Evaluations) AgencyQualities(ctx context.Context) ([]*AgencyQuality, error) {
	c := client(ctx, w.Client)
	agencies, err := c.Agency.Query().Order(ent.Asc(agency.FieldCode)).All(ctx)
	if err != nil {
		return nil, err
	}
	ratings, err := c.AgencyRating.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	open, err := c.Evaluation.Query().Where(evaluation.AgencyIDNotNil(),
		evaluation.StatusIn(evaluation.StatusPlanned, evaluation.StatusInProgress, evaluation.StatusSubmitted)).
		Select(evaluation.FieldAgencyID).All(ctx)
	if err != nil {
		return nil, err
	}
	byAgency := map[int][]*ent.AgencyRating{}
	for _, r := range ratings {
		byAgency[r.AgencyID] = append(byAgency[r.AgencyID], r)
	}
	workload := map[int]int{}
	for _, e := range open {
		workload[*e.AgencyID]++
	}
	out := make([]*AgencyQuality, len(agencies))
	for i, a := range agencies {
		rs := byAgency[a.ID]
		q := &AgencyQuality{Agency: a, RatingCount: len(rs), OpenEvaluations: workload[a.ID]}
		if n := len(rs); n > 0 {
			mean := func(pick func(*ent.AgencyRating) decimal.Decimal) *decimal.Decimal {
				sum := decimal.Zero
				for _, r := range rs {
					sum = sum.Add(pick(r))
				}
				m := sum.DivRound(decimal.NewFromInt(int64(n)), 2)
				return &m
			}
			q.AverageOverall = mean(func(r *ent.AgencyRating) decimal.Decimal { return r.Overall })
			q.AverageTimeliness = mean(func(r *ent.AgencyRating) decimal.Decimal { return r.Timeliness })
			q.AverageReportQuality = mean(func(r *ent.AgencyRating) decimal.Decimal { return r.ReportQuality })
			q.AverageFinanceScore = mean(func(r *ent.AgencyRating) decimal.Decimal { return r.FinanceScore })
		}
		out[i] = q
	}
	return out, nil
}
