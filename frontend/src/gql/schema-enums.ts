/* Every enum of the server's schema (generated; do not edit). The format/enumLabels tests check that each value has a zh/en label. */
/** Agency 的排序字段 / Properties by which Agency connections can be ordered. */
export const AgencyOrderField = {
  /** 取值 CODE / value CODE */
  Code: 'CODE',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type AgencyOrderField = typeof AgencyOrderField[keyof typeof AgencyOrderField];
/** Allocation 的排序字段 / Properties by which Allocation connections can be ordered. */
export const AllocationOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 FISCAL_YEAR / value FISCAL_YEAR */
  FiscalYear: 'FISCAL_YEAR',
  /** 取值 INITIAL_AMOUNT / value INITIAL_AMOUNT */
  InitialAmount: 'INITIAL_AMOUNT',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type AllocationOrderField = typeof AllocationOrderField[keyof typeof AllocationOrderField];
/** AssessmentConclusion 类型 / AssessmentConclusion is enum for the field conclusion */
export const AssessmentConclusion = {
  /** 取值 PARTIAL_SUPPORT / value PARTIAL_SUPPORT */
  PartialSupport: 'PARTIAL_SUPPORT',
  /** 取值 REJECT / value REJECT */
  Reject: 'REJECT',
  /** 取值 SUPPORT / value SUPPORT */
  Support: 'SUPPORT'
} as const;

export type AssessmentConclusion = typeof AssessmentConclusion[keyof typeof AssessmentConclusion];
/** Assessment 的排序字段 / Properties by which Assessment connections can be ordered. */
export const AssessmentOrderField = {
  /** 取值 ASSESSED_AT / value ASSESSED_AT */
  AssessedAt: 'ASSESSED_AT',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type AssessmentOrderField = typeof AssessmentOrderField[keyof typeof AssessmentOrderField];
/** AuditEntry 的排序字段 / Properties by which AuditEntry connections can be ordered. */
export const AuditEntryOrderField = {
  /** 取值 ACTION / value ACTION */
  Action: 'ACTION',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT'
} as const;

export type AuditEntryOrderField = typeof AuditEntryOrderField[keyof typeof AuditEntryOrderField];
/** BudgetLink 的排序字段 / Properties by which BudgetLink connections can be ordered. */
export const BudgetLinkOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 FISCAL_YEAR / value FISCAL_YEAR */
  FiscalYear: 'FISCAL_YEAR',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type BudgetLinkOrderField = typeof BudgetLinkOrderField[keyof typeof BudgetLinkOrderField];
/** BudgetLinkSuggestion 类型 / BudgetLinkSuggestion is enum for the field suggestion */
export const BudgetLinkSuggestion = {
  /** 取值 CUT / value CUT */
  Cut: 'CUT',
  /** 取值 INCREASE / value INCREASE */
  Increase: 'INCREASE',
  /** 取值 KEEP / value KEEP */
  Keep: 'KEEP'
} as const;

export type BudgetLinkSuggestion = typeof BudgetLinkSuggestion[keyof typeof BudgetLinkSuggestion];
/** Comparator 类型 / Comparator is enum for the field comparator */
export const Comparator = {
  /** = 等于 / equal */
  Eq: 'EQ',
  /** > 大于 / greater than */
  Gt: 'GT',
  /** ≥ 大于等于 / greater or equal */
  Gte: 'GTE',
  /** < 小于 / less than */
  Lt: 'LT',
  /** ≤ 小于等于 / less or equal */
  Lte: 'LTE',
  /** 定性 / qualitative */
  Qualitative: 'QUALITATIVE'
} as const;

export type Comparator = typeof Comparator[keyof typeof Comparator];
/** DepartmentKind 类型 / DepartmentKind is enum for the field kind */
export const DepartmentKind = {
  /** 取值 ADMINISTRATIVE / value ADMINISTRATIVE */
  Administrative: 'ADMINISTRATIVE',
  /** 取值 INSTITUTION / value INSTITUTION */
  Institution: 'INSTITUTION',
  /** 取值 OTHER / value OTHER */
  Other: 'OTHER'
} as const;

export type DepartmentKind = typeof DepartmentKind[keyof typeof DepartmentKind];
/** Department 的排序字段 / Properties by which Department connections can be ordered. */
export const DepartmentOrderField = {
  /** 取值 CODE / value CODE */
  Code: 'CODE',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 REGION / value REGION */
  Region: 'REGION',
  /** 取值 SECTOR / value SECTOR */
  Sector: 'SECTOR',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type DepartmentOrderField = typeof DepartmentOrderField[keyof typeof DepartmentOrderField];
/** 部门统计的排序与排名字段 / What department statistics are ordered and ranked by */
export const DepartmentStatsOrderField = {
  /** 平均得分 / average score */
  AverageScore: 'AVERAGE_SCORE',
  /** 调整后预算 / adjusted budget */
  Budget: 'BUDGET',
  /** 单位编码 / department code */
  Code: 'CODE',
  /** 评价数 / evaluation count */
  EvaluationCount: 'EVALUATION_COUNT',
  /** 预算执行率 / execution rate */
  ExecutionRate: 'EXECUTION_RATE',
  /** 指标完成率 / indicator completion rate */
  IndicatorCompletionRate: 'INDICATOR_COMPLETION_RATE',
  /** 单位名称 / department name */
  Name: 'NAME',
  /** 逾期整改数 / overdue rectifications */
  OverdueRectifications: 'OVERDUE_RECTIFICATIONS',
  /** 支出 / amount paid */
  Paid: 'PAID',
  /** 项目数 / project count */
  ProjectCount: 'PROJECT_COUNT',
  /** 红色预警数 / red warnings */
  RedWarnings: 'RED_WARNINGS',
  /** 黄色预警数 / yellow warnings */
  YellowWarnings: 'YELLOW_WARNINGS'
} as const;

export type DepartmentStatsOrderField = typeof DepartmentStatsOrderField[keyof typeof DepartmentStatsOrderField];
/** Disbursement 的排序字段 / Properties by which Disbursement connections can be ordered. */
export const DisbursementOrderField = {
  /** 取值 AMOUNT / value AMOUNT */
  Amount: 'AMOUNT',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 PAID_ON / value PAID_ON */
  PaidOn: 'PAID_ON',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type DisbursementOrderField = typeof DisbursementOrderField[keyof typeof DisbursementOrderField];
/** EvaluationKind 类型 / EvaluationKind is enum for the field kind */
export const EvaluationKind = {
  /** 取值 DEPARTMENT / value DEPARTMENT */
  Department: 'DEPARTMENT',
  /** 取值 FINANCE_KEY / value FINANCE_KEY */
  FinanceKey: 'FINANCE_KEY',
  /** 取值 SELF / value SELF */
  Self: 'SELF',
  /** 取值 THIRD_PARTY / value THIRD_PARTY */
  ThirdParty: 'THIRD_PARTY'
} as const;

export type EvaluationKind = typeof EvaluationKind[keyof typeof EvaluationKind];
/** Evaluation 的排序字段 / Properties by which Evaluation connections can be ordered. */
export const EvaluationOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 FISCAL_YEAR / value FISCAL_YEAR */
  FiscalYear: 'FISCAL_YEAR',
  /** 取值 GRADE / value GRADE */
  Grade: 'GRADE',
  /** 取值 KIND / value KIND */
  Kind: 'KIND',
  /** 取值 STATUS / value STATUS */
  Status: 'STATUS',
  /** 取值 TOTAL_SCORE / value TOTAL_SCORE */
  TotalScore: 'TOTAL_SCORE',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type EvaluationOrderField = typeof EvaluationOrderField[keyof typeof EvaluationOrderField];
/** EvaluationStatus 类型 / EvaluationStatus is enum for the field status */
export const EvaluationStatus = {
  /** 取值 IN_PROGRESS / value IN_PROGRESS */
  InProgress: 'IN_PROGRESS',
  /** 取值 PLANNED / value PLANNED */
  Planned: 'PLANNED',
  /** 取值 PUBLISHED / value PUBLISHED */
  Published: 'PUBLISHED',
  /** 取值 REVIEWED / value REVIEWED */
  Reviewed: 'REVIEWED',
  /** 取值 SUBMITTED / value SUBMITTED */
  Submitted: 'SUBMITTED'
} as const;

export type EvaluationStatus = typeof EvaluationStatus[keyof typeof EvaluationStatus];
/** Expert 的排序字段 / Properties by which Expert connections can be ordered. */
export const ExpertOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type ExpertOrderField = typeof ExpertOrderField[keyof typeof ExpertOrderField];
/** FundLevel 类型 / FundLevel is enum for the field level */
export const FundLevel = {
  /** 取值 CENTRAL / value CENTRAL */
  Central: 'CENTRAL',
  /** 取值 CITY / value CITY */
  City: 'CITY',
  /** 取值 COUNTY / value COUNTY */
  County: 'COUNTY',
  /** 取值 PROVINCE / value PROVINCE */
  Province: 'PROVINCE'
} as const;

export type FundLevel = typeof FundLevel[keyof typeof FundLevel];
/** Fund 的排序字段 / Properties by which Fund connections can be ordered. */
export const FundOrderField = {
  /** 取值 AMOUNT / value AMOUNT */
  Amount: 'AMOUNT',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 FISCAL_YEAR / value FISCAL_YEAR */
  FiscalYear: 'FISCAL_YEAR',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 SOURCE / value SOURCE */
  Source: 'SOURCE',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type FundOrderField = typeof FundOrderField[keyof typeof FundOrderField];
/** FundSource 类型 / FundSource is enum for the field source */
export const FundSource = {
  /** 取值 GENERAL_BUDGET / value GENERAL_BUDGET */
  GeneralBudget: 'GENERAL_BUDGET',
  /** 取值 GOVERNMENT_FUND / value GOVERNMENT_FUND */
  GovernmentFund: 'GOVERNMENT_FUND',
  /** 取值 OTHER / value OTHER */
  Other: 'OTHER',
  /** 取值 SPECIAL_BOND / value SPECIAL_BOND */
  SpecialBond: 'SPECIAL_BOND',
  /** 取值 STATE_CAPITAL / value STATE_CAPITAL */
  StateCapital: 'STATE_CAPITAL',
  /** 取值 TRANSFER / value TRANSFER */
  Transfer: 'TRANSFER'
} as const;

export type FundSource = typeof FundSource[keyof typeof FundSource];
/** Grade 类型 / Grade is enum for the field grade */
export const Grade = {
  /** 优 / excellent */
  Excellent: 'EXCELLENT',
  /** 中 / fair */
  Fair: 'FAIR',
  /** 良 / good */
  Good: 'GOOD',
  /** 差 / poor */
  Poor: 'POOR'
} as const;

export type Grade = typeof Grade[keyof typeof Grade];
/** IndicatorCategory 类型 / IndicatorCategory is enum for the field category */
export const IndicatorCategory = {
  /** 成本 / cost */
  Cost: 'COST',
  /** 效益 / effect */
  Effect: 'EFFECT',
  /** 产出 / output */
  Output: 'OUTPUT',
  /** 满意度 / satisfaction */
  Satisfaction: 'SATISFACTION'
} as const;

export type IndicatorCategory = typeof IndicatorCategory[keyof typeof IndicatorCategory];
/** Indicator 的排序字段 / Properties by which Indicator connections can be ordered. */
export const IndicatorOrderField = {
  /** 取值 CATEGORY / value CATEGORY */
  Category: 'CATEGORY',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 SORT_ORDER / value SORT_ORDER */
  SortOrder: 'SORT_ORDER',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type IndicatorOrderField = typeof IndicatorOrderField[keyof typeof IndicatorOrderField];
/** IndicatorProgressLikelihood 类型 / IndicatorProgressLikelihood is enum for the field likelihood */
export const IndicatorProgressLikelihood = {
  /** 取值 CERTAIN / value CERTAIN */
  Certain: 'CERTAIN',
  /** 取值 IMPOSSIBLE / value IMPOSSIBLE */
  Impossible: 'IMPOSSIBLE',
  /** 取值 POSSIBLE / value POSSIBLE */
  Possible: 'POSSIBLE'
} as const;

export type IndicatorProgressLikelihood = typeof IndicatorProgressLikelihood[keyof typeof IndicatorProgressLikelihood];
/** IndicatorProgress 的排序字段 / Properties by which IndicatorProgress connections can be ordered. */
export const IndicatorProgressOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type IndicatorProgressOrderField = typeof IndicatorProgressOrderField[keyof typeof IndicatorProgressOrderField];
/** IndicatorProgressReason 类型 / IndicatorProgressReason is enum for the field reason */
export const IndicatorProgressReason = {
  /** 取值 EMERGENCY / value EMERGENCY */
  Emergency: 'EMERGENCY',
  /** 取值 FUNDING / value FUNDING */
  Funding: 'FUNDING',
  /** 取值 HARDWARE / value HARDWARE */
  Hardware: 'HARDWARE',
  /** 取值 INSTITUTIONAL / value INSTITUTIONAL */
  Institutional: 'INSTITUTIONAL',
  /** 取值 OTHER / value OTHER */
  Other: 'OTHER',
  /** 取值 POLICY_CHANGE / value POLICY_CHANGE */
  PolicyChange: 'POLICY_CHANGE',
  /** 取值 STAFFING / value STAFFING */
  Staffing: 'STAFFING'
} as const;

export type IndicatorProgressReason = typeof IndicatorProgressReason[keyof typeof IndicatorProgressReason];
/** IndicatorStandard 类型 / IndicatorStandard is enum for the field standard */
export const IndicatorStandard = {
  /** 取值 BUDGET_STANDARD / value BUDGET_STANDARD */
  BudgetStandard: 'BUDGET_STANDARD',
  /** 取值 HISTORY / value HISTORY */
  History: 'HISTORY',
  /** 取值 INDUSTRY / value INDUSTRY */
  Industry: 'INDUSTRY',
  /** 取值 OTHER / value OTHER */
  Other: 'OTHER',
  /** 取值 PLAN / value PLAN */
  Plan: 'PLAN'
} as const;

export type IndicatorStandard = typeof IndicatorStandard[keyof typeof IndicatorStandard];
/** IndicatorTemplate 的排序字段 / Properties by which IndicatorTemplate connections can be ordered. */
export const IndicatorTemplateOrderField = {
  /** 取值 CATEGORY / value CATEGORY */
  Category: 'CATEGORY',
  /** 取值 CODE / value CODE */
  Code: 'CODE',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type IndicatorTemplateOrderField = typeof IndicatorTemplateOrderField[keyof typeof IndicatorTemplateOrderField];
/** Monitoring 的排序字段 / Properties by which Monitoring connections can be ordered. */
export const MonitoringOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 FISCAL_YEAR / value FISCAL_YEAR */
  FiscalYear: 'FISCAL_YEAR',
  /** 取值 MONTH / value MONTH */
  Month: 'MONTH',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT',
  /** 取值 WARNING_LEVEL / value WARNING_LEVEL */
  WarningLevel: 'WARNING_LEVEL'
} as const;

export type MonitoringOrderField = typeof MonitoringOrderField[keyof typeof MonitoringOrderField];
/** MonitoringPeriodKind 类型 / MonitoringPeriodKind is enum for the field period_kind */
export const MonitoringPeriodKind = {
  /** 取值 MONTH / value MONTH */
  Month: 'MONTH',
  /** 取值 QUARTER / value QUARTER */
  Quarter: 'QUARTER'
} as const;

export type MonitoringPeriodKind = typeof MonitoringPeriodKind[keyof typeof MonitoringPeriodKind];
/** MonitoringRecommendation 类型 / MonitoringRecommendation is enum for the field recommendation */
export const MonitoringRecommendation = {
  /** 取值 ADJUST / value ADJUST */
  Adjust: 'ADJUST',
  /** 取值 CONTINUE / value CONTINUE */
  Continue: 'CONTINUE',
  /** 取值 STOP / value STOP */
  Stop: 'STOP',
  /** 取值 SUSPEND / value SUSPEND */
  Suspend: 'SUSPEND'
} as const;

export type MonitoringRecommendation = typeof MonitoringRecommendation[keyof typeof MonitoringRecommendation];
/** OrderDirection 类型 / Possible directions in which to order a list of items when provided an `orderBy` argument. */
export const OrderDirection = {
  /** 取值 ASC / Specifies an ascending order for a given `orderBy` argument. */
  Asc: 'ASC',
  /** 取值 DESC / Specifies a descending order for a given `orderBy` argument. */
  Desc: 'DESC'
} as const;

export type OrderDirection = typeof OrderDirection[keyof typeof OrderDirection];
/** ProjectCategory 类型 / ProjectCategory is enum for the field category */
export const ProjectCategory = {
  /** 取值 CAPITAL_CONSTRUCTION / value CAPITAL_CONSTRUCTION */
  CapitalConstruction: 'CAPITAL_CONSTRUCTION',
  /** 取值 POLICY / value POLICY */
  Policy: 'POLICY',
  /** 取值 SPECIAL_BUSINESS / value SPECIAL_BUSINESS */
  SpecialBusiness: 'SPECIAL_BUSINESS',
  /** 取值 SPECIAL_FUNDS / value SPECIAL_FUNDS */
  SpecialFunds: 'SPECIAL_FUNDS',
  /** 取值 TRANSFER_PAYMENT / value TRANSFER_PAYMENT */
  TransferPayment: 'TRANSFER_PAYMENT'
} as const;

export type ProjectCategory = typeof ProjectCategory[keyof typeof ProjectCategory];
/** 同类项目比较的排序字段 / What the same-type comparison is ordered by */
export const ProjectComparisonOrderField = {
  /** 调整后预算 / adjusted budget */
  Budget: 'BUDGET',
  /** 项目编码 / project code */
  Code: 'CODE',
  /** 单位产出成本 / cost per unit of output */
  CostPerUnit: 'COST_PER_UNIT',
  /** 预算执行率 / execution rate */
  ExecutionRate: 'EXECUTION_RATE',
  /** 得分 / score */
  Score: 'SCORE'
} as const;

export type ProjectComparisonOrderField = typeof ProjectComparisonOrderField[keyof typeof ProjectComparisonOrderField];
/** Project 的排序字段 / Properties by which Project connections can be ordered. */
export const ProjectOrderField = {
  /** 取值 CATEGORY / value CATEGORY */
  Category: 'CATEGORY',
  /** 取值 CODE / value CODE */
  Code: 'CODE',
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 FISCAL_YEAR / value FISCAL_YEAR */
  FiscalYear: 'FISCAL_YEAR',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 SECTOR / value SECTOR */
  Sector: 'SECTOR',
  /** 取值 STATUS / value STATUS */
  Status: 'STATUS',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT',
  /** 取值 WARNING_LEVEL / value WARNING_LEVEL */
  WarningLevel: 'WARNING_LEVEL'
} as const;

export type ProjectOrderField = typeof ProjectOrderField[keyof typeof ProjectOrderField];
/** ProjectStatus 类型 / ProjectStatus is enum for the field status */
export const ProjectStatus = {
  /** 取值 APPROVED / value APPROVED */
  Approved: 'APPROVED',
  /** 取值 COMPLETED / value COMPLETED */
  Completed: 'COMPLETED',
  /** 取值 IN_PROGRESS / value IN_PROGRESS */
  InProgress: 'IN_PROGRESS',
  /** 取值 RESERVE / value RESERVE */
  Reserve: 'RESERVE',
  /** 取值 STOPPED / value STOPPED */
  Stopped: 'STOPPED',
  /** 取值 SUSPENDED / value SUSPENDED */
  Suspended: 'SUSPENDED'
} as const;

export type ProjectStatus = typeof ProjectStatus[keyof typeof ProjectStatus];
/** QualitativeLevel 类型 / QualitativeLevel is enum for the field actual_level */
export const QualitativeLevel = {
  /** 达成年度指标 / achieved */
  Achieved: 'ACHIEVED',
  /** 未达成年度指标且效果较差 / not achieved */
  NotAchieved: 'NOT_ACHIEVED',
  /** 部分达成年度指标并具有一定效果 / partly achieved */
  PartlyAchieved: 'PARTLY_ACHIEVED'
} as const;

export type QualitativeLevel = typeof QualitativeLevel[keyof typeof QualitativeLevel];
/** Rectification 的排序字段 / Properties by which Rectification connections can be ordered. */
export const RectificationOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 DEADLINE / value DEADLINE */
  Deadline: 'DEADLINE',
  /** 取值 STATUS / value STATUS */
  Status: 'STATUS',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type RectificationOrderField = typeof RectificationOrderField[keyof typeof RectificationOrderField];
/** RectificationStatus 类型 / RectificationStatus is enum for the field status */
export const RectificationStatus = {
  /** 取值 DONE / value DONE */
  Done: 'DONE',
  /** 取值 IN_PROGRESS / value IN_PROGRESS */
  InProgress: 'IN_PROGRESS',
  /** 取值 OPEN / value OPEN */
  Open: 'OPEN'
} as const;

export type RectificationStatus = typeof RectificationStatus[keyof typeof RectificationStatus];
/** ReviewDecision 类型 / ReviewDecision is enum for the field decision */
export const ReviewDecision = {
  /** 取值 APPROVE / value APPROVE */
  Approve: 'APPROVE',
  /** 取值 RETURN / value RETURN */
  Return: 'RETURN'
} as const;

export type ReviewDecision = typeof ReviewDecision[keyof typeof ReviewDecision];
/** Review 的排序字段 / Properties by which Review connections can be ordered. */
export const ReviewOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type ReviewOrderField = typeof ReviewOrderField[keyof typeof ReviewOrderField];
/** Role 类型 / Role is enum for the field role */
export const Role = {
  /** 部门用户 / department user */
  DepartmentUser: 'DEPARTMENT_USER',
  /** 第三方评价 / third-party evaluator */
  Evaluator: 'EVALUATOR',
  /** 财政管理员 / finance administrator */
  FinanceAdmin: 'FINANCE_ADMIN',
  /** 财政审核 / finance reviewer */
  FinanceReviewer: 'FINANCE_REVIEWER',
  /** 领导 / leader */
  Leader: 'LEADER',
  /** 公众 / public */
  Public: 'PUBLIC'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** RuleSet 的排序字段 / Properties by which RuleSet connections can be ordered. */
export const RuleSetOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 NAME / value NAME */
  Name: 'NAME',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT',
  /** 取值 VERSION / value VERSION */
  Version: 'VERSION'
} as const;

export type RuleSetOrderField = typeof RuleSetOrderField[keyof typeof RuleSetOrderField];
/** ScoreItemMethod 类型 / ScoreItemMethod is enum for the field method */
export const ScoreItemMethod = {
  /** 取值 BONUS_PENALTY / value BONUS_PENALTY */
  BonusPenalty: 'BONUS_PENALTY',
  /** 取值 COMPOSITE / value COMPOSITE */
  Composite: 'COMPOSITE',
  /** 取值 DEDUCTION / value DEDUCTION */
  Deduction: 'DEDUCTION',
  /** 取值 EXECUTION_RATE / value EXECUTION_RATE */
  ExecutionRate: 'EXECUTION_RATE',
  /** 取值 INDICATOR / value INDICATOR */
  Indicator: 'INDICATOR',
  /** 取值 MANUAL / value MANUAL */
  Manual: 'MANUAL',
  /** 取值 SURVEY / value SURVEY */
  Survey: 'SURVEY',
  /** 取值 VETO / value VETO */
  Veto: 'VETO'
} as const;

export type ScoreItemMethod = typeof ScoreItemMethod[keyof typeof ScoreItemMethod];
/** ScoreItem 的排序字段 / Properties by which ScoreItem connections can be ordered. */
export const ScoreItemOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 SORT_ORDER / value SORT_ORDER */
  SortOrder: 'SORT_ORDER',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type ScoreItemOrderField = typeof ScoreItemOrderField[keyof typeof ScoreItemOrderField];
/** Sector 类型 / Sector is enum for the field sector */
export const Sector = {
  /** 农业农村 / agriculture and rural affairs */
  Agriculture: 'AGRICULTURE',
  /** 文化旅游 / culture and tourism */
  CultureTourism: 'CULTURE_TOURISM',
  /** 生态环境 / ecology and environment */
  Ecology: 'ECOLOGY',
  /** 教育 / education */
  Education: 'EDUCATION',
  /** 一般公共服务 / general public services */
  GeneralPublicService: 'GENERAL_PUBLIC_SERVICE',
  /** 卫生健康 / health */
  Health: 'HEALTH',
  /** 住房保障 / housing */
  Housing: 'HOUSING',
  /** 其他 / other */
  Other: 'OTHER',
  /** 公共安全 / public security */
  PublicSecurity: 'PUBLIC_SECURITY',
  /** 科技 / science and technology */
  Science: 'SCIENCE',
  /** 社会保障 / social security */
  SocialSecurity: 'SOCIAL_SECURITY',
  /** 交通 / transport */
  Transport: 'TRANSPORT',
  /** 水利 / water resources */
  Water: 'WATER'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** 统计立方的分组维度 / A dimension the stats cube groups by */
export const StatsDimension = {
  /** 部门/单位 / department */
  Department: 'DEPARTMENT',
  /** 评价类型（仅评价指标）/ evaluation kind (evaluation measures only) */
  EvaluationKind: 'EVALUATION_KIND',
  /** 预算年度 / fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 资金来源（仅预算与支出指标）/ fund source (budget and payment measures only) */
  FundSource: 'FUND_SOURCE',
  /** 月份（仅预算与支出指标：当月支出、累计支出、累计执行率）/ month (budget and payment measures only: paid in the month, to date, execution rate to date) */
  Month: 'MONTH',
  /** 项目类别 / project category */
  ProjectCategory: 'PROJECT_CATEGORY',
  /** 区域 / region */
  Region: 'REGION',
  /** 行业（项目的政策领域；部门整体取部门行业）/ sector (the project's policy area; department-wide rows take the department's) */
  Sector: 'SECTOR'
} as const;

export type StatsDimension = typeof StatsDimension[keyof typeof StatsDimension];
/** 统计立方的汇总指标 / A measure the stats cube adds up */
export const StatsMeasure = {
  /** 平均得分 / average score */
  AverageScore: 'AVERAGE_SCORE',
  /** 调整后预算 / adjusted budget */
  Budget: 'BUDGET',
  /** 评价数 / evaluations */
  EvaluationCount: 'EVALUATION_COUNT',
  /** 预算执行率（按月分组时为累计）/ execution rate (to date when grouped by month) */
  ExecutionRate: 'EXECUTION_RATE',
  /** 等级分布 / grade distribution */
  GradeCounts: 'GRADE_COUNTS',
  /** 已完成的指标数 / indicators that met their target */
  IndicatorsCompleted: 'INDICATORS_COMPLETED',
  /** 已填报完成值的指标数 / indicators with an actual value */
  IndicatorsReported: 'INDICATORS_REPORTED',
  /** 指标完成率 / indicator completion rate */
  IndicatorCompletionRate: 'INDICATOR_COMPLETION_RATE',
  /** 指标数 / indicators */
  IndicatorCount: 'INDICATOR_COUNT',
  /** 年初预算 / initial budget */
  InitialBudget: 'INITIAL_BUDGET',
  /** 重点项目数 / key projects */
  KeyProjectCount: 'KEY_PROJECT_COUNT',
  /** 有监控记录的项目数 / projects monitored */
  MonitoredProjects: 'MONITORED_PROJECTS',
  /** 支出（按月分组时为当月）/ paid (in the month when grouped by month) */
  Paid: 'PAID',
  /** 累计支出 / paid to date */
  PaidToDate: 'PAID_TO_DATE',
  /** 项目数（跨年度相加时为项目·年）/ project count (project-years when years are added up) */
  ProjectCount: 'PROJECT_COUNT',
  /** 红色预警项目数 / projects with a red warning */
  RedWarnings: 'RED_WARNINGS',
  /** 已有总分的评价数 / evaluations with a total score */
  ScoredEvaluationCount: 'SCORED_EVALUATION_COUNT',
  /** 已批复目标数 / targets approved */
  TargetsApproved: 'TARGETS_APPROVED',
  /** 已申报目标数 / targets declared */
  TargetsDeclared: 'TARGETS_DECLARED',
  /** 黄色预警项目数 / projects with a yellow warning */
  YellowWarnings: 'YELLOW_WARNINGS'
} as const;

export type StatsMeasure = typeof StatsMeasure[keyof typeof StatsMeasure];
/** Subcategory 类型 / Subcategory is enum for the field subcategory */
export const Subcategory = {
  /** 生态效益指标 / ecological benefit */
  EcologicalBenefit: 'ECOLOGICAL_BENEFIT',
  /** 生态环境成本指标 / ecological cost */
  EcologicalCost: 'ECOLOGICAL_COST',
  /** 经济效益指标 / economic benefit */
  EconomicBenefit: 'ECONOMIC_BENEFIT',
  /** 经济成本指标 / economic cost */
  EconomicCost: 'ECONOMIC_COST',
  /** 成本指标 / output cost */
  OutputCost: 'OUTPUT_COST',
  /** 质量指标 / quality */
  Quality: 'QUALITY',
  /** 数量指标 / quantity */
  Quantity: 'QUANTITY',
  /** 服务对象满意度指标 / service recipients' satisfaction */
  ServiceSatisfaction: 'SERVICE_SATISFACTION',
  /** 社会效益指标 / social benefit */
  SocialBenefit: 'SOCIAL_BENEFIT',
  /** 社会成本指标 / social cost */
  SocialCost: 'SOCIAL_COST',
  /** 可持续影响指标 / sustainable impact */
  Sustainability: 'SUSTAINABILITY',
  /** 时效指标 / timeliness */
  Timeliness: 'TIMELINESS'
} as const;

export type Subcategory = typeof Subcategory[keyof typeof Subcategory];
/** Target 的排序字段 / Properties by which Target connections can be ordered. */
export const TargetOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 FISCAL_YEAR / value FISCAL_YEAR */
  FiscalYear: 'FISCAL_YEAR',
  /** 取值 STATUS / value STATUS */
  Status: 'STATUS',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type TargetOrderField = typeof TargetOrderField[keyof typeof TargetOrderField];
/** TargetStatus 类型 / TargetStatus is enum for the field status */
export const TargetStatus = {
  /** 取值 ADJUSTING / value ADJUSTING */
  Adjusting: 'ADJUSTING',
  /** 取值 APPROVED / value APPROVED */
  Approved: 'APPROVED',
  /** 取值 DRAFT / value DRAFT */
  Draft: 'DRAFT',
  /** 取值 RETURNED / value RETURNED */
  Returned: 'RETURNED',
  /** 取值 SUBMITTED / value SUBMITTED */
  Submitted: 'SUBMITTED',
  /** 取值 SUPERSEDED / value SUPERSEDED */
  Superseded: 'SUPERSEDED'
} as const;

export type TargetStatus = typeof TargetStatus[keyof typeof TargetStatus];
/** TargetTerm 类型 / TargetTerm is enum for the field term */
export const TargetTerm = {
  /** 取值 ANNUAL / value ANNUAL */
  Annual: 'ANNUAL',
  /** 取值 MID_TERM / value MID_TERM */
  MidTerm: 'MID_TERM'
} as const;

export type TargetTerm = typeof TargetTerm[keyof typeof TargetTerm];
/** 待办类型 / Kind of to-do on the workbench */
export const TaskKind = {
  /** 待复核的评价 / submitted evaluations to review */
  EvaluationsToReview: 'EVALUATIONS_TO_REVIEW',
  /** 待打分的评价 / open evaluations to fill in or score */
  EvaluationsToScore: 'EVALUATIONS_TO_SCORE',
  /** 待填报的绩效监控（上月）/ projects whose monitoring for last month is due */
  MonitoringDue: 'MONITORING_DUE',
  /** 未完成的整改 / rectifications not yet done */
  RectificationsPending: 'RECTIFICATIONS_PENDING',
  /** 待审核的绩效目标 / submitted targets to review */
  TargetsToReview: 'TARGETS_TO_REVIEW',
  /** 被退回待修改的绩效目标 / returned targets to revise and resubmit */
  TargetsToRevise: 'TARGETS_TO_REVISE',
  /** 未申报的目标草稿 / target drafts not yet declared */
  TargetsToSubmit: 'TARGETS_TO_SUBMIT'
} as const;

export type TaskKind = typeof TaskKind[keyof typeof TaskKind];
/** User 的排序字段 / Properties by which User connections can be ordered. */
export const UserOrderField = {
  /** 取值 CREATED_AT / value CREATED_AT */
  CreatedAt: 'CREATED_AT',
  /** 取值 UPDATED_AT / value UPDATED_AT */
  UpdatedAt: 'UPDATED_AT',
  /** 取值 USERNAME / value USERNAME */
  Username: 'USERNAME'
} as const;

export type UserOrderField = typeof UserOrderField[keyof typeof UserOrderField];
/** WarningLevel 类型 / WarningLevel is enum for the field warning_level */
export const WarningLevel = {
  /** 蓝色（超前） / blue: far ahead */
  Blue: 'BLUE',
  /** 绿色（正常） / green */
  Green: 'GREEN',
  /** 红色预警 / red */
  Red: 'RED',
  /** 黄色预警 / yellow */
  Yellow: 'YELLOW'
} as const;

export type WarningLevel = typeof WarningLevel[keyof typeof WarningLevel];