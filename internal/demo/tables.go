package demo

import (
	"fmt"
	"slices"

	"entgo.io/ent/dialect/sql/schema"

	"jixiao/ent/agency"
	"jixiao/ent/allocation"
	"jixiao/ent/assessment"
	"jixiao/ent/budgetlink"
	"jixiao/ent/department"
	"jixiao/ent/disbursement"
	"jixiao/ent/evaluation"
	"jixiao/ent/evaluationscheme"
	"jixiao/ent/expert"
	"jixiao/ent/fund"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/indicatortemplate"
	"jixiao/ent/migrate"
	"jixiao/ent/monitoring"
	"jixiao/ent/project"
	"jixiao/ent/rectification"
	"jixiao/ent/review"
	"jixiao/ent/ruleset"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/ent/user"
)

// table is one table the loader writes: its columns in the order rows give
// their values. Column names come from the generated ent packages, so raw
// SQL follows the schema; check verifies them against ent's migration schema.
type table struct {
	schema *schema.Table
	cols   []string
	pos    int // place in loadOrder
}

func (t *table) name() string { return t.schema.Name }

// idStart is the first id of the table's range (globally unique ids: each
// table owns 2³² ids starting at its IncrementStart).
func (t *table) idStart() int {
	if a := t.schema.Annotation; a != nil && a.IncrementStart != nil {
		return *a.IncrementStart
	}
	return 0
}

func (t *table) hasID() bool { return slices.Contains(t.cols, "id") }

// check rejects a column the table does not have, and a required column (NOT
// NULL, no default) the loader would leave out.
func (t *table) check() error {
	have := map[string]bool{}
	for _, c := range t.schema.Columns {
		have[c.Name] = true
	}
	given := map[string]bool{}
	for _, c := range t.cols {
		if !have[c] {
			return fmt.Errorf("demo: table %s has no column %s (schema changed?)", t.name(), c)
		}
		if given[c] {
			return fmt.Errorf("demo: column %s.%s given twice", t.name(), c)
		}
		given[c] = true
	}
	for _, c := range t.schema.Columns {
		if !c.Nullable && c.Default == nil && !given[c.Name] {
			return fmt.Errorf("demo: required column %s.%s is not written (schema changed?)", t.name(), c.Name)
		}
	}
	return nil
}

func tbl(s *schema.Table, cols ...string) *table { return &table{schema: s, cols: cols} }

// The tables, in the order a chunk writes them (parents before children, so
// foreign keys hold after every statement).
var (
	tRuleSets = tbl(migrate.RuleSetsTable, ruleset.FieldID, ruleset.FieldCreatedAt, ruleset.FieldUpdatedAt,
		ruleset.FieldName, ruleset.FieldVersion, ruleset.FieldRegion, ruleset.FieldFiscalYear, ruleset.FieldParams, ruleset.FieldDescription)
	tAgencies = tbl(migrate.AgenciesTable, agency.FieldID, agency.FieldCreatedAt, agency.FieldUpdatedAt,
		agency.FieldCode, agency.FieldName, agency.FieldContact, agency.FieldPhone)
	tSchemes = tbl(migrate.EvaluationSchemesTable, evaluationscheme.FieldID, evaluationscheme.FieldCreatedAt, evaluationscheme.FieldUpdatedAt,
		evaluationscheme.FieldLockVersion, evaluationscheme.FieldCode, evaluationscheme.FieldVersion, evaluationscheme.FieldName,
		evaluationscheme.FieldSubject, evaluationscheme.FieldDescription, evaluationscheme.FieldDefinition)
	tExperts = tbl(migrate.ExpertsTable, expert.FieldID, expert.FieldCreatedAt, expert.FieldUpdatedAt,
		expert.FieldName, expert.FieldSpecialty, expert.FieldTitle, expert.FieldPhone, expert.FieldAgencyID)
	tTemplates = tbl(migrate.IndicatorTemplatesTable, indicatortemplate.FieldID, indicatortemplate.FieldCreatedAt, indicatortemplate.FieldUpdatedAt,
		indicatortemplate.FieldCode, indicatortemplate.FieldCategory, indicatortemplate.FieldSubcategory, indicatortemplate.FieldName,
		indicatortemplate.FieldDefinition, indicatortemplate.FieldUnit, indicatortemplate.FieldComparator, indicatortemplate.FieldSector,
		indicatortemplate.FieldKeywords, indicatortemplate.FieldHistory)
	tDepartments = tbl(migrate.DepartmentsTable, department.FieldID, department.FieldCreatedAt, department.FieldUpdatedAt,
		department.FieldCode, department.FieldName, department.FieldKind, department.FieldRegion, department.FieldSector,
		department.FieldHeadcount, department.FieldParentID)
	tUsers = tbl(migrate.UsersTable, user.FieldID, user.FieldCreatedAt, user.FieldUpdatedAt,
		user.FieldUsername, user.FieldDisplayName, user.FieldRole, user.FieldPasswordHash, user.FieldActive,
		user.FieldFailedLogins, user.FieldDepartmentID, user.FieldAgencyID)
	tFunds = tbl(migrate.FundsTable, fund.FieldID, fund.FieldCreatedAt, fund.FieldUpdatedAt,
		fund.FieldFiscalYear, fund.FieldName, fund.FieldSource, fund.FieldLevel, fund.FieldAmount)
	tProjects = tbl(migrate.ProjectsTable, project.FieldID, project.FieldCreatedAt, project.FieldUpdatedAt, project.FieldLockVersion,
		project.FieldCode, project.FieldName, project.FieldFiscalYear, project.FieldEndYear, project.FieldCategory, project.FieldSector,
		project.FieldKeyProject, project.FieldPublicService, project.FieldStatus, project.FieldDescription, project.FieldWarningLevel,
		project.FieldWarningSeverity, project.FieldDepartmentID)
	tAssessments = tbl(migrate.AssessmentsTable, assessment.FieldID, assessment.FieldCreatedAt, assessment.FieldUpdatedAt,
		assessment.FieldNecessity, assessment.FieldFeasibility, assessment.FieldBenefit, assessment.FieldEconomy, assessment.FieldCompliance,
		assessment.FieldConclusion, assessment.FieldSummary, assessment.FieldAssessedAt, assessment.FieldProjectID, assessment.FieldDepartmentID)
	tAssessmentExperts = tbl(migrate.AssessmentExpertsTable, assessment.ExpertsPrimaryKey...)
	tTargets           = tbl(migrate.TargetsTable, target.FieldID, target.FieldCreatedAt, target.FieldUpdatedAt, target.FieldLockVersion,
		target.FieldFiscalYear, target.FieldTerm, target.FieldGoal, target.FieldStatus, target.FieldVersion,
		target.FieldProjectID, target.FieldDepartmentID, target.FieldPredecessorID, target.FieldSubmittedByID,
		target.FieldRequestedAmount, target.FieldApprovedAmount)
	tIndicators = tbl(migrate.IndicatorsTable, indicator.FieldID, indicator.FieldCreatedAt, indicator.FieldUpdatedAt,
		indicator.FieldCategory, indicator.FieldSubcategory, indicator.FieldName, indicator.FieldComparator,
		indicator.FieldTargetValue, indicator.FieldTargetText, indicator.FieldUnit, indicator.FieldWeight, indicator.FieldStandard,
		indicator.FieldBaseline, indicator.FieldStandardValue, indicator.FieldActualValue, indicator.FieldActualLevel,
		indicator.FieldEvidence, indicator.FieldDeviationReason, indicator.FieldSortOrder, indicator.FieldTargetID,
		indicator.FieldTemplateID, indicator.FieldDepartmentID)
	tReviews = tbl(migrate.ReviewsTable, review.FieldID, review.FieldCreatedAt, review.FieldUpdatedAt,
		review.FieldDecision, review.FieldGrade, review.FieldComments, review.FieldChecks, review.FieldTargetID,
		review.FieldReviewerID, review.FieldDepartmentID)
	tAllocations = tbl(migrate.AllocationsTable, allocation.FieldID, allocation.FieldCreatedAt, allocation.FieldUpdatedAt,
		allocation.FieldFiscalYear, allocation.FieldInitialAmount, allocation.FieldAdjustedAmount, allocation.FieldFundID,
		allocation.FieldProjectID, allocation.FieldDepartmentID)
	tDisbursements = tbl(migrate.DisbursementsTable, disbursement.FieldID, disbursement.FieldCreatedAt, disbursement.FieldUpdatedAt,
		disbursement.FieldPaidOn, disbursement.FieldAmount, disbursement.FieldVoucherNo, disbursement.FieldPurpose,
		disbursement.FieldFiscalYear, disbursement.FieldMonth, disbursement.FieldAllocationID, disbursement.FieldProjectID,
		disbursement.FieldDepartmentID)
	tMonitorings = tbl(migrate.MonitoringsTable, monitoring.FieldID, monitoring.FieldCreatedAt, monitoring.FieldUpdatedAt, monitoring.FieldLockVersion,
		monitoring.FieldFiscalYear, monitoring.FieldMonth, monitoring.FieldPeriodKind, monitoring.FieldBudget, monitoring.FieldPaidToDate,
		monitoring.FieldWarningLevel, monitoring.FieldWarningSeverity, monitoring.FieldCorrectiveAction, monitoring.FieldRecommendation, monitoring.FieldNote,
		monitoring.FieldProjectID, monitoring.FieldTargetID, monitoring.FieldDepartmentID)
	tProgresses = tbl(migrate.IndicatorProgressesTable, indicatorprogress.FieldID, indicatorprogress.FieldCreatedAt, indicatorprogress.FieldUpdatedAt,
		indicatorprogress.FieldCompletedToDate, indicatorprogress.FieldCompletedLevel, indicatorprogress.FieldExpectedFullYear,
		indicatorprogress.FieldReason, indicatorprogress.FieldReasonText, indicatorprogress.FieldLikelihood, indicatorprogress.FieldWarningLevel,
		indicatorprogress.FieldMonitoringID, indicatorprogress.FieldIndicatorID, indicatorprogress.FieldDepartmentID)
	tEvaluations = tbl(migrate.EvaluationsTable, evaluation.FieldID, evaluation.FieldCreatedAt, evaluation.FieldUpdatedAt, evaluation.FieldLockVersion,
		evaluation.FieldFiscalYear, evaluation.FieldKind, evaluation.FieldScheme, evaluation.FieldStatus, evaluation.FieldTotalScore,
		evaluation.FieldGrade, evaluation.FieldFindings, evaluation.FieldRecommendations, evaluation.FieldReport, evaluation.FieldPublishedAt,
		evaluation.FieldProjectID, evaluation.FieldDepartmentID, evaluation.FieldAgencyID, evaluation.FieldRuleSetID,
		evaluation.FieldEvaluationSchemeID)
	tEvaluationExperts = tbl(migrate.EvaluationExpertsTable, evaluation.ExpertsPrimaryKey...)
	tScoreItems        = tbl(migrate.ScoreItemsTable, scoreitem.FieldID, scoreitem.FieldCreatedAt, scoreitem.FieldUpdatedAt,
		scoreitem.FieldName, scoreitem.FieldLevel, scoreitem.FieldWeight, scoreitem.FieldMethod, scoreitem.FieldInputs,
		scoreitem.FieldScore, scoreitem.FieldExplanation, scoreitem.FieldExplanationEn, scoreitem.FieldSortOrder, scoreitem.FieldEvaluationID,
		scoreitem.FieldParentID, scoreitem.FieldIndicatorID, scoreitem.FieldDepartmentID)
	tRectifications = tbl(migrate.RectificationsTable, rectification.FieldID, rectification.FieldCreatedAt, rectification.FieldUpdatedAt,
		rectification.FieldLockVersion, rectification.FieldProblem, rectification.FieldRequiredAction, rectification.FieldDeadline,
		rectification.FieldStatus, rectification.FieldCompletionNote, rectification.FieldCompletedAt, rectification.FieldDepartmentID,
		rectification.FieldEvaluationID, rectification.FieldMonitoringID)
	tBudgetLinks = tbl(migrate.BudgetLinksTable, budgetlink.FieldID, budgetlink.FieldCreatedAt, budgetlink.FieldUpdatedAt,
		budgetlink.FieldFiscalYear, budgetlink.FieldSuggestion, budgetlink.FieldAmount, budgetlink.FieldPercent,
		budgetlink.FieldNotify, budgetlink.FieldDisclose, budgetlink.FieldAccountability, budgetlink.FieldNote,
		budgetlink.FieldEvaluationID, budgetlink.FieldDepartmentID)
)

// loadOrder is every table the loader writes, parents first.
var loadOrder = func() []*table {
	ts := []*table{tRuleSets, tSchemes, tAgencies, tExperts, tTemplates, tDepartments, tUsers, tFunds,
		tProjects, tAssessments, tAssessmentExperts, tTargets, tIndicators, tReviews, tAllocations, tDisbursements,
		tMonitorings, tProgresses, tEvaluations, tEvaluationExperts, tScoreItems, tRectifications, tBudgetLinks}
	for i, t := range ts {
		t.pos = i
	}
	return ts
}()

func checkTables() error {
	for _, t := range loadOrder {
		if err := t.check(); err != nil {
			return err
		}
	}
	return nil
}
