package analytics

import (
	"cmp"
	"context"
	"slices"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/ent/predicate"
	"jixiao/ent/project"
)

// inflationPoints: a department whose self-scores exceed finance's by more
// than this on average is flagged (自评虚高).
var inflationPoints = decimal.NewFromInt(10)

// ProjectScoreGap is a project's self-evaluation score against finance's
// (key or third-party) score in the same year.
type ProjectScoreGap struct {
	Project                      *ent.Project
	SelfScore, FinanceScore, Gap decimal.Decimal // Gap = self − finance
}

// DepartmentScoreGap is a department's self-scores against finance's.
type DepartmentScoreGap struct {
	Rank                        int
	Department                  *ent.Department
	ProjectCount                int
	SelfAverage, FinanceAverage decimal.Decimal
	Gap                         decimal.Decimal // mean of the projects' gaps, half up to 2 places
	Flagged                     bool            // mean gap above inflationPoints
	Projects                    []*ProjectScoreGap
}

// ScoreGapArgs narrow the viewer's scope like the overview's arguments.
type ScoreGapArgs struct {
	FiscalYear   int
	DepartmentID *int // the department and its subordinate units
	Region       *string
}

// scoredStatuses: an evaluation's total counts once it has been submitted.
var scoredStatuses = []evaluation.Status{evaluation.StatusSubmitted, evaluation.StatusReviewed, evaluation.StatusPublished}

// SelfFinanceGaps compares, for every project of the year that has both a
// submitted self-evaluation and a submitted finance key or third-party
// evaluation with a total (the latest of each kind), the two scores, and
// ranks the evaluated departments by the mean gap. It reads through ent, so
// privacy keeps it to what the viewer sees, in three statements
// (evaluations, projects, departments).
func SelfFinanceGaps(ctx context.Context, c *ent.Client, args ScoreGapArgs) ([]*DepartmentScoreGap, error) {
	if _, err := viewerScope(ctx); err != nil {
		return nil, err
	}
	where := []predicate.Evaluation{evaluation.FiscalYear(args.FiscalYear), evaluation.ProjectIDNotNil(),
		evaluation.TotalScoreNotNil(), evaluation.StatusIn(scoredStatuses...),
		evaluation.KindIn(evaluation.KindSelf, evaluation.KindFinanceKey, evaluation.KindThirdParty)}
	if args.DepartmentID != nil {
		where = append(where, func(s *entsql.Selector) {
			closures := entsql.Dialect(s.Dialect()).Select("department_id").From(entsql.Table("department_closures")).
				Where(entsql.EQ("ancestor_id", *args.DepartmentID))
			s.Where(entsql.In(s.C(evaluation.FieldDepartmentID), closures))
		})
	}
	if args.Region != nil {
		where = append(where, evaluation.HasDepartmentWith(department.Region(*args.Region)))
	}
	evs, err := c.Evaluation.Query().Where(where...).Order(ent.Asc(evaluation.FieldID)).
		Select(evaluation.FieldKind, evaluation.FieldTotalScore, evaluation.FieldProjectID, evaluation.FieldDepartmentID).All(ctx)
	if err != nil {
		return nil, err
	}
	type pair struct{ self, finance *decimal.Decimal }
	pairs := map[int]*pair{}
	deptOf := map[int]int{}
	for _, e := range evs { // ascending ids: the latest of each kind wins
		p := pairs[*e.ProjectID]
		if p == nil {
			p = &pair{}
			pairs[*e.ProjectID] = p
		}
		if e.Kind == evaluation.KindSelf {
			p.self = e.TotalScore
		} else {
			p.finance = e.TotalScore
		}
		deptOf[*e.ProjectID] = e.DepartmentID
	}
	var projectIDs []int
	for id, p := range pairs {
		if p.self != nil && p.finance != nil {
			projectIDs = append(projectIDs, id)
		}
	}
	if len(projectIDs) == 0 {
		return []*DepartmentScoreGap{}, nil
	}
	projects, err := c.Project.Query().Where(project.IDIn(projectIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byDept := map[int]*DepartmentScoreGap{}
	var deptIDs []int
	for _, pr := range projects {
		p := pairs[pr.ID]
		d := deptOf[pr.ID]
		g := byDept[d]
		if g == nil {
			g = &DepartmentScoreGap{}
			byDept[d] = g
			deptIDs = append(deptIDs, d)
		}
		g.Projects = append(g.Projects, &ProjectScoreGap{Project: pr, SelfScore: *p.self, FinanceScore: *p.finance, Gap: p.self.Sub(*p.finance)})
	}
	depts, err := c.Department.Query().Where(department.IDIn(deptIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*DepartmentScoreGap, 0, len(depts))
	for _, d := range depts {
		g := byDept[d.ID]
		g.Department = d
		summarise(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b *DepartmentScoreGap) int {
		return cmp.Or(b.Gap.Cmp(a.Gap), cmp.Compare(a.Department.Code, b.Department.Code))
	})
	for i, g := range out {
		g.Rank = i + 1
	}
	return out, nil
}

// summarise fills a department's averages, mean gap and flag from its
// projects, exactly, and orders the projects by gap, largest first.
func summarise(g *DepartmentScoreGap) {
	var self, fin, gap decimal.Decimal
	for _, p := range g.Projects {
		self, fin, gap = self.Add(p.SelfScore), fin.Add(p.FinanceScore), gap.Add(p.Gap)
	}
	n := decimal.NewFromInt(int64(len(g.Projects)))
	g.ProjectCount = len(g.Projects)
	g.SelfAverage, g.FinanceAverage, g.Gap = self.DivRound(n, 2), fin.DivRound(n, 2), gap.DivRound(n, 2)
	g.Flagged = gap.GreaterThan(inflationPoints.Mul(n))
	slices.SortFunc(g.Projects, func(a, b *ProjectScoreGap) int {
		return cmp.Or(b.Gap.Cmp(a.Gap), cmp.Compare(a.Project.Code, b.Project.Code))
	})
}
