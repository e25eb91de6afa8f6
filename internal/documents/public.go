package documents

import (
	"context"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/budgetlink"
	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/ent/evidence"
	"jixiao/ent/predicate"
	"jixiao/ent/project"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
)

// PublicFilter narrows the public results (信息公开): one fiscal year, and
// optionally a department, a sector and a search text.
type PublicFilter struct {
	FiscalYear   int
	DepartmentID *int
	Sector       *enums.Sector
	Search       string
}

// PublicResult is one published evaluation as the public may see it: the
// facts, the result and the budget links marked for disclosure. It holds no
// user, agency, comment, evidence, report text or lock version.
type PublicResult struct {
	ID              int
	FiscalYear      int
	Kind            evaluation.Kind
	DepartmentCode  string
	DepartmentName  string
	Sector          *enums.Sector
	ProjectCode     *string
	ProjectName     *string
	Goal            *string // the approved target's overall goal of the year
	TotalScore      *decimal.Decimal
	Grade           *enums.Grade
	Findings        string
	Recommendations string
	PublishedAt     *time.Time
	BudgetLinks     []PublicBudgetLink
	Evidence        []PublicEvidence
}

// PublicEvidence is a file finance marked public, backing a score of a
// published evaluation or the monitoring of an approved target: its name,
// size, type, hash and download address only (no uploader).
type PublicEvidence struct {
	Name        string `json:"name"`
	Size        int64  `json:"size"`
	ContentType string `json:"contentType"`
	Sha256      string `json:"sha256"`
	URL         string `json:"url"`
}

// PublicBudgetLink is a budget link finance marked for disclosure (公开).
type PublicBudgetLink struct {
	FiscalYear int
	Suggestion budgetlink.Suggestion
	Amount     *money.Money
	Percent    *decimal.Decimal
}

// PublicResultConnection is one page of public results.
type PublicResultConnection struct {
	Edges      []*PublicResultEdge
	PageInfo   ent.PageInfo
	TotalCount int
}

// PublicResultEdge is one public result and its cursor.
type PublicResultEdge struct {
	Node   *PublicResult
	Cursor ent.Cursor
}

// Page sizes of public reads.
const (
	PublicPageSize    = 20
	publicMaxPageSize = 100
	publicMaxSearch   = 50
	// PublicMaxDownload bounds an open-data download (CSV, JSON) of one year.
	PublicMaxDownload = 20000
)

// asPublic reads as the public (公众), whoever asks: the data layer's
// publishedReads rules then narrow every table to what is disclosed
// (published evaluations, approved targets, disclosed budget links), so
// that a logged-in caller sees exactly what an anonymous one sees.
func asPublic(ctx context.Context) context.Context {
	return auth.NewContext(ctx, &auth.Viewer{Role: enums.RolePublic})
}

// PublicResults is one page of the published results of a year, in a fixed
// order (by id); 6 statements whatever the page size.
func (s *Service) PublicResults(ctx context.Context, f PublicFilter, first *int, after *ent.Cursor) (*PublicResultConnection, error) {
	limit := PublicPageSize
	if first != nil {
		if *first < 0 || *first > publicMaxPageSize {
			return nil, fail.BadInput("first", "first 须在 0 至 100 之间", "first must be between 0 and 100")
		}
		limit = *first
	}
	preds, err := publicWhere(f)
	if err != nil {
		return nil, err
	}
	ctx = asPublic(ctx)
	conn := &PublicResultConnection{Edges: []*PublicResultEdge{}, PageInfo: ent.PageInfo{HasPreviousPage: after != nil}}
	if conn.TotalCount, err = s.Client.Evaluation.Query().Where(preds...).Count(ctx); err != nil {
		return nil, err
	}
	if after != nil {
		preds = append(preds, evaluation.IDGT(after.ID))
	}
	if limit == 0 {
		return conn, nil
	}
	rows, err := s.publicPage(ctx, f.FiscalYear, preds, limit+1)
	if err != nil {
		return nil, err
	}
	if len(rows) > limit {
		rows, conn.PageInfo.HasNextPage = rows[:limit], true
	}
	for _, r := range rows {
		conn.Edges = append(conn.Edges, &PublicResultEdge{Node: r, Cursor: ent.Cursor{ID: r.ID}})
	}
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor, conn.PageInfo.EndCursor = &conn.Edges[0].Cursor, &conn.Edges[n-1].Cursor
	}
	return conn, nil
}

// EachPublicResult calls yield with every published result the filter
// selects (at most PublicMaxDownload), page by page, in the order of PublicResults.
func (s *Service) EachPublicResult(ctx context.Context, f PublicFilter, yield func(*PublicResult) error) error {
	preds, err := publicWhere(f)
	if err != nil {
		return err
	}
	ctx = asPublic(ctx)
	const page = 500
	last, n := 0, 0
	for n < PublicMaxDownload {
		rows, err := s.publicPage(ctx, f.FiscalYear, append(preds[:len(preds):len(preds)], evaluation.IDGT(last)), min(page, PublicMaxDownload-n))
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := yield(r); err != nil {
				return err
			}
			last = r.ID
		}
		n += len(rows)
		if len(rows) < page {
			break
		}
	}
	return nil
}

// publicWhere turns the filter into predicates, refusing what is out of range.
func publicWhere(f PublicFilter) ([]predicate.Evaluation, error) {
	if f.FiscalYear < 2000 || f.FiscalYear > 2100 {
		return nil, fail.BadInput("fiscalYear", "年度须在 2000 至 2100 之间", "fiscalYear must be between 2000 and 2100")
	}
	if utf8.RuneCountInString(f.Search) > publicMaxSearch {
		return nil, fail.BadInput("search", "搜索词最多 50 个字", "the search text has at most 50 characters")
	}
	// Published only, whatever the privacy rules say: the query states what it discloses.
	preds := []predicate.Evaluation{evaluation.FiscalYear(f.FiscalYear), evaluation.StatusEQ(evaluation.StatusPublished)}
	if f.DepartmentID != nil {
		preds = append(preds, evaluation.DepartmentID(*f.DepartmentID))
	}
	if f.Sector != nil {
		preds = append(preds, evaluation.Or(
			evaluation.HasProjectWith(project.SectorEQ(*f.Sector)),
			evaluation.And(evaluation.ProjectIDIsNil(), evaluation.HasDepartmentWith(department.SectorEQ(*f.Sector))),
		))
	}
	if f.Search != "" {
		preds = append(preds, evaluation.Or(
			evaluation.HasProjectWith(project.Or(project.NameContains(f.Search), project.CodeContains(f.Search))),
			evaluation.HasDepartmentWith(department.NameContains(f.Search)),
		))
	}
	return preds, nil
}

// publicPage reads up to limit results with their department, project,
// approved target, disclosed budget links and public evidence: 7 statements.
func (s *Service) publicPage(ctx context.Context, year int, preds []predicate.Evaluation, limit int) ([]*PublicResult, error) {
	evs, err := s.Client.Evaluation.Query().Where(preds...).Order(ent.Asc(evaluation.FieldID)).Limit(limit).
		WithDepartment().
		WithProject(func(q *ent.ProjectQuery) {
			q.WithTargets(func(q *ent.TargetQuery) {
				q.Where(target.FiscalYear(year), target.StatusEQ(target.StatusApproved)).Order(ent.Asc(target.FieldID))
			})
		}).
		WithBudgetLinks(func(q *ent.BudgetLinkQuery) {
			q.Where(budgetlink.Disclose(true)).Order(ent.Asc(budgetlink.FieldID))
		}).
		All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*PublicResult, len(evs))
	byID := make(map[int]*PublicResult, len(evs))
	ids := make([]int, len(evs))
	for i, e := range evs {
		out[i] = publicResult(e)
		byID[e.ID], ids[i] = out[i], e.ID
	}
	if len(ids) == 0 {
		return out, nil
	}
	// The data layer's public rule narrows this further (public, on a
	// score item of a published evaluation); the query says it as well.
	files, err := s.Client.Evidence.Query().
		Where(evidence.Public(true), evidence.HasScoreItemWith(scoreitem.EvaluationIDIn(ids...))).
		WithScoreItem(func(q *ent.ScoreItemQuery) { q.Select(scoreitem.FieldEvaluationID) }).
		Order(ent.Asc(evidence.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if si := f.Edges.ScoreItem; si != nil && byID[si.EvaluationID] != nil {
			r := byID[si.EvaluationID]
			r.Evidence = append(r.Evidence, publicEvidence(f))
		}
	}
	return out, nil
}

func publicResult(e *ent.Evaluation) *PublicResult {
	r := &PublicResult{ID: e.ID, FiscalYear: e.FiscalYear, Kind: e.Kind, TotalScore: e.TotalScore, Grade: e.Grade,
		Findings: e.Findings, Recommendations: e.Recommendations, PublishedAt: e.PublishedAt, BudgetLinks: []PublicBudgetLink{}, Evidence: []PublicEvidence{}}
	if d := e.Edges.Department; d != nil {
		r.DepartmentCode, r.DepartmentName = d.Code, d.Name
		sector := d.Sector
		r.Sector = &sector
	}
	if p := e.Edges.Project; p != nil {
		r.ProjectCode, r.ProjectName = &p.Code, &p.Name
		sector := p.Sector
		r.Sector = &sector
		// The latest approved version of the year's target.
		for _, t := range p.Edges.Targets {
			if t.FiscalYear == e.FiscalYear {
				goal := t.Goal
				r.Goal = &goal
			}
		}
	}
	for _, l := range e.Edges.BudgetLinks {
		r.BudgetLinks = append(r.BudgetLinks, PublicBudgetLink{FiscalYear: l.FiscalYear, Suggestion: l.Suggestion, Amount: l.Amount, Percent: l.Percent})
	}
	return r
}
