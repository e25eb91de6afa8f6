package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/fund"
	"jixiao/ent/project"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// StatsDimension is what the stats cube groups by.
type StatsDimension string

const (
	DimDepartment      StatsDimension = "DEPARTMENT"
	DimRegion          StatsDimension = "REGION"
	DimSector          StatsDimension = "SECTOR"
	DimFiscalYear      StatsDimension = "FISCAL_YEAR"
	DimFundSource      StatsDimension = "FUND_SOURCE"
	DimProjectCategory StatsDimension = "PROJECT_CATEGORY"
	DimMonth           StatsDimension = "MONTH"
	DimEvaluationKind  StatsDimension = "EVALUATION_KIND"
	DimProject         StatsDimension = "PROJECT"
	// DimTemplate is the indicator library template (指标库) an indicator
	// was made from; indicators made from none share a null key.
	DimTemplate StatsDimension = "TEMPLATE"
)

var statsDimensions = []StatsDimension{DimDepartment, DimRegion, DimSector, DimFiscalYear, DimFundSource,
	DimProjectCategory, DimMonth, DimEvaluationKind, DimProject, DimTemplate}

func (d StatsDimension) MarshalGQL(w io.Writer) { marshalEnum(w, d) }
func (d *StatsDimension) UnmarshalGQL(v any) error {
	return unmarshalEnum(d, v, "StatsDimension", statsDimensions)
}

// StatsMeasure is a figure the stats cube adds up.
type StatsMeasure string

const (
	MeasureProjectCount            StatsMeasure = "PROJECT_COUNT"
	MeasureKeyProjectCount         StatsMeasure = "KEY_PROJECT_COUNT"
	MeasureInitialBudget           StatsMeasure = "INITIAL_BUDGET"
	MeasureBudget                  StatsMeasure = "BUDGET"
	MeasurePaid                    StatsMeasure = "PAID"
	MeasurePaidToDate              StatsMeasure = "PAID_TO_DATE"
	MeasureExecutionRate           StatsMeasure = "EXECUTION_RATE"
	MeasureTargetsDeclared         StatsMeasure = "TARGETS_DECLARED"
	MeasureTargetsApproved         StatsMeasure = "TARGETS_APPROVED"
	MeasureIndicatorCount          StatsMeasure = "INDICATOR_COUNT"
	MeasureIndicatorsReported      StatsMeasure = "INDICATORS_REPORTED"
	MeasureIndicatorsCompleted     StatsMeasure = "INDICATORS_COMPLETED"
	MeasureIndicatorCompletionRate StatsMeasure = "INDICATOR_COMPLETION_RATE"
	MeasureMonitoredProjects       StatsMeasure = "MONITORED_PROJECTS"
	MeasureRedWarnings             StatsMeasure = "RED_WARNINGS"
	MeasureYellowWarnings          StatsMeasure = "YELLOW_WARNINGS"
	MeasureEvaluationCount         StatsMeasure = "EVALUATION_COUNT"
	MeasureScoredEvaluationCount   StatsMeasure = "SCORED_EVALUATION_COUNT"
	MeasureAverageScore            StatsMeasure = "AVERAGE_SCORE"
	MeasureGradeCounts             StatsMeasure = "GRADE_COUNTS"
	MeasureMonitoredMonths         StatsMeasure = "MONITORED_MONTHS"
	MeasureRedMonths               StatsMeasure = "RED_MONTHS"
	MeasureYellowMonths            StatsMeasure = "YELLOW_MONTHS"
	MeasureLatestWarning           StatsMeasure = "LATEST_WARNING"
)

var statsMeasures = []StatsMeasure{MeasureProjectCount, MeasureKeyProjectCount, MeasureInitialBudget, MeasureBudget,
	MeasurePaid, MeasurePaidToDate, MeasureExecutionRate, MeasureTargetsDeclared, MeasureTargetsApproved,
	MeasureIndicatorCount, MeasureIndicatorsReported, MeasureIndicatorsCompleted, MeasureIndicatorCompletionRate,
	MeasureMonitoredProjects, MeasureRedWarnings, MeasureYellowWarnings, MeasureEvaluationCount,
	MeasureScoredEvaluationCount, MeasureAverageScore, MeasureGradeCounts, MeasureMonitoredMonths,
	MeasureRedMonths, MeasureYellowMonths, MeasureLatestWarning}

func (m StatsMeasure) MarshalGQL(w io.Writer) { marshalEnum(w, m) }
func (m *StatsMeasure) UnmarshalGQL(v any) error {
	return unmarshalEnum(m, v, "StatsMeasure", statsMeasures)
}

// cube is a summary table seen by the stats query: which measures it feeds
// and which dimensions it can be cut by.
type cube struct {
	table    string
	measures []StatsMeasure
	dims     []StatsDimension
}

var (
	executionCube = cube{"execution_summaries",
		[]StatsMeasure{MeasureInitialBudget, MeasureBudget, MeasurePaid, MeasurePaidToDate, MeasureExecutionRate},
		[]StatsDimension{DimDepartment, DimRegion, DimSector, DimFiscalYear, DimFundSource, DimProjectCategory, DimMonth}}
	performanceCube = cube{"performance_summaries",
		[]StatsMeasure{MeasureProjectCount, MeasureKeyProjectCount, MeasureTargetsDeclared, MeasureTargetsApproved,
			MeasureIndicatorCount, MeasureIndicatorsReported, MeasureIndicatorsCompleted, MeasureIndicatorCompletionRate,
			MeasureMonitoredProjects, MeasureRedWarnings, MeasureYellowWarnings},
		[]StatsDimension{DimDepartment, DimRegion, DimSector, DimFiscalYear, DimProjectCategory}}
	evaluationCube = cube{"evaluation_summaries",
		[]StatsMeasure{MeasureEvaluationCount, MeasureScoredEvaluationCount, MeasureAverageScore, MeasureGradeCounts},
		[]StatsDimension{DimDepartment, DimRegion, DimSector, DimFiscalYear, DimProjectCategory, DimEvaluationKind}}
	// projectCube is one row per project and year: the only cube with the
	// PROJECT dimension and the monitoring-period measures. It also feeds
	// budget, payments and indicator measures when PROJECT is grouped (the
	// first cube in cubes that has a measure and every grouped dimension
	// feeds it, so one query never adds a figure from two cubes).
	projectCube = cube{"project_year_summaries",
		[]StatsMeasure{MeasureProjectCount, MeasureBudget, MeasurePaid, MeasurePaidToDate, MeasureExecutionRate,
			MeasureIndicatorCount, MeasureIndicatorsCompleted, MeasureIndicatorCompletionRate,
			MeasureMonitoredMonths, MeasureRedMonths, MeasureYellowMonths, MeasureLatestWarning},
		[]StatsDimension{DimProject, DimDepartment, DimRegion, DimSector, DimFiscalYear, DimProjectCategory}}
	// templateCube is one row per indicator of the targets in force (as the
	// performance summary counts them) with its library template and project
	// (null for a department-wide target): the only cube with the TEMPLATE
	// dimension, so TEMPLATE × PROJECT is read here (indicator completion by
	// template per project), and it feeds only the indicator measures. It is no summary table but the CTE template_facts over the
	// base tables (indexed by target and template), written into the
	// statement only when used: a summary per template would be refreshed
	// by every indicator edit for the one query that reads it.
	templateCube = cube{"template_facts",
		[]StatsMeasure{MeasureIndicatorCount, MeasureIndicatorsReported, MeasureIndicatorsCompleted, MeasureIndicatorCompletionRate},
		[]StatsDimension{DimTemplate, DimProject, DimDepartment, DimRegion, DimSector, DimFiscalYear, DimProjectCategory}}
	cubes = []cube{executionCube, performanceCube, evaluationCube, projectCube, templateCube}
)

// measureColumns are the cubeColumns a measure reads.
var measureColumns = map[StatsMeasure][]string{
	MeasureProjectCount:            {"projects"},
	MeasureKeyProjectCount:         {"key_projects"},
	MeasureInitialBudget:           {"initial", "t_initial"},
	MeasureBudget:                  {"adjusted", "t_adjusted"},
	MeasurePaid:                    {"paid"},
	MeasurePaidToDate:              {"paid_to_date"},
	MeasureExecutionRate:           {"paid_to_date", "adjusted", "t_adjusted"},
	MeasureTargetsDeclared:         {"declared"},
	MeasureTargetsApproved:         {"approved"},
	MeasureIndicatorCount:          {"indicators"},
	MeasureIndicatorsReported:      {"reported"},
	MeasureIndicatorsCompleted:     {"completed"},
	MeasureIndicatorCompletionRate: {"completed", "indicators"},
	MeasureMonitoredProjects:       {"monitored"},
	MeasureRedWarnings:             {"red"},
	MeasureYellowWarnings:          {"yellow"},
	MeasureEvaluationCount:         {"evaluations"},
	MeasureScoredEvaluationCount:   {"scored"},
	MeasureAverageScore:            {"score_sum", "scored"},
	MeasureGradeCounts:             {"excellent", "good", "fair", "poor"},
	MeasureMonitoredMonths:         {"monitored_months"},
	MeasureRedMonths:               {"red_months"},
	MeasureYellowMonths:            {"yellow_months"},
	MeasureLatestWarning:           {"worst"},
}

// usedCube is a cube with the measures it feeds in one query.
type usedCube struct {
	cube
	feeds []StatsMeasure
}

// columns are the cubeColumns the cube yields for its measures.
func (u usedCube) columns() map[string]bool {
	out := map[string]bool{}
	for _, m := range u.feeds {
		for _, c := range measureColumns[m] {
			out[c] = true
		}
	}
	return out
}

// StatsFilter cuts the cube. Department filters select departments (in the
// viewer's scope); the others select summary rows.
type StatsFilter struct {
	FiscalYear    *int
	FiscalYearIn  []int
	FiscalYearGte *int
	FiscalYearLte *int
	// DepartmentID with IncludeSubunits (default true) selects a subtree.
	DepartmentID    *int
	IncludeSubunits *bool
	DepartmentIDIn  []int
	Region          *string
	RegionIn        []string
	// Sector is the project's sector; department-wide rows take the department's.
	Sector            *enums.Sector
	SectorIn          []enums.Sector
	ProjectCategoryIn []project.Category
	// FundSourceIn cuts budget and payments only (other measures have no fund source).
	FundSourceIn []fund.Source
	// EvaluationKindIn cuts the evaluation measures.
	EvaluationKindIn []evaluation.Kind
	// ProjectIDIn selects projects (the project-level measures only, and the
	// indicator measures by template).
	ProjectIDIn []int
	// TemplateIDIn selects the indicators made from these library templates
	// (the indicator measures, read by template).
	TemplateIDIn []int
	// AsOfMonth: payments of months 1..m only.
	AsOfMonth *int
}

// StatsOrder sorts the rows by one measure or one dimension.
type StatsOrder struct {
	Measure   *StatsMeasure
	Dimension *StatsDimension
	Direction ent.OrderDirection
}

// StatsArgs are the arguments of Stats.
type StatsArgs struct {
	GroupBy     []StatsDimension
	Measures    []StatsMeasure
	Filter      *StatsFilter
	OrderBy     *StatsOrder
	First       *int
	Departments DepartmentLoader
	Projects    Loader[*ent.Project]
	Templates   Loader[*ent.IndicatorTemplate]
}

// StatsResult is the cube's answer: one row per combination of the grouped
// dimensions that has data, and the total over all rows (also those past first).
type StatsResult struct {
	GroupBy   []StatsDimension
	Measures  []StatsMeasure
	Rows      []*StatsRow
	Total     *StatsValues
	TotalRows int
	Truncated bool
}

// StatsRow is one group: its typed key and its typed values.
type StatsRow struct {
	Key    *StatsKey
	Values *StatsValues
}

// StatsKey holds the grouped dimensions' values; the others are nil. A nil
// grouped value means "none" (e.g. no project category: department-wide).
type StatsKey struct {
	Department      *ent.Department
	DepartmentID    *int
	Region          *string
	Sector          *enums.Sector
	FiscalYear      *int
	FundSource      *fund.Source
	ProjectCategory *project.Category
	Month           *int
	EvaluationKind  *evaluation.Kind
	Project         *ent.Project
	ProjectID       *int
	Template        *ent.IndicatorTemplate
	TemplateID      *int
}

// StatsValues holds the requested measures; the others are nil.
type StatsValues struct {
	ProjectCount            *int
	KeyProjectCount         *int
	InitialBudget           *money.Money
	Budget                  *money.Money
	Paid                    *money.Money
	PaidToDate              *money.Money
	ExecutionRate           *float64
	TargetsDeclared         *int
	TargetsApproved         *int
	IndicatorCount          *int
	IndicatorsReported      *int
	IndicatorsCompleted     *int
	IndicatorCompletionRate *float64
	MonitoredProjects       *int
	RedWarnings             *int
	YellowWarnings          *int
	EvaluationCount         *int
	ScoredEvaluationCount   *int
	AverageScore            *decimal.Decimal
	GradeCounts             *GradeCounts
	MonitoredMonths         *int
	RedMonths               *int
	YellowMonths            *int
	LatestWarning           *enums.WarningLevel
}

// cubeColumns are the sums every cube subquery yields (0 where it has none).
// t_* are what the total adds: with MONTH grouped, a budget appears in every
// month's group, so the total takes it once (from month 1).
var cubeColumns = []string{"initial", "adjusted", "paid", "paid_to_date", "t_initial", "t_adjusted",
	"projects", "key_projects", "declared", "approved", "indicators", "reported", "completed", "monitored", "red", "yellow",
	"evaluations", "scored", "score_sum", "excellent", "good", "fair", "poor",
	"monitored_months", "red_months", "yellow_months", "worst"}

// maxColumns are taken as the largest value, not the sum: worst is the most
// severe latest warning (rules.WarningSeverity) of the group's projects.
var maxColumns = map[string]bool{"worst": true}

// aggregate is how a cubeColumns column combines rows.
func aggregate(col string) string {
	if maxColumns[col] {
		return "MAX"
	}
	return "SUM"
}

const (
	defaultStatsRows = 1000
	maxStatsRows     = 10000
)

// Stats is the typed OLAP query: group the summaries of the viewer's scope by
// any of the dimensions, cut them by the filter and add up the measures, in
// one SQL statement (plus one to load the departments of a DEPARTMENT key).
func Stats(ctx context.Context, client db, args StatsArgs) (*StatsResult, error) {
	sc, err := viewerScope(ctx)
	if err != nil {
		return nil, err
	}
	f := args.Filter
	if f == nil {
		f = &StatsFilter{}
	}
	if err := checkMonth(f.AsOfMonth); err != nil {
		return nil, err
	}
	if len(args.Measures) == 0 {
		return nil, badInput("measures", "至少选择一个指标", "choose at least one measure")
	}
	dims := compactDims(args.GroupBy)
	limit := defaultStatsRows
	if args.First != nil {
		if *args.First < 0 || *args.First > maxStatsRows {
			return nil, badInput("first", fmt.Sprintf("first 应在 0–%d 之间", maxStatsRows), fmt.Sprintf("first must be between 0 and %d", maxStatsRows))
		}
		limit = *args.First
	}
	used, err := cubesFor(args.Measures, dims, f)
	if err != nil {
		return nil, err
	}
	res := &StatsResult{GroupBy: dims, Measures: args.Measures, Rows: []*StatsRow{}}
	if sc.none() {
		res.Total = values(args.Measures, cubeSums{})
		return res, nil
	}

	p := &params{}
	var b strings.Builder
	b.WriteString("WITH RECURSIVE\n")
	b.WriteString(statsMembers(p, sc, f))
	if slices.ContainsFunc(used, func(u usedCube) bool { return u.table == templateCube.table }) {
		b.WriteString(",\n" + templateFacts)
	}
	if slices.Contains(dims, DimMonth) {
		b.WriteString(",\nmonths(m) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12))")
	}
	parts := make([]string, len(used))
	for i, c := range used {
		parts[i] = c.subquery(p, dims, f)
	}
	fmt.Fprintf(&b, ",\nfacts AS (\n%s)\n", strings.Join(parts, "\nUNION ALL\n"))

	keyCols := make([]string, len(dims))
	for i, d := range dims {
		keyCols[i] = "k_" + strings.ToLower(string(d))
	}
	groupCols := slices.Clone(keyCols)
	if slices.Contains(dims, DimDepartment) {
		groupCols = append(groupCols, "k_department_code")
	}
	if slices.Contains(dims, DimProject) {
		groupCols = append(groupCols, "k_project_code")
	}
	if slices.Contains(dims, DimTemplate) {
		groupCols = append(groupCols, "k_template_code")
	}
	sel := slices.Clone(groupCols)
	for _, c := range cubeColumns {
		sel = append(sel, fmt.Sprintf("%s(%s) AS %s", aggregate(c), c, c))
	}
	for _, c := range cubeColumns {
		total := c
		switch c {
		case "initial", "adjusted":
			total = "t_" + c
		case "t_initial", "t_adjusted":
			total = "0"
		}
		agg := aggregate(c)
		sel = append(sel, fmt.Sprintf("%s(%s(%s)) OVER () AS total_%s", agg, agg, total, c))
	}
	sel = append(sel, "COUNT(*) OVER () AS n")
	fmt.Fprintf(&b, "SELECT %s\nFROM facts", strings.Join(sel, ", "))
	if len(groupCols) > 0 {
		fmt.Fprintf(&b, "\nGROUP BY %s", strings.Join(groupCols, ", "))
	}
	order, err := statsOrder(args.OrderBy, dims)
	if err != nil {
		return nil, err
	}
	if order != "" {
		fmt.Fprintf(&b, "\nORDER BY %s", order)
	}
	fmt.Fprintf(&b, "\nLIMIT %s", p.add(limit))

	var depIDs, projectIDs, templateIDs []int
	err = query(ctx, client, b.String(), p, func(rows *sql.Rows) error {
		keys := make([]any, len(groupCols))
		for i := range keys {
			keys[i] = new(sql.NullString)
		}
		var row, total cubeSums
		var n integer
		dest := append(keys, row.scanners()...)
		dest = append(dest, total.scanners()...)
		dest = append(dest, &n)
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		res.TotalRows = int(n.i)
		if res.Total == nil {
			res.Total = values(args.Measures, total)
		}
		k, err := statsKey(dims, keys)
		if err != nil {
			return err
		}
		if k.DepartmentID != nil {
			depIDs = append(depIDs, *k.DepartmentID)
		}
		if k.ProjectID != nil {
			projectIDs = append(projectIDs, *k.ProjectID)
		}
		if k.TemplateID != nil {
			templateIDs = append(templateIDs, *k.TemplateID)
		}
		res.Rows = append(res.Rows, &StatsRow{Key: k, Values: values(args.Measures, row)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if res.Total == nil {
		res.Total = values(args.Measures, cubeSums{})
	}
	res.Truncated = res.TotalRows > len(res.Rows)
	if args.Departments != nil && len(depIDs) > 0 {
		deps, err := args.Departments(ctx, depIDs)
		if err != nil {
			return nil, err
		}
		for _, r := range res.Rows {
			if r.Key.DepartmentID != nil {
				r.Key.Department = deps[*r.Key.DepartmentID]
			}
		}
	}
	if args.Projects != nil && len(projectIDs) > 0 {
		projects, err := args.Projects(ctx, projectIDs)
		if err != nil {
			return nil, err
		}
		for _, r := range res.Rows {
			if r.Key.ProjectID != nil {
				r.Key.Project = projects[*r.Key.ProjectID]
			}
		}
	}
	if args.Templates != nil && len(templateIDs) > 0 {
		templates, err := args.Templates(ctx, templateIDs)
		if err != nil {
			return nil, err
		}
		for _, r := range res.Rows {
			if r.Key.TemplateID != nil {
				r.Key.Template = templates[*r.Key.TemplateID]
			}
		}
	}
	return res, nil
}

func compactDims(in []StatsDimension) []StatsDimension {
	var out []StatsDimension
	for _, d := range in {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// cubesFor gives each measure the first cube that has it and every grouped
// dimension, and checks the filter against the cubes used.
func cubesFor(measures []StatsMeasure, dims []StatsDimension, f *StatsFilter) ([]usedCube, error) {
	var used []usedCube
	fits := func(c cube, m StatsMeasure) bool {
		return slices.Contains(c.measures, m) && !slices.ContainsFunc(dims, func(d StatsDimension) bool { return !slices.Contains(c.dims, d) })
	}
	for _, m := range measures {
		at := -1
		for i, c := range cubes {
			if fits(c, m) {
				at = i
				break
			}
		}
		// A template filter reads the indicator measures by template even
		// when TEMPLATE is not grouped (one cube per measure, as ever).
		if len(f.TemplateIDIn) > 0 && fits(templateCube, m) {
			at = slices.IndexFunc(cubes, func(c cube) bool { return c.table == templateCube.table })
		}
		if at < 0 {
			return nil, notGroupable(m, dims)
		}
		c := cubes[at]
		if len(f.FundSourceIn) > 0 && c.table != executionCube.table {
			return nil, badInput("filter.fundSourceIn",
				fmt.Sprintf("指标 %s 不能按资金来源筛选", m),
				fmt.Sprintf("measure %s cannot be filtered by fund source", m))
		}
		if c.table == projectCube.table && f.AsOfMonth != nil && slices.Contains([]StatsMeasure{MeasurePaid, MeasurePaidToDate, MeasureExecutionRate}, m) {
			return nil, badInput("filter.asOfMonth",
				fmt.Sprintf("按项目分组时指标 %s 为全年数，不能指定截至月份", m),
				fmt.Sprintf("grouped by project, measure %s is the whole year's: asOfMonth cannot be given", m))
		}
		if len(f.ProjectIDIn) > 0 && c.table != projectCube.table && c.table != templateCube.table {
			return nil, badInput("filter.projectIDIn",
				fmt.Sprintf("指标 %s 不能按项目筛选（请按 PROJECT 分组）", m),
				fmt.Sprintf("measure %s cannot be filtered by project (group by PROJECT)", m))
		}
		if len(f.TemplateIDIn) > 0 && c.table != templateCube.table {
			return nil, badInput("filter.templateIDIn",
				fmt.Sprintf("指标 %s 不能按指标库模板筛选（仅指标数量与完成情况）", m),
				fmt.Sprintf("measure %s cannot be filtered by template (the indicator counts and completion only)", m))
		}
		j := slices.IndexFunc(used, func(u usedCube) bool { return u.table == c.table })
		if j < 0 {
			used = append(used, usedCube{cube: c})
			j = len(used) - 1
		}
		used[j].feeds = append(used[j].feeds, m)
	}
	return used, nil
}

// notGroupable names a grouped dimension that no cube feeding m has.
func notGroupable(m StatsMeasure, dims []StatsDimension) error {
	bad := dims[len(dims)-1]
	for _, d := range dims {
		if !slices.ContainsFunc(cubes, func(c cube) bool { return slices.Contains(c.measures, m) && slices.Contains(c.dims, d) }) {
			bad = d
			break
		}
	}
	return badInput("groupBy", fmt.Sprintf("指标 %s 不能按 %s 分组", m, bad), fmt.Sprintf("measure %s cannot be grouped by %s", m, bad))
}

// statsMembers is the CTE members(id, code, region, sector): the departments
// in the viewer's scope that pass the department filters.
func statsMembers(p *params, sc scope, f *StatsFilter) string {
	var b strings.Builder
	conds := []string{sc.where("d.id", p)}
	if f.DepartmentID != nil {
		if f.IncludeSubunits == nil || *f.IncludeSubunits {
			conds = append(conds, subtree("d.id", p.add(*f.DepartmentID)))
		} else {
			conds = append(conds, "d.id = "+p.add(*f.DepartmentID))
		}
	}
	if len(f.DepartmentIDIn) > 0 {
		conds = append(conds, "d.id IN "+list(p, f.DepartmentIDIn))
	}
	if f.Region != nil {
		conds = append(conds, "d.region = "+p.add(*f.Region))
	}
	if len(f.RegionIn) > 0 {
		conds = append(conds, "d.region IN "+list(p, f.RegionIn))
	}
	fmt.Fprintf(&b, "members AS (SELECT d.id, d.code, d.region, d.sector FROM departments d WHERE %s)", strings.Join(conds, " AND "))
	return b.String()
}

// subquery selects the cube's rows that pass the filter, with the grouped
// dimensions as k_* columns and every cubeColumns sum.
func (c usedCube) subquery(p *params, dims []StatsDimension, f *StatsFilter) string {
	month := slices.Contains(dims, DimMonth)
	sector := "COALESCE(NULLIF(s.sector, ''), d.sector)"
	var cols []string
	for _, d := range dims {
		var expr string
		switch d {
		case DimDepartment:
			expr = "s.department_id"
		case DimRegion:
			expr = "d.region"
		case DimSector:
			expr = sector
		case DimFiscalYear:
			expr = "s.fiscal_year"
		case DimFundSource:
			expr = "s.fund_source"
		case DimProjectCategory:
			expr = "NULLIF(s.category, '')"
		case DimMonth:
			expr = "mm.m"
		case DimEvaluationKind:
			expr = "s.kind"
		case DimProject:
			expr = "s.project_id"
		case DimTemplate:
			expr = "s.template_id"
		}
		cols = append(cols, expr+" AS k_"+strings.ToLower(string(d)))
	}
	if slices.Contains(dims, DimDepartment) {
		cols = append(cols, "d.code AS k_department_code")
	}
	if slices.Contains(dims, DimProject) {
		cols = append(cols, "s.code AS k_project_code")
	}
	if slices.Contains(dims, DimTemplate) {
		cols = append(cols, "s.template_code AS k_template_code")
	}
	vals := map[string]string{}
	switch c.table {
	case executionCube.table:
		paidMonth := 12
		if f.AsOfMonth != nil {
			paidMonth = *f.AsOfMonth
		}
		if month {
			cases, cum := make([]string, 12), make([]string, 12)
			for i := range cases {
				cases[i] = fmt.Sprintf("WHEN %d THEN s.paid_%02d", i+1, i+1)
				cum[i] = fmt.Sprintf("WHEN %d THEN %s", i+1, paidThrough("s", i+1))
			}
			vals["paid"] = "CASE mm.m " + strings.Join(cases, " ") + " END"
			vals["paid_to_date"] = "CASE mm.m " + strings.Join(cum, " ") + " END"
			vals["t_initial"] = "CASE WHEN mm.m = 1 THEN s.initial_amount ELSE 0 END"
			vals["t_adjusted"] = "CASE WHEN mm.m = 1 THEN s.adjusted_amount ELSE 0 END"
		} else {
			vals["paid"] = paidThrough("s", paidMonth)
			vals["paid_to_date"] = vals["paid"]
			vals["t_initial"] = "s.initial_amount"
			vals["t_adjusted"] = "s.adjusted_amount"
		}
		vals["initial"], vals["adjusted"] = "s.initial_amount", "s.adjusted_amount"
	case performanceCube.table:
		for col, src := range map[string]string{"projects": "projects", "key_projects": "key_projects",
			"declared": "targets_declared", "approved": "targets_approved", "indicators": "indicators",
			"reported": "indicators_reported", "completed": "indicators_completed", "monitored": "monitored_projects",
			"red": "red_projects", "yellow": "yellow_projects"} {
			vals[col] = "s." + src
		}
	case projectCube.table:
		vals["projects"] = "1"
		vals["adjusted"], vals["t_adjusted"] = "s.adjusted_amount", "s.adjusted_amount"
		vals["paid"], vals["paid_to_date"] = "s.paid_amount", "s.paid_amount"
		vals["indicators"], vals["completed"] = "s.indicators", "s.indicators_completed"
		vals["monitored_months"], vals["red_months"], vals["yellow_months"] = "s.monitored_months", "s.red_months", "s.yellow_months"
		vals["worst"] = "s.latest_warning_severity"
	case templateCube.table:
		vals["indicators"], vals["reported"], vals["completed"] = "1", "s.reported", "s.completed"
	default:
		for _, col := range []string{"evaluations", "scored", "score_sum", "excellent", "good", "fair", "poor"} {
			vals[col] = "s." + col
		}
	}
	wanted := c.columns()
	// Each cube adds up its own rows first (few groups), so the union the
	// outer query groups again is small.
	keys := len(cols)
	for _, col := range cubeColumns {
		v, ok := vals[col]
		if !ok || !wanted[col] {
			cols = append(cols, "0 AS "+col)
			continue
		}
		cols = append(cols, aggregate(col)+"("+v+") AS "+col)
	}

	conds := []string{"TRUE"}
	if f.FiscalYear != nil {
		conds = append(conds, "s.fiscal_year = "+p.add(*f.FiscalYear))
	}
	if len(f.FiscalYearIn) > 0 {
		conds = append(conds, "s.fiscal_year IN "+list(p, f.FiscalYearIn))
	}
	if f.FiscalYearGte != nil {
		conds = append(conds, "s.fiscal_year >= "+p.add(*f.FiscalYearGte))
	}
	if f.FiscalYearLte != nil {
		conds = append(conds, "s.fiscal_year <= "+p.add(*f.FiscalYearLte))
	}
	if f.Sector != nil {
		conds = append(conds, sector+" = "+p.add(string(*f.Sector)))
	}
	if len(f.SectorIn) > 0 {
		conds = append(conds, sector+" IN "+list(p, strs(f.SectorIn)))
	}
	if len(f.ProjectCategoryIn) > 0 {
		conds = append(conds, "s.category IN "+list(p, strs(f.ProjectCategoryIn)))
	}
	if len(f.FundSourceIn) > 0 && c.table == executionCube.table {
		conds = append(conds, "s.fund_source IN "+list(p, strs(f.FundSourceIn)))
	}
	if len(f.ProjectIDIn) > 0 && (c.table == projectCube.table || c.table == templateCube.table) {
		conds = append(conds, "s.project_id IN "+list(p, f.ProjectIDIn))
	}
	if len(f.TemplateIDIn) > 0 && c.table == templateCube.table {
		conds = append(conds, "s.template_id IN "+list(p, f.TemplateIDIn))
	}
	if len(f.EvaluationKindIn) > 0 && c.table == evaluationCube.table {
		conds = append(conds, "s.kind IN "+list(p, strs(f.EvaluationKindIn)))
	}
	from := c.table + " s JOIN members d ON d.id = s.department_id"
	if month && c.table == executionCube.table {
		from += " CROSS JOIN months mm"
		if f.AsOfMonth != nil {
			conds = append(conds, "mm.m <= "+p.add(*f.AsOfMonth))
		}
	}
	group := ""
	if keys > 0 {
		ords := make([]string, keys)
		for i := range ords {
			ords[i] = fmt.Sprint(i + 1)
		}
		group = "\n  GROUP BY " + strings.Join(ords, ", ")
	}
	return fmt.Sprintf("  SELECT %s\n  FROM %s\n  WHERE %s%s", strings.Join(cols, ", "), from, strings.Join(conds, " AND "), group)
}

// statsOrder is the ORDER BY of the grouped rows: the dimensions in order by
// default, or one measure or dimension first.
func statsOrder(o *StatsOrder, dims []StatsDimension) (string, error) {
	var parts []string
	if o != nil {
		dir := "ASC"
		if o.Direction == "DESC" {
			dir = "DESC"
		}
		switch {
		case o.Measure != nil && o.Dimension == nil:
			expr, ok := measureOrder[*o.Measure]
			if !ok {
				return "", badInput("orderBy.measure", fmt.Sprintf("不能按 %s 排序", *o.Measure), fmt.Sprintf("cannot order by %s", *o.Measure))
			}
			parts = append(parts, expr+" "+dir+" NULLS LAST")
		case o.Dimension != nil && o.Measure == nil:
			if !slices.Contains(dims, *o.Dimension) {
				return "", badInput("orderBy.dimension", fmt.Sprintf("%s 不在分组维度中", *o.Dimension), fmt.Sprintf("%s is not grouped by", *o.Dimension))
			}
			parts = append(parts, dimOrder(*o.Dimension)+" "+dir+" NULLS LAST")
		default:
			return "", badInput("orderBy", "请给出 measure 或 dimension 之一", "give either measure or dimension")
		}
	}
	for _, d := range dims {
		parts = append(parts, dimOrder(d)+" ASC NULLS LAST")
	}
	return strings.Join(parts, ", "), nil
}

func dimOrder(d StatsDimension) string {
	switch d {
	case DimDepartment:
		return "k_department_code"
	case DimProject:
		return "k_project_code"
	case DimTemplate:
		return "k_template_code"
	}
	return "k_" + strings.ToLower(string(d))
}

var measureOrder = map[StatsMeasure]string{
	MeasureProjectCount:            "SUM(projects)",
	MeasureKeyProjectCount:         "SUM(key_projects)",
	MeasureInitialBudget:           "SUM(initial)",
	MeasureBudget:                  "SUM(adjusted)",
	MeasurePaid:                    "SUM(paid)",
	MeasurePaidToDate:              "SUM(paid_to_date)",
	MeasureExecutionRate:           "CASE WHEN SUM(adjusted) > 0 THEN SUM(paid_to_date) * 1.0 / SUM(adjusted) END",
	MeasureTargetsDeclared:         "SUM(declared)",
	MeasureTargetsApproved:         "SUM(approved)",
	MeasureIndicatorCount:          "SUM(indicators)",
	MeasureIndicatorsReported:      "SUM(reported)",
	MeasureIndicatorsCompleted:     "SUM(completed)",
	MeasureIndicatorCompletionRate: "CASE WHEN SUM(indicators) > 0 THEN SUM(completed) * 1.0 / SUM(indicators) END",
	MeasureMonitoredProjects:       "SUM(monitored)",
	MeasureRedWarnings:             "SUM(red)",
	MeasureYellowWarnings:          "SUM(yellow)",
	MeasureEvaluationCount:         "SUM(evaluations)",
	MeasureScoredEvaluationCount:   "SUM(scored)",
	MeasureAverageScore:            averageScoreKey("SUM(score_sum)", "SUM(scored)"),
	MeasureMonitoredMonths:         "SUM(monitored_months)",
	MeasureRedMonths:               "SUM(red_months)",
	MeasureYellowMonths:            "SUM(yellow_months)",
	// By severity (red, yellow, blue, green), not alphabetically.
	MeasureLatestWarning: "NULLIF(MAX(worst), 0)",
}

// cubeSums are the cubeColumns of one row, in order.
type cubeSums struct{ v [27]int64 }

func (s *cubeSums) scanners() []any {
	out := make([]any, len(s.v))
	for i := range s.v {
		out[i] = &int64Scanner{&s.v[i]}
	}
	return out
}

func (s cubeSums) get(col string) int64 { return s.v[slices.Index(cubeColumns, col)] }

// values turns a row's sums into the requested measures.
func values(measures []StatsMeasure, s cubeSums) *StatsValues {
	v := &StatsValues{}
	iv := func(col string) *int { n := int(s.get(col)); return &n }
	mv := func(col string) *money.Money { m := money.Money(s.get(col)); return &m }
	for _, m := range measures {
		switch m {
		case MeasureProjectCount:
			v.ProjectCount = iv("projects")
		case MeasureKeyProjectCount:
			v.KeyProjectCount = iv("key_projects")
		case MeasureInitialBudget:
			v.InitialBudget = mv("initial")
		case MeasureBudget:
			v.Budget = mv("adjusted")
		case MeasurePaid:
			v.Paid = mv("paid")
		case MeasurePaidToDate:
			v.PaidToDate = mv("paid_to_date")
		case MeasureExecutionRate:
			r := ratio(s.get("paid_to_date"), s.get("adjusted"))
			v.ExecutionRate = &r
		case MeasureTargetsDeclared:
			v.TargetsDeclared = iv("declared")
		case MeasureTargetsApproved:
			v.TargetsApproved = iv("approved")
		case MeasureIndicatorCount:
			v.IndicatorCount = iv("indicators")
		case MeasureIndicatorsReported:
			v.IndicatorsReported = iv("reported")
		case MeasureIndicatorsCompleted:
			v.IndicatorsCompleted = iv("completed")
		case MeasureIndicatorCompletionRate:
			r := ratio(s.get("completed"), s.get("indicators"))
			v.IndicatorCompletionRate = &r
		case MeasureMonitoredProjects:
			v.MonitoredProjects = iv("monitored")
		case MeasureRedWarnings:
			v.RedWarnings = iv("red")
		case MeasureYellowWarnings:
			v.YellowWarnings = iv("yellow")
		case MeasureEvaluationCount:
			v.EvaluationCount = iv("evaluations")
		case MeasureScoredEvaluationCount:
			v.ScoredEvaluationCount = iv("scored")
		case MeasureAverageScore:
			v.AverageScore = averageScore(s.get("score_sum"), s.get("scored"))
		case MeasureGradeCounts:
			v.GradeCounts = &GradeCounts{int(s.get("excellent")), int(s.get("good")), int(s.get("fair")), int(s.get("poor"))}
		case MeasureMonitoredMonths:
			v.MonitoredMonths = iv("monitored_months")
		case MeasureRedMonths:
			v.RedMonths = iv("red_months")
		case MeasureYellowMonths:
			v.YellowMonths = iv("yellow_months")
		case MeasureLatestWarning:
			if l, ok := rules.WarningLevelOfSeverity(int(s.get("worst"))); ok {
				v.LatestWarning = &l
			}
		}
	}
	return v
}

// statsKey reads the grouped dimensions' values of a row.
func statsKey(dims []StatsDimension, raw []any) (*StatsKey, error) {
	k := &StatsKey{}
	for i, d := range dims {
		ns := raw[i].(*sql.NullString)
		if !ns.Valid {
			continue
		}
		s := ns.String
		switch d {
		case DimDepartment:
			n, err := atoi(s)
			if err != nil {
				return nil, err
			}
			k.DepartmentID = &n
		case DimRegion:
			k.Region = &s
		case DimSector:
			v := enums.Sector(s)
			k.Sector = &v
		case DimFiscalYear:
			n, err := atoi(s)
			if err != nil {
				return nil, err
			}
			k.FiscalYear = &n
		case DimFundSource:
			v := fund.Source(s)
			k.FundSource = &v
		case DimProjectCategory:
			v := project.Category(s)
			k.ProjectCategory = &v
		case DimMonth:
			n, err := atoi(s)
			if err != nil {
				return nil, err
			}
			k.Month = &n
		case DimEvaluationKind:
			v := evaluation.Kind(s)
			k.EvaluationKind = &v
		case DimProject:
			n, err := atoi(s)
			if err != nil {
				return nil, err
			}
			k.ProjectID = &n
		case DimTemplate:
			n, err := atoi(s)
			if err != nil {
				return nil, err
			}
			k.TemplateID = &n
		}
	}
	return k, nil
}

func atoi(s string) (int, error) {
	var n integer
	if err := n.parse(s); err != nil {
		return 0, err
	}
	return int(n.i), nil
}

// templateFacts is the CTE of templateCube: each indicator of the targets in
// force of the departments in scope (members), as the performance summary
// counts them, with its template (null: made from none), its project and the
// project's code, category and sector (null and empty for a department-wide target).
var templateFacts = `template_facts AS (
    SELECT t.department_id, t.fiscal_year, COALESCE(p.category, '') AS category, COALESCE(p.sector, '') AS sector,
        t.project_id, p.code, i.template_id, tp.code AS template_code,
        ` + indicatorReported + ` AS reported,
        ` + indicatorCompleted + ` AS completed
    FROM targets t JOIN members m ON m.id = t.department_id
    JOIN indicators i ON i.target_id = t.id
    LEFT JOIN projects p ON p.id = t.project_id
    LEFT JOIN indicator_templates tp ON tp.id = i.template_id
    WHERE ` + currentTarget + `)`
