package documents

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/internal/documents/forms"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// Labels of the monitoring choices, as the 监控表 prints them.
var (
	reasonLabels = map[indicatorprogress.Reason]string{
		indicatorprogress.ReasonFunding: "经费保障", indicatorprogress.ReasonInstitutional: "制度保障",
		indicatorprogress.ReasonStaffing: "人员保障", indicatorprogress.ReasonHardware: "硬件条件保障",
		indicatorprogress.ReasonPolicyChange: "政策变化", indicatorprogress.ReasonEmergency: "突发事件",
		indicatorprogress.ReasonOther: "其他",
	}
	likelihoodLabels = map[indicatorprogress.Likelihood]string{
		indicatorprogress.LikelihoodCertain: "确定能", indicatorprogress.LikelihoodPossible: "有可能",
		indicatorprogress.LikelihoodImpossible: "完全不可能",
	}
	recommendationLabels = map[monitoring.Recommendation]string{
		monitoring.RecommendationContinue: "继续实施", monitoring.RecommendationAdjust: "调整",
		monitoring.RecommendationSuspend: "暂缓", monitoring.RecommendationStop: "终止",
	}
	comparatorSigns = map[enums.Comparator]string{
		enums.ComparatorGte: "≥", enums.ComparatorGt: ">", enums.ComparatorEq: "=", enums.ComparatorLt: "<", enums.ComparatorLte: "≤",
	}
)

// MonitoringForm fills the 监控表 of a monitoring record the viewer may
// read: 3 statements whatever the number of indicators (the record with its
// project, department and progress; the target with its indicators).
func (s *Service) MonitoringForm(ctx context.Context, id int) (forms.MonitoringForm, error) {
	m, err := s.Client.Monitoring.Query().Where(monitoring.ID(id)).WithProject().WithDepartment().
		WithTarget(func(q *ent.TargetQuery) {
			q.WithIndicators(func(q *ent.IndicatorQuery) { q.Order(ent.Asc(indicator.FieldSortOrder), ent.Asc(indicator.FieldID)) })
		}).
		WithProgresses().Only(ctx)
	if err != nil {
		return forms.MonitoringForm{}, err
	}
	form := forms.MonitoringForm{FiscalYear: m.FiscalYear, Month: m.Month, Budget: m.Budget, Paid: m.PaidToDate,
		Warning: enums.WarningLevel("").Labels()[string(m.WarningLevel)].ZH, CorrectiveAction: m.CorrectiveAction,
		Note: m.Note, Recommendation: recommendationLabels[m.Recommendation]}
	if form.TimeProgress, err = rules.TimeProgress(rules.NationalDefaults(), m.Month); err != nil {
		return form, err
	}
	if p := m.Edges.Project; p != nil {
		form.ProjectCode, form.ProjectName = p.Code, p.Name
	}
	if d := m.Edges.Department; d != nil {
		form.DepartmentName = d.Name
	}
	progress := map[int]*ent.IndicatorProgress{}
	for _, p := range m.Edges.Progresses {
		progress[p.IndicatorID] = p
	}
	t := m.Edges.Target
	if t == nil {
		return form, nil
	}
	form.Goal = t.Goal
	for _, ind := range t.Edges.Indicators {
		row := forms.ProgressRow{Category: ind.Category, Subcategory: ind.Subcategory, Name: ind.Name, Target: ind.TargetText}
		if ind.TargetValue != nil {
			row.Target = comparatorSigns[ind.Comparator] + ind.TargetValue.String() + ind.Unit
		}
		if p := progress[ind.ID]; p != nil {
			switch {
			case p.CompletedToDate != nil:
				row.ToDate = p.CompletedToDate.String() + ind.Unit
			case p.CompletedLevel != nil:
				row.ToDate = enums.QualitativeLevel("").Labels()[string(*p.CompletedLevel)].ZH
			}
			if p.ExpectedFullYear != nil {
				row.Expected = p.ExpectedFullYear.String() + ind.Unit
			}
			if p.Reason != nil {
				row.Reason = reasonLabels[*p.Reason]
				if p.ReasonText != "" {
					row.Reason += "：" + p.ReasonText
				}
			} else {
				row.Reason = p.ReasonText
			}
			if p.Likelihood != nil {
				row.Likelihood = likelihoodLabels[*p.Likelihood]
			}
			row.Warning = enums.WarningLevel("").Labels()[string(p.WarningLevel)].ZH
		}
		form.Items = append(form.Items, row)
	}
	return form, nil
}
