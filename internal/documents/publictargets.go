package documents

import (
	"context"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/ent/indicator"
	"jixiao/ent/predicate"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
)

// PublicTarget is an approved target as the public may see it: the project,
// the goal, the approved amount and the indicators' wording and values. No
// weight, baseline, actual, reviewer, comment or lock version. Its evidence
// is what finance marked public on its monitoring and indicator progress.
type PublicTarget struct {
	ID             int
	FiscalYear     int
	DepartmentCode string
	DepartmentName string
	Sector         enums.Sector
	ProjectCode    *string
	ProjectName    *string
	Goal           string
	ApprovedAmount *money.Money
	Indicators     []PublicIndicator
	Evidence       []PublicEvidence
}

// PublicIndicator is one indicator of a published target.
type PublicIndicator struct {
	Category    enums.IndicatorCategory
	Subcategory enums.Subcategory
	Name        string
	Comparator  enums.Comparator
	TargetValue *decimal.Decimal
	TargetText  *string
	Unit        *string
}

// PublicTargetConnection is one page of published targets.
type PublicTargetConnection struct {
	Edges      []*PublicTargetEdge
	PageInfo   ent.PageInfo
	TotalCount int
}

// PublicTargetEdge is one published target and its cursor.
type PublicTargetEdge struct {
	Node   *PublicTarget
	Cursor ent.Cursor
}

// PublicDepartment is a department with something published in a year.
type PublicDepartment struct {
	ID     int
	Code   string
	Name   string
	Sector enums.Sector
}

// PublicTargets is one page of the approved targets of a year (the version
// in force: superseded versions are not approved), in id order, read as the
// public; at most 9 statements whatever the page size (4 without public evidence).
func (s *Service) PublicTargets(ctx context.Context, f PublicFilter, first *int, after *ent.Cursor) (*PublicTargetConnection, error) {
	limit := PublicPageSize
	if first != nil {
		if *first < 0 || *first > publicMaxPageSize {
			return nil, fail.BadInput("first", "first 须在 0 至 100 之间", "first must be between 0 and 100")
		}
		limit = *first
	}
	preds, err := publicTargetWhere(f)
	if err != nil {
		return nil, err
	}
	ctx = asPublic(ctx)
	conn := &PublicTargetConnection{Edges: []*PublicTargetEdge{}, PageInfo: ent.PageInfo{HasPreviousPage: after != nil}}
	if conn.TotalCount, err = s.Client.Target.Query().Where(preds...).Count(ctx); err != nil {
		return nil, err
	}
	if after != nil {
		preds = append(preds, target.IDGT(after.ID))
	}
	if limit == 0 {
		return conn, nil
	}
	rows, err := s.publicTargetPage(ctx, preds, limit+1)
	if err != nil {
		return nil, err
	}
	if len(rows) > limit {
		rows, conn.PageInfo.HasNextPage = rows[:limit], true
	}
	for _, t := range rows {
		conn.Edges = append(conn.Edges, &PublicTargetEdge{Node: t, Cursor: ent.Cursor{ID: t.ID}})
	}
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor, conn.PageInfo.EndCursor = &conn.Edges[0].Cursor, &conn.Edges[n-1].Cursor
	}
	return conn, nil
}

// EachPublicTarget calls yield with every published target the filter
// selects (at most PublicMaxDownload), page by page, in the order of PublicTargets.
func (s *Service) EachPublicTarget(ctx context.Context, f PublicFilter, yield func(*PublicTarget) error) error {
	preds, err := publicTargetWhere(f)
	if err != nil {
		return err
	}
	ctx = asPublic(ctx)
	const page = 200
	last, n := 0, 0
	for n < PublicMaxDownload {
		rows, err := s.publicTargetPage(ctx, append(preds[:len(preds):len(preds)], target.IDGT(last)), min(page, PublicMaxDownload-n))
		if err != nil {
			return err
		}
		for _, t := range rows {
			if err := yield(t); err != nil {
				return err
			}
			last = t.ID
		}
		n += len(rows)
		if len(rows) < page {
			break
		}
	}
	return nil
}

// publicTargetWhere turns the filter into predicates on approved targets
// (the version in force), with publicResults' range checks.
func publicTargetWhere(f PublicFilter) ([]predicate.Target, error) {
	if _, err := publicWhere(f); err != nil {
		return nil, err
	}
	preds := []predicate.Target{target.FiscalYear(f.FiscalYear), target.StatusEQ(target.StatusApproved)}
	if f.DepartmentID != nil {
		preds = append(preds, target.DepartmentID(*f.DepartmentID))
	}
	if f.Sector != nil {
		preds = append(preds, target.Or(
			target.HasProjectWith(project.SectorEQ(*f.Sector)),
			target.And(target.ProjectIDIsNil(), target.HasDepartmentWith(department.SectorEQ(*f.Sector))),
		))
	}
	if f.Search != "" {
		preds = append(preds, target.Or(
			target.HasProjectWith(project.Or(project.NameContains(f.Search), project.CodeContains(f.Search))),
			target.HasDepartmentWith(department.NameContains(f.Search)),
		))
	}
	return preds, nil
}

// publicTargetPage reads up to limit targets in id order with their
// department, project, indicators and public evidence; ctx reads as the public.
func (s *Service) publicTargetPage(ctx context.Context, preds []predicate.Target, limit int) ([]*PublicTarget, error) {
	rows, err := s.Client.Target.Query().Where(preds...).Order(ent.Asc(target.FieldID)).Limit(limit).
		WithDepartment().WithProject().
		WithIndicators(func(q *ent.IndicatorQuery) {
			q.Order(ent.Asc(indicator.FieldSortOrder), ent.Asc(indicator.FieldID))
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*PublicTarget, len(rows))
	byID := make(map[int]*PublicTarget, len(rows))
	ids := make([]int, len(rows))
	for i, t := range rows {
		out[i] = publicTarget(t)
		byID[t.ID], ids[i] = out[i], t.ID
	}
	files, err := s.publicTargetEvidence(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if t := byID[f.targetID]; t != nil {
			t.Evidence = append(t.Evidence, f.PublicEvidence)
		}
	}
	return out, nil
}

func publicTarget(t *ent.Target) *PublicTarget {
	p := &PublicTarget{ID: t.ID, FiscalYear: t.FiscalYear, Goal: t.Goal, ApprovedAmount: t.ApprovedAmount,
		Indicators: []PublicIndicator{}, Evidence: []PublicEvidence{}}
	if d := t.Edges.Department; d != nil {
		p.DepartmentCode, p.DepartmentName, p.Sector = d.Code, d.Name, d.Sector
	}
	if pr := t.Edges.Project; pr != nil {
		p.ProjectCode, p.ProjectName, p.Sector = &pr.Code, &pr.Name, pr.Sector
	}
	for _, i := range t.Edges.Indicators {
		row := PublicIndicator{Category: i.Category, Subcategory: i.Subcategory, Name: i.Name, Comparator: i.Comparator, TargetValue: i.TargetValue}
		if i.TargetText != "" {
			row.TargetText = &i.TargetText
		}
		if i.Unit != "" {
			row.Unit = &i.Unit
		}
		p.Indicators = append(p.Indicators, row)
	}
	return p
}

// PublicDepartments are the departments with an approved target or a
// published evaluation in the year, by code: the public page's picker.
func (s *Service) PublicDepartments(ctx context.Context, fiscalYear int) ([]*PublicDepartment, error) {
	if _, err := publicWhere(PublicFilter{FiscalYear: fiscalYear}); err != nil {
		return nil, err
	}
	deps, err := s.Client.Department.Query().Where(department.Or(
		department.HasTargetsWith(target.FiscalYear(fiscalYear), target.StatusEQ(target.StatusApproved)),
		department.HasEvaluationsWith(evaluation.FiscalYear(fiscalYear), evaluation.StatusEQ(evaluation.StatusPublished)),
	)).Order(ent.Asc(department.FieldCode), ent.Asc(department.FieldID)).Limit(PublicMaxDownload).All(asPublic(ctx))
	if err != nil {
		return nil, err
	}
	out := make([]*PublicDepartment, len(deps))
	for i, d := range deps {
		out[i] = &PublicDepartment{ID: d.ID, Code: d.Code, Name: d.Name, Sector: d.Sector}
	}
	return out, nil
}
