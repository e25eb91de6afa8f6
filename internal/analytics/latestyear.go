package analytics

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/project"
	"jixiao/internal/domain/beijing"
)

// LatestYearWithResults is the fiscal year dashboards open on: the latest
// year the viewer can see a scored evaluation for (a year "with results"),
// else the latest year of a project it can see, else this year in Beijing.
// Both reads go through the viewer's privacy rules.
func LatestYearWithResults(ctx context.Context, c *ent.Client) (int, error) {
	years, err := c.Evaluation.Query().Where(evaluation.TotalScoreNotNil()).
		Order(ent.Desc(evaluation.FieldFiscalYear)).Limit(1).Select(evaluation.FieldFiscalYear).Ints(ctx)
	if err != nil || len(years) > 0 {
		return first(years), err
	}
	years, err = c.Project.Query().Order(ent.Desc(project.FieldFiscalYear)).Limit(1).Select(project.FieldFiscalYear).Ints(ctx)
	if err != nil || len(years) > 0 {
		return first(years), err
	}
	return now(ctx).In(beijing.Location).Year(), nil
}

func first(years []int) int {
	if len(years) == 0 {
		return 0
	}
	return years[0]
}

// CockpitStart is the cockpit's first screen asked in one request: the year
// it opens on, whose overview and region figures are resolved on demand.
type CockpitStart struct {
	FiscalYear int `json:"fiscalYear"`
}

// OpenCockpit is the cockpit's first screen on the latest year with results.
func OpenCockpit(ctx context.Context, c *ent.Client) (*CockpitStart, error) {
	year, err := LatestYearWithResults(ctx, c)
	if err != nil {
		return nil, err
	}
	return &CockpitStart{FiscalYear: year}, nil
}
