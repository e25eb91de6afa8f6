package documents

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/indicator"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/documents/forms"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
)

// TargetForm fills the 申报表 of a target the viewer may read.
func (s *Service) TargetForm(ctx context.Context, id int) (forms.TargetForm, error) {
	t, err := s.Client.Target.Query().Where(target.ID(id)).WithDepartment().WithProject().
		WithIndicators(func(q *ent.IndicatorQuery) { q.Order(ent.Asc(indicator.FieldSortOrder), ent.Asc(indicator.FieldID)) }).
		Only(ctx)
	if err != nil {
		return forms.TargetForm{}, err
	}
	form := forms.TargetForm{FiscalYear: t.FiscalYear, Goal: t.Goal, MidTerm: t.Term == target.TermMidTerm}
	if d := t.Edges.Department; d != nil {
		form.DepartmentCode, form.DepartmentName = d.Code, d.Name
	}
	if p := t.Edges.Project; p != nil {
		form.ProjectCode, form.ProjectName, form.Category = p.Code, p.Name, projectCategories[p.Category]
		allocated, err := s.allocated(ctx, p.ID, t.FiscalYear)
		if err != nil {
			return form, err
		}
		form.Allocated = &allocated
	}
	// 申请金额 (the department's requested amount) stays blank until Target carries it.
	for _, ind := range t.Edges.Indicators {
		row := forms.IndicatorRow{Category: ind.Category, Subcategory: ind.Subcategory, Name: ind.Name,
			Comparator: ind.Comparator, Value: ind.TargetValue, Text: ind.TargetText, Unit: ind.Unit,
			Weight: ind.Weight, Standard: string(ind.Standard)}
		form.Indicators = append(form.Indicators, row)
	}
	return form, nil
}

// allocated is the project's budget of the year: each allocation's adjusted
// amount when adjusted, its initial amount otherwise.
func (s *Service) allocated(ctx context.Context, projectID, year int) (money.Money, error) {
	rows, err := s.Client.Allocation.Query().Where(allocation.ProjectID(projectID), allocation.FiscalYear(year)).
		Select(allocation.FieldInitialAmount, allocation.FieldAdjustedAmount).All(ctx)
	var sum money.Money
	for _, a := range rows {
		if a.AdjustedAmount != nil {
			sum += *a.AdjustedAmount
		} else {
			sum += a.InitialAmount
		}
	}
	return sum, err
}

var projectCategories = map[project.Category]string{
	project.CategorySpecialBusiness: "专项业务费", project.CategorySpecialFunds: "专项经费",
	project.CategoryCapitalConstruction: "基本建设", project.CategoryTransferPayment: "转移支付", project.CategoryPolicy: "政策",
}

// ExportTarget writes the 申报表 of one target.
func (s *Service) ExportTarget(ctx context.Context, w io.Writer, id int) error {
	form, err := s.TargetForm(ctx, id)
	if err != nil {
		return err
	}
	return forms.WriteTargets(w, []forms.TargetForm{form})
}

// Upload is one uploaded workbook.
type Upload struct {
	Name string
	Body io.Reader
}

// ImportResult says what became of each sheet.
type ImportResult struct {
	Created   []string      `json:"created"`
	Updated   []string      `json:"updated"`
	Unchanged []string      `json:"unchanged"`
	Sheets    []SheetResult `json:"sheets"`
}

// SheetResult is one imported form, for the row-by-row display.
type SheetResult struct {
	File        string `json:"file"`
	Sheet       string `json:"sheet"`
	ProjectCode string `json:"projectCode"`
	TargetID    string `json:"targetId"`
	Action      string `json:"action"` // CREATED, UPDATED, UNCHANGED
	Indicators  int    `json:"indicators"`
}

// ImportTargets applies filled 申报表, all or nothing. Each form declares the
// project's target of its year through the workflow; a form whose project
// already has an editable target of that year revises it, and one identical
// to the project's current target changes nothing, so importing a file twice
// never duplicates. A dry run per form (rolled back) collects the errors of
// every form; only when there are none are all forms written in one transaction.
func (s *Service) ImportTargets(ctx context.Context, uploads []Upload) (*ImportResult, []forms.CellError, error) {
	var (
		all  []forms.TargetForm
		errs []forms.CellError
		file = map[int]string{}
	)
	for _, u := range uploads {
		read, cellErrs := forms.ReadTargets(u.Body, u.Name)
		for _, f := range read {
			file[len(all)] = u.Name
			all = append(all, f)
		}
		errs = append(errs, cellErrs...)
	}
	seen := map[string]string{}
	for i, f := range all {
		key := fmt.Sprintf("%s/%d", f.ProjectCode, f.FiscalYear)
		if other, dup := seen[key]; dup && f.ProjectCode != "" {
			errs = append(errs, forms.CellError{File: file[i], Sheet: f.Sheet, Row: forms.ProjectRow, Column: forms.ProjectColumn, Cell: "G3",
				ZH: fmt.Sprintf("项目 %s 的 %d 年度目标在工作表“%s”中已出现", f.ProjectCode, f.FiscalYear, other),
				EN: fmt.Sprintf("project %s's %d target already appears in sheet %q", f.ProjectCode, f.FiscalYear, other)})
		}
		seen[key] = f.Sheet
	}
	if len(errs) > 0 {
		return nil, errs, nil
	}
	// Dry runs: every form's own errors, each in a transaction rolled back.
	for i, f := range all {
		err := s.inTx(ctx, false, func(ctx context.Context) error {
			_, err := s.applyTarget(ctx, f)
			return err
		})
		if err != nil {
			cellErr, ok := formError(file[i], f, err)
			if !ok {
				return nil, nil, err
			}
			errs = append(errs, cellErr)
		}
	}
	if len(errs) > 0 {
		return nil, errs, nil
	}
	result := &ImportResult{Created: []string{}, Updated: []string{}, Unchanged: []string{}}
	err := s.inTx(ctx, true, func(ctx context.Context) error {
		for i, f := range all {
			r, err := s.applyTarget(ctx, f)
			if err != nil {
				return err
			}
			r.File = file[i]
			result.Sheets = append(result.Sheets, r)
			switch r.Action {
			case "CREATED":
				result.Created = append(result.Created, r.TargetID)
			case "UPDATED":
				result.Updated = append(result.Updated, r.TargetID)
			default:
				result.Unchanged = append(result.Unchanged, r.TargetID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return result, nil, nil
}

// applyTarget declares, revises or leaves alone the project's target of the form's year.
func (s *Service) applyTarget(ctx context.Context, f forms.TargetForm) (SheetResult, error) {
	res := SheetResult{Sheet: f.Sheet, ProjectCode: f.ProjectCode, Indicators: len(f.Indicators)}
	c := ent.FromContext(ctx)
	p, err := c.Project.Query().Where(project.Code(f.ProjectCode)).WithDepartment().Only(ctx)
	if ent.IsNotFound(err) {
		return res, &fail.Error{Code: fail.CodeBadInput, Field: "projectCode",
			ZH: fmt.Sprintf("项目编码 %s 不存在或无权访问", f.ProjectCode), EN: fmt.Sprintf("project %s does not exist or is not yours", f.ProjectCode)}
	}
	if err != nil {
		return res, err
	}
	if d := p.Edges.Department; f.DepartmentCode != "" && d != nil && d.Code != f.DepartmentCode {
		return res, &fail.Error{Code: fail.CodeBadInput, Field: "departmentCode",
			ZH: fmt.Sprintf("部门编码 %s 与项目的主管部门 %s（%s）不符", f.DepartmentCode, d.Name, d.Code),
			EN: fmt.Sprintf("department code %s is not the project's department %s", f.DepartmentCode, d.Code)}
	}
	term := target.TermAnnual
	if f.MidTerm {
		term = target.TermMidTerm
	}
	indicators := make([]*ent.CreateIndicatorInput, len(f.Indicators))
	for i, r := range f.Indicators {
		in := &ent.CreateIndicatorInput{Category: r.Category, Subcategory: r.Subcategory, Name: r.Name,
			Comparator: r.Comparator, TargetValue: r.Value, Weight: r.Weight}
		if r.Text != "" {
			in.TargetText = &r.Text
		}
		if r.Unit != "" {
			in.Unit = &r.Unit
		}
		if r.Standard != "" {
			st := indicator.Standard(r.Standard)
			in.Standard = &st
		}
		indicators[i] = in
	}
	current, err := c.Target.Query().Where(target.ProjectID(p.ID), target.FiscalYear(f.FiscalYear), target.StatusNEQ(target.StatusSuperseded)).
		Order(ent.Desc(target.FieldVersion)).WithIndicators(func(q *ent.IndicatorQuery) {
		q.Order(ent.Asc(indicator.FieldSortOrder), ent.Asc(indicator.FieldID))
	}).First(ctx)
	switch {
	case ent.IsNotFound(err):
		t, err := s.Targets.Declare(ctx, ent.CreateTargetInput{FiscalYear: f.FiscalYear, Term: &term, Goal: f.Goal,
			ProjectID: &p.ID, DepartmentID: p.DepartmentID}, indicators)
		if err != nil {
			return res, err
		}
		res.TargetID, res.Action = strconv.Itoa(t.ID), "CREATED"
		return res, nil
	case err != nil:
		return res, err
	}
	res.TargetID = strconv.Itoa(current.ID)
	if same(current, term, f) {
		res.Action = "UNCHANGED"
		return res, nil
	}
	switch current.Status {
	case target.StatusDraft, target.StatusReturned, target.StatusAdjusting:
	default:
		return res, &fail.Error{Code: fail.CodeBadInput, Field: "projectCode",
			ZH: fmt.Sprintf("项目 %s 的 %d 年度目标已提交或已批复，不能用导入覆盖；如需修改请先申请调整", f.ProjectCode, f.FiscalYear),
			EN: fmt.Sprintf("project %s's %d target is submitted or approved; import cannot overwrite it (open an adjustment first)", f.ProjectCode, f.FiscalYear)}
	}
	goal := f.Goal
	_, err = s.Targets.Revise(ctx, current.ID, current.LockVersion, ent.UpdateTargetInput{Goal: &goal, Term: &term}, indicators)
	if err != nil {
		return res, err
	}
	res.Action = "UPDATED"
	return res, nil
}

// same says whether a target already holds exactly what the form declares.
func same(t *ent.Target, term target.Term, f forms.TargetForm) bool {
	if t.Goal != f.Goal || t.Term != term || len(t.Edges.Indicators) != len(f.Indicators) {
		return false
	}
	for i, ind := range t.Edges.Indicators {
		r := f.Indicators[i]
		standard := r.Standard
		if standard == "" {
			standard = string(indicator.StandardPlan)
		}
		if ind.Category != r.Category || ind.Subcategory != r.Subcategory || ind.Name != r.Name ||
			ind.Comparator != r.Comparator || ind.TargetText != r.Text || ind.Unit != r.Unit ||
			!ind.Weight.Equal(r.Weight) || string(ind.Standard) != standard ||
			(ind.TargetValue == nil) != (r.Value == nil) || (ind.TargetValue != nil && !ind.TargetValue.Equal(*r.Value)) {
			return false
		}
	}
	return true
}

// formError places a workflow error on the form: an indicator's field on its
// row and column, the goal on its row, anything else on the sheet. Errors that
// are not the user's input (database down, forbidden) are not placed.
func formError(file string, f forms.TargetForm, err error) (forms.CellError, bool) {
	var (
		typed      *fail.Error
		validation *ent.ValidationError
	)
	e := forms.CellError{File: file, Sheet: f.Sheet}
	switch {
	case errors.As(err, &typed) && typed.Code == fail.CodeBadInput:
		e.ZH, e.EN = typed.ZH, typed.EN
		placeField(&e, f, typed.Field)
	case errors.As(err, &validation):
		name := validation.Name
		e.ZH, e.EN = "字段 "+name+" 的值无效", validation.Error()
		placeField(&e, f, name)
	default: // not the user's input: forbidden, database errors

		return e, false
	}
	return e, true
}

func placeField(e *forms.CellError, f forms.TargetForm, field string) {
	switch {
	case strings.HasPrefix(field, "indicators."):
		parts := strings.SplitN(field, ".", 3)
		i, err := strconv.Atoi(parts[1])
		if err == nil && i < len(f.Indicators) && len(parts) == 3 {
			e.Row = f.Indicators[i].Row
			e.Column = forms.ColumnOf(parts[2])
			e.Cell = forms.CellOf(e.Row, e.Column)
		}
	case field == "goal":
		e.Row, e.Column, e.Cell = forms.GoalRow, forms.GoalColumn, "B7"
	case field == "projectCode":
		e.Row, e.Column, e.Cell = forms.ProjectRow, forms.ProjectColumn, "G3"
	case field == "departmentCode":
		e.Row, e.Column, e.Cell = forms.DepartmentRow, forms.DepartmentCell, "G4"
	case field == "fiscalYear" || field == "fiscal_year":
		e.Row, e.Column, e.Cell = forms.YearRow, forms.YearColumn, "A2"
	}
}
