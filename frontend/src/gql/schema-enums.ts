/* Every enum of the server's schema (generated; do not edit). The format/enumLabels tests check that each value has a zh/en label. */
/** Agency 的排序字段 / Properties by which Agency connections can be ordered. */
export const AgencyOrderField = {
  /** 按机构编码（统一社会信用代码）/ Agency code排序 / order by code */
  Code: 'CODE',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按机构名称排序 / order by name */
  Name: 'NAME',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type AgencyOrderField = typeof AgencyOrderField[keyof typeof AgencyOrderField];
/** AgencyRating 的排序字段 / Properties by which AgencyRating connections can be ordered. */
export const AgencyRatingOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type AgencyRatingOrderField = typeof AgencyRatingOrderField[keyof typeof AgencyRatingOrderField];
/** Allocation 的排序字段 / Properties by which Allocation connections can be ordered. */
export const AllocationOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按预算年度排序 / order by fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 按年初预算（元）/ Initial budget (yuan)排序 / order by initial amount */
  InitialAmount: 'INITIAL_AMOUNT',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type AllocationOrderField = typeof AllocationOrderField[keyof typeof AllocationOrderField];
/** AssessmentConclusion 类型 / AssessmentConclusion is enum for the field conclusion */
export const AssessmentConclusion = {
  /** 部分支持 / partial support */
  PartialSupport: 'PARTIAL_SUPPORT',
  /** 不予支持 / not supported */
  Reject: 'REJECT',
  /** 予以支持 / support */
  Support: 'SUPPORT'
} as const;

export type AssessmentConclusion = typeof AssessmentConclusion[keyof typeof AssessmentConclusion];
/** Assessment 的排序字段 / Properties by which Assessment connections can be ordered. */
export const AssessmentOrderField = {
  /** 按评估时间排序 / order by assessed at */
  AssessedAt: 'ASSESSED_AT',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type AssessmentOrderField = typeof AssessmentOrderField[keyof typeof AssessmentOrderField];
/** AuditEntry 的排序字段 / Properties by which AuditEntry connections can be ordered. */
export const AuditEntryOrderField = {
  /** 按动作，如 create、update、login、denied排序 / order by action */
  Action: 'ACTION',
  /** 按时间（UTC）/ Time (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT'
} as const;

export type AuditEntryOrderField = typeof AuditEntryOrderField[keyof typeof AuditEntryOrderField];
/** BudgetLink 的排序字段 / Properties by which BudgetLink connections can be ordered. */
export const BudgetLinkOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按应用于的预算年度（通常为下一年度）/ Budget year it applies to (usually the next)排序 / order by fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type BudgetLinkOrderField = typeof BudgetLinkOrderField[keyof typeof BudgetLinkOrderField];
/** BudgetLinkSuggestion 类型 / BudgetLinkSuggestion is enum for the field suggestion */
export const BudgetLinkSuggestion = {
  /** 压减预算 / cut */
  Cut: 'CUT',
  /** 增加预算 / increase */
  Increase: 'INCREASE',
  /** 维持预算 / keep */
  Keep: 'KEEP'
} as const;

export type BudgetLinkSuggestion = typeof BudgetLinkSuggestion[keyof typeof BudgetLinkSuggestion];
/** 工作日历事项 / Kind of step on the work calendar */
export const CalendarKind = {
  /** 一下：财政下达预算控制数 / first reply: finance sets the budget ceilings */
  DeclarationFirstDown: 'DECLARATION_FIRST_DOWN',
  /** 一上：部门报送预算建议和绩效目标 / first submission: budget proposals with performance targets */
  DeclarationFirstUp: 'DECLARATION_FIRST_UP',
  /** 二下：财政批复预算和绩效目标 / second reply: finance approves budgets and targets */
  DeclarationSecondDown: 'DECLARATION_SECOND_DOWN',
  /** 二上：部门报送预算草案和绩效目标 / second submission: draft budgets with performance targets */
  DeclarationSecondUp: 'DECLARATION_SECOND_UP',
  /** 财政重点评价 / finance's key evaluations */
  KeyEvaluation: 'KEY_EVALUATION',
  /** 1–7 月绩效运行监控 / mid-year monitoring (January to July) */
  MonitoringMidyear: 'MONITORING_MIDYEAR',
  /**
   * 月度绩效监控 / monthly monitoring
   *
   * month 为所监控的月份 / month is the month monitored
   */
  MonitoringMonth: 'MONITORING_MONTH',
  /**
   * 整改到期 / rectifications due
   *
   * count 为当日到期的未完成整改数 / count is the number of open ones due that day
   */
  Rectification: 'RECTIFICATION',
  /** 单位自评 / self-evaluation */
  SelfEvaluation: 'SELF_EVALUATION'
} as const;

export type CalendarKind = typeof CalendarKind[keyof typeof CalendarKind];
/** Comparator 类型 / Comparator is enum for the field comparator */
export const Comparator = {
  /** = 等于 / = equal */
  Eq: 'EQ',
  /** > 大于 / > greater than */
  Gt: 'GT',
  /** ≥ 大于等于 / ≥ greater or equal */
  Gte: 'GTE',
  /** < 小于 / < less than */
  Lt: 'LT',
  /** ≤ 小于等于 / ≤ less or equal */
  Lte: 'LTE',
  /** 定性 / qualitative */
  Qualitative: 'QUALITATIVE'
} as const;

export type Comparator = typeof Comparator[keyof typeof Comparator];
/** 新建操作：当前用户可以新建的记录 / a kind of record the viewer may create */
export const CreateAction = {
  /** 记录结果应用 / record a budget link */
  BudgetLink: 'BUDGET_LINK',
  /** 设置工作日历 / set the work calendar */
  Calendar: 'CALENDAR',
  /** 新建财政评价或第三方评价 / create a finance or third-party evaluation */
  Evaluation: 'EVALUATION',
  /** 填报绩效监控 / record monitoring */
  Monitoring: 'MONITORING',
  /** 新建项目 / create a project */
  Project: 'PROJECT',
  /** 下达整改 / issue a rectification */
  Rectification: 'RECTIFICATION',
  /** 发起单位自评 / start a self-evaluation */
  SelfEvaluation: 'SELF_EVALUATION',
  /** 申报绩效目标 / declare a target */
  Target: 'TARGET',
  /** 新建用户 / create a user */
  User: 'USER'
} as const;

export type CreateAction = typeof CreateAction[keyof typeof CreateAction];
/** DepartmentKind 类型 / DepartmentKind is enum for the field kind */
export const DepartmentKind = {
  /** 行政单位 / administrative unit */
  Administrative: 'ADMINISTRATIVE',
  /** 事业单位 / public institution */
  Institution: 'INSTITUTION',
  /** 其他 / other */
  Other: 'OTHER'
} as const;

export type DepartmentKind = typeof DepartmentKind[keyof typeof DepartmentKind];
/** Department 的排序字段 / Properties by which Department connections can be ordered. */
export const DepartmentOrderField = {
  /** 按单位编码排序 / order by code */
  Code: 'CODE',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按单位名称排序 / order by name */
  Name: 'NAME',
  /** 按所属区域排序 / order by region */
  Region: 'REGION',
  /** 按行业/政策领域排序 / order by sector */
  Sector: 'SECTOR',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type DepartmentOrderField = typeof DepartmentOrderField[keyof typeof DepartmentOrderField];
/** 部门统计的排序与排名字段 / What department statistics are ordered and ranked by */
export const DepartmentStatsOrderField = {
  /**
   * 平均得分 / average score
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
  AverageScore: 'AVERAGE_SCORE',
  /** 调整后预算 / adjusted budget */
  Budget: 'BUDGET',
  /** 单位编码 / department code */
  Code: 'CODE',
  /**
   * 评价数 / evaluation count
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
  EvaluationCount: 'EVALUATION_COUNT',
  /**
   * 评价为“优”的项目数 / evaluations graded excellent
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
  ExcellentCount: 'EXCELLENT_COUNT',
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
  /** 按支付金额（元）；红字冲销为负数排序 / order by amount */
  Amount: 'AMOUNT',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按支付日期排序 / order by paid on */
  PaidOn: 'PAID_ON',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type DisbursementOrderField = typeof DisbursementOrderField[keyof typeof DisbursementOrderField];
/** 绩效评价操作 / an action on an evaluation */
export const EvaluationAction = {
  /** 公开结果 / publish */
  Publish: 'PUBLISH',
  /** 重新打开 / reopen */
  Reopen: 'REOPEN',
  /** 退回重评 / return for re-scoring */
  Return: 'RETURN',
  /** 复核通过 / mark reviewed */
  Review: 'REVIEW',
  /** 打分 / score */
  Score: 'SCORE',
  /** 提交评价 / submit */
  Submit: 'SUBMIT'
} as const;

export type EvaluationAction = typeof EvaluationAction[keyof typeof EvaluationAction];
/** EvaluationKind 类型 / EvaluationKind is enum for the field kind */
export const EvaluationKind = {
  /** 部门评价 / department evaluation */
  Department: 'DEPARTMENT',
  /** 财政重点评价 / finance key evaluation */
  FinanceKey: 'FINANCE_KEY',
  /** 单位自评 / self-evaluation */
  Self: 'SELF',
  /** 第三方评价 / third-party evaluation */
  ThirdParty: 'THIRD_PARTY'
} as const;

export type EvaluationKind = typeof EvaluationKind[keyof typeof EvaluationKind];
/** Evaluation 的排序字段 / Properties by which Evaluation connections can be ordered. */
export const EvaluationOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按预算年度排序 / order by fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 按评价等级排序 / order by grade */
  Grade: 'GRADE',
  /** 按评价类型排序 / order by kind */
  Kind: 'KIND',
  /** 按状态排序 / order by status */
  Status: 'STATUS',
  /** 按总分排序 / order by total score */
  TotalScore: 'TOTAL_SCORE',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type EvaluationOrderField = typeof EvaluationOrderField[keyof typeof EvaluationOrderField];
/** EvaluationScheme 的排序字段 / Properties by which EvaluationScheme connections can be ordered. */
export const EvaluationSchemeOrderField = {
  /** 按方案编码（各版本相同）/ Scheme code, shared by its versions排序 / order by code */
  Code: 'CODE',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按方案名称排序 / order by name */
  Name: 'NAME',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT',
  /** 按版本号排序 / order by version */
  Version: 'VERSION'
} as const;

export type EvaluationSchemeOrderField = typeof EvaluationSchemeOrderField[keyof typeof EvaluationSchemeOrderField];
/** EvaluationSchemeSubject 类型 / EvaluationSchemeSubject is enum for the field subject */
export const EvaluationSchemeSubject = {
  /** 部门整体 / whole department */
  Department: 'DEPARTMENT',
  /** 项目 / project */
  Project: 'PROJECT'
} as const;

export type EvaluationSchemeSubject = typeof EvaluationSchemeSubject[keyof typeof EvaluationSchemeSubject];
/** EvaluationStatus 类型 / EvaluationStatus is enum for the field status */
export const EvaluationStatus = {
  /** 评价中 / in progress */
  InProgress: 'IN_PROGRESS',
  /** 已计划 / planned */
  Planned: 'PLANNED',
  /** 已公开 / published */
  Published: 'PUBLISHED',
  /** 已审核 / reviewed */
  Reviewed: 'REVIEWED',
  /** 已提交 / submitted */
  Submitted: 'SUBMITTED'
} as const;

export type EvaluationStatus = typeof EvaluationStatus[keyof typeof EvaluationStatus];
/** Expert 的排序字段 / Properties by which Expert connections can be ordered. */
export const ExpertOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按姓名排序 / order by name */
  Name: 'NAME',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type ExpertOrderField = typeof ExpertOrderField[keyof typeof ExpertOrderField];
/** ExpertScore 的排序字段 / Properties by which ExpertScore connections can be ordered. */
export const ExpertScoreOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type ExpertScoreOrderField = typeof ExpertScoreOrderField[keyof typeof ExpertScoreOrderField];
/** FundLevel 类型 / FundLevel is enum for the field level */
export const FundLevel = {
  /** 中央 / central */
  Central: 'CENTRAL',
  /** 市级 / city */
  City: 'CITY',
  /** 县级 / county */
  County: 'COUNTY',
  /** 省级 / provincial */
  Province: 'PROVINCE'
} as const;

export type FundLevel = typeof FundLevel[keyof typeof FundLevel];
/** Fund 的排序字段 / Properties by which Fund connections can be ordered. */
export const FundOrderField = {
  /** 按资金总额（元）/ Total amount (yuan)排序 / order by amount */
  Amount: 'AMOUNT',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按预算年度排序 / order by fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 按资金名称排序 / order by name */
  Name: 'NAME',
  /** 按资金来源排序 / order by source */
  Source: 'SOURCE',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type FundOrderField = typeof FundOrderField[keyof typeof FundOrderField];
/** FundSource 类型 / FundSource is enum for the field source */
export const FundSource = {
  /** 一般公共预算 / general public budget */
  GeneralBudget: 'GENERAL_BUDGET',
  /** 政府性基金预算 / government fund budget */
  GovernmentFund: 'GOVERNMENT_FUND',
  /** 其他 / other */
  Other: 'OTHER',
  /** 专项债券 / special bond */
  SpecialBond: 'SPECIAL_BOND',
  /** 国有资本经营预算 / state capital operation budget */
  StateCapital: 'STATE_CAPITAL',
  /** 上级转移支付 / transfer from higher level */
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
  /** 按一级指标排序 / order by category */
  Category: 'CATEGORY',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按三级指标名称，如“培训人次”排序 / order by name */
  Name: 'NAME',
  /** 按排序排序 / order by sort order */
  SortOrder: 'SORT_ORDER',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type IndicatorOrderField = typeof IndicatorOrderField[keyof typeof IndicatorOrderField];
/** IndicatorProgressLikelihood 类型 / IndicatorProgressLikelihood is enum for the field likelihood */
export const IndicatorProgressLikelihood = {
  /** 确定能 / certain */
  Certain: 'CERTAIN',
  /** 完全不可能 / impossible */
  Impossible: 'IMPOSSIBLE',
  /** 有可能 / possible */
  Possible: 'POSSIBLE'
} as const;

export type IndicatorProgressLikelihood = typeof IndicatorProgressLikelihood[keyof typeof IndicatorProgressLikelihood];
/** IndicatorProgress 的排序字段 / Properties by which IndicatorProgress connections can be ordered. */
export const IndicatorProgressOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type IndicatorProgressOrderField = typeof IndicatorProgressOrderField[keyof typeof IndicatorProgressOrderField];
/** IndicatorProgressReason 类型 / IndicatorProgressReason is enum for the field reason */
export const IndicatorProgressReason = {
  /** 突发事件 / emergency */
  Emergency: 'EMERGENCY',
  /** 经费保障 / funding */
  Funding: 'FUNDING',
  /** 硬件条件 / hardware */
  Hardware: 'HARDWARE',
  /** 制度保障 / institutional */
  Institutional: 'INSTITUTIONAL',
  /** 其他 / other */
  Other: 'OTHER',
  /** 政策变化 / policy change */
  PolicyChange: 'POLICY_CHANGE',
  /** 人员保障 / staffing */
  Staffing: 'STAFFING'
} as const;

export type IndicatorProgressReason = typeof IndicatorProgressReason[keyof typeof IndicatorProgressReason];
/** IndicatorStandard 类型 / IndicatorStandard is enum for the field standard */
export const IndicatorStandard = {
  /** 预算支出标准 / budget expenditure standard */
  BudgetStandard: 'BUDGET_STANDARD',
  /** 历史标准 / historical standard */
  History: 'HISTORY',
  /** 行业标准 / industry standard */
  Industry: 'INDUSTRY',
  /** 其他 / other */
  Other: 'OTHER',
  /** 计划标准 / plan standard */
  Plan: 'PLAN'
} as const;

export type IndicatorStandard = typeof IndicatorStandard[keyof typeof IndicatorStandard];
/** IndicatorTemplate 的排序字段 / Properties by which IndicatorTemplate connections can be ordered. */
export const IndicatorTemplateOrderField = {
  /** 按一级指标排序 / order by category */
  Category: 'CATEGORY',
  /** 按指标编码排序 / order by code */
  Code: 'CODE',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按指标名称排序 / order by name */
  Name: 'NAME',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type IndicatorTemplateOrderField = typeof IndicatorTemplateOrderField[keyof typeof IndicatorTemplateOrderField];
/** Monitoring 的排序字段 / Properties by which Monitoring connections can be ordered. */
export const MonitoringOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按预算年度排序 / order by fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 按监控期末月份（1–12；季度监控为 3/6/9/12）/ Month the period ends (1–12; quarters end in 3/6/9/12)排序 / order by month */
  Month: 'MONTH',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT',
  /** 按预警等级排序 / order by warning level */
  WarningLevel: 'WARNING_LEVEL',
  /** 按预警严重程度（由预警等级得出排序 / order by warning severity */
  WarningSeverity: 'WARNING_SEVERITY'
} as const;

export type MonitoringOrderField = typeof MonitoringOrderField[keyof typeof MonitoringOrderField];
/** MonitoringPeriodKind 类型 / MonitoringPeriodKind is enum for the field period_kind */
export const MonitoringPeriodKind = {
  /** 月度 / monthly */
  Month: 'MONTH',
  /** 季度 / quarterly */
  Quarter: 'QUARTER'
} as const;

export type MonitoringPeriodKind = typeof MonitoringPeriodKind[keyof typeof MonitoringPeriodKind];
/** MonitoringRecommendation 类型 / MonitoringRecommendation is enum for the field recommendation */
export const MonitoringRecommendation = {
  /** 调整 / adjust */
  Adjust: 'ADJUST',
  /** 继续实施 / continue */
  Continue: 'CONTINUE',
  /** 终止 / stop */
  Stop: 'STOP',
  /** 暂缓 / suspend */
  Suspend: 'SUSPEND'
} as const;

export type MonitoringRecommendation = typeof MonitoringRecommendation[keyof typeof MonitoringRecommendation];
/** OrderDirection 类型 / Possible directions in which to order a list of items when provided an `orderBy` argument. */
export const OrderDirection = {
  /** 升序 / ascending */
  Asc: 'ASC',
  /** 降序 / descending */
  Desc: 'DESC'
} as const;

export type OrderDirection = typeof OrderDirection[keyof typeof OrderDirection];
/** ProjectCategory 类型 / ProjectCategory is enum for the field category */
export const ProjectCategory = {
  /** 基本建设 / capital construction */
  CapitalConstruction: 'CAPITAL_CONSTRUCTION',
  /** 政策 / policy */
  Policy: 'POLICY',
  /** 专项业务费 / special business expense */
  SpecialBusiness: 'SPECIAL_BUSINESS',
  /** 专项经费 / special funds */
  SpecialFunds: 'SPECIAL_FUNDS',
  /** 转移支付 / transfer payment */
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
  /**
   * 得分 / score
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
  Score: 'SCORE'
} as const;

export type ProjectComparisonOrderField = typeof ProjectComparisonOrderField[keyof typeof ProjectComparisonOrderField];
/** Project 的排序字段 / Properties by which Project connections can be ordered. */
export const ProjectOrderField = {
  /** 按项目类别排序 / order by category */
  Category: 'CATEGORY',
  /** 按项目编码排序 / order by code */
  Code: 'CODE',
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按预算年度排序 / order by fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 按项目名称排序 / order by name */
  Name: 'NAME',
  /** 按行业/政策领域排序 / order by sector */
  Sector: 'SECTOR',
  /** 按状态排序 / order by status */
  Status: 'STATUS',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT',
  /** 按最近一期监控的预警等级（填报监控时更新）/ Warning level of the latest monitoring (set when monitoring is recorded)排序 / order by warning level */
  WarningLevel: 'WARNING_LEVEL',
  /** 按预警严重程度（由预警等级得出排序 / order by warning severity */
  WarningSeverity: 'WARNING_SEVERITY'
} as const;

export type ProjectOrderField = typeof ProjectOrderField[keyof typeof ProjectOrderField];
/** ProjectStatus 类型 / ProjectStatus is enum for the field status */
export const ProjectStatus = {
  /** 已批复 / approved */
  Approved: 'APPROVED',
  /** 已完成 / completed */
  Completed: 'COMPLETED',
  /** 执行中 / in progress */
  InProgress: 'IN_PROGRESS',
  /** 储备 / reserve */
  Reserve: 'RESERVE',
  /** 终止 / stopped */
  Stopped: 'STOPPED',
  /** 暂缓 / suspended */
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
/** 整改操作 / an action on a rectification */
export const RectificationAction = {
  /** 完成整改 / complete */
  Complete: 'COMPLETE',
  /** 开始整改 / start */
  Start: 'START'
} as const;

export type RectificationAction = typeof RectificationAction[keyof typeof RectificationAction];
/** Rectification 的排序字段 / Properties by which Rectification connections can be ordered. */
export const RectificationOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按整改期限排序 / order by deadline */
  Deadline: 'DEADLINE',
  /** 按状态排序 / order by status */
  Status: 'STATUS',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type RectificationOrderField = typeof RectificationOrderField[keyof typeof RectificationOrderField];
/** RectificationStatus 类型 / RectificationStatus is enum for the field status */
export const RectificationStatus = {
  /** 已完成 / done */
  Done: 'DONE',
  /** 整改中 / in progress */
  InProgress: 'IN_PROGRESS',
  /** 待整改 / open */
  Open: 'OPEN'
} as const;

export type RectificationStatus = typeof RectificationStatus[keyof typeof RectificationStatus];
/** ReviewDecision 类型 / ReviewDecision is enum for the field decision */
export const ReviewDecision = {
  /** 审核通过 / approve */
  Approve: 'APPROVE',
  /** 退回修改 / return */
  Return: 'RETURN'
} as const;

export type ReviewDecision = typeof ReviewDecision[keyof typeof ReviewDecision];
/** Review 的排序字段 / Properties by which Review connections can be ordered. */
export const ReviewOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
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
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按规则集名称排序 / order by name */
  Name: 'NAME',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT',
  /** 按版本号排序 / order by version */
  Version: 'VERSION'
} as const;

export type RuleSetOrderField = typeof RuleSetOrderField[keyof typeof RuleSetOrderField];
/** ScoreItemMethod 类型 / ScoreItemMethod is enum for the field method */
export const ScoreItemMethod = {
  /** 加减分 / bonus / penalty */
  BonusPenalty: 'BONUS_PENALTY',
  /** 综合 / composite */
  Composite: 'COMPOSITE',
  /** 数据计算 / computed from data */
  Data: 'DATA',
  /** 扣分法 / deduction */
  Deduction: 'DEDUCTION',
  /** 预算执行率 / execution rate */
  ExecutionRate: 'EXECUTION_RATE',
  /** 指标评分 / indicator */
  Indicator: 'INDICATOR',
  /** 人工评分 / manual points */
  Manual: 'MANUAL',
  /** 问卷调查 / survey */
  Survey: 'SURVEY',
  /** 一票否决 / veto */
  Veto: 'VETO'
} as const;

export type ScoreItemMethod = typeof ScoreItemMethod[keyof typeof ScoreItemMethod];
/** ScoreItem 的排序字段 / Properties by which ScoreItem connections can be ordered. */
export const ScoreItemOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按排序排序 / order by sort order */
  SortOrder: 'SORT_ORDER',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
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
  /**
   * 评价类型 / evaluation kind
   *
   * 仅用于评价指标 / evaluation measures only
   */
  EvaluationKind: 'EVALUATION_KIND',
  /** 预算年度 / fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /**
   * 资金来源 / fund source
   *
   * 仅用于预算与支出指标 / budget and payment measures only
   */
  FundSource: 'FUND_SOURCE',
  /**
   * 月份 / month
   *
   * 仅用于预算与支出指标：当月支出、累计支出、累计执行率 / budget and payment measures only: paid in the month, to date, execution rate to date
   */
  Month: 'MONTH',
  /**
   * 项目 / project
   *
   * 每个项目每年一行（项目年度汇总）：可用项目数、预算、支出、执行率（全年）、指标数、已完成指标数、指标完成率和监控期指标 / one row per project and year (the project-year summary): project count, budget, paid, execution rate (the whole year), indicators, indicators completed, completion rate and the monitoring-period measures
   */
  Project: 'PROJECT',
  /** 项目类别 / project category */
  ProjectCategory: 'PROJECT_CATEGORY',
  /** 区域 / region */
  Region: 'REGION',
  /**
   * 领域 / sector
   *
   * 项目的政策领域；部门整体取部门的行业 / the project's policy area; department-wide rows take the department's
   */
  Sector: 'SECTOR',
  /**
   * 指标模板 / indicator template
   *
   * 绩效指标所引用的指标库指标（未引用模板的指标归入空值一组）；仅用于指标数、已报完成值指标数、已完成指标数和指标完成率（在用目标版本的指标）；可与 PROJECT 组合（各项目按模板的指标完成情况） / the indicator library template an indicator was made from (indicators made from none form the null group); indicator count, indicators reported, indicators completed and completion rate only (the indicators of the targets in force); combines with PROJECT (indicator completion by template per project)
   */
  Template: 'TEMPLATE'
} as const;

export type StatsDimension = typeof StatsDimension[keyof typeof StatsDimension];
/** 统计立方的汇总指标 / A measure the stats cube adds up */
export const StatsMeasure = {
  /**
   * 平均得分 / average score
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
  AverageScore: 'AVERAGE_SCORE',
  /** 调整后预算 / adjusted budget */
  Budget: 'BUDGET',
  /**
   * 评价数 / evaluations
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
  EvaluationCount: 'EVALUATION_COUNT',
  /**
   * 预算执行率 / execution rate
   *
   * 按月分组时为累计执行率 / to date when grouped by month
   */
  ExecutionRate: 'EXECUTION_RATE',
  /**
   * 等级分布 / grade distribution
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
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
  /**
   * 最近一期预警 / latest warning
   *
   * 各项目当年最近一期监控的预警等级中最严重的（红 > 黄 > 蓝 > 绿）；排序按严重程度；无监控为空 / the most severe (red > yellow > blue > green) of the projects' latest monitoring warnings in the year; orders by severity; null without monitoring
   */
  LatestWarning: 'LATEST_WARNING',
  /**
   * 监控期数 / monitoring periods
   *
   * 项目当年已填报的监控期数（按项目年度汇总）/ the monitoring periods recorded for the projects in the year (from the project-year summary)
   */
  MonitoredMonths: 'MONITORED_MONTHS',
  /** 有监控记录的项目数 / projects monitored */
  MonitoredProjects: 'MONITORED_PROJECTS',
  /**
   * 支出 / paid
   *
   * 按月分组时为当月支出 / in the month when grouped by month
   */
  Paid: 'PAID',
  /** 累计支出 / paid to date */
  PaidToDate: 'PAID_TO_DATE',
  /**
   * 项目数 / projects
   *
   * 跨年度相加时为项目·年 / project-years when years are added up
   */
  ProjectCount: 'PROJECT_COUNT',
  /**
   * 红色预警期数 / red months
   *
   * 项目当年监控为红色预警的期数之和 / the monitoring periods with a red warning, added up over the projects
   */
  RedMonths: 'RED_MONTHS',
  /** 红色预警项目数 / projects with a red warning */
  RedWarnings: 'RED_WARNINGS',
  /**
   * 已有总分的评价数 / evaluations with a total score
   *
   * 仅计已提交及以后的评价（已提交、已审核、已发布），每个项目每年一份单位自评 / counts only evaluations from SUBMITTED on (submitted, reviewed, published), one self-evaluation per project and fiscal year
   */
  ScoredEvaluationCount: 'SCORED_EVALUATION_COUNT',
  /** 已批复目标数 / targets approved */
  TargetsApproved: 'TARGETS_APPROVED',
  /** 已申报目标数 / targets declared */
  TargetsDeclared: 'TARGETS_DECLARED',
  /**
   * 黄色预警期数 / yellow months
   *
   * 项目当年监控为黄色预警的期数之和 / the monitoring periods with a yellow warning, added up over the projects
   */
  YellowMonths: 'YELLOW_MONTHS',
  /** 黄色预警项目数 / projects with a yellow warning */
  YellowWarnings: 'YELLOW_WARNINGS'
} as const;

export type StatsMeasure = typeof StatsMeasure[keyof typeof StatsMeasure];
/** Subcategory 类型 / Subcategory is enum for the field subcategory */
export const Subcategory = {
  /**
   * 生态效益指标 / ecological benefit
   *
   * 所属一级指标 / level-1 category: EFFECT
   */
  EcologicalBenefit: 'ECOLOGICAL_BENEFIT',
  /**
   * 生态环境成本指标 / ecological cost
   *
   * 所属一级指标 / level-1 category: COST
   */
  EcologicalCost: 'ECOLOGICAL_COST',
  /**
   * 经济效益指标 / economic benefit
   *
   * 所属一级指标 / level-1 category: EFFECT
   */
  EconomicBenefit: 'ECONOMIC_BENEFIT',
  /**
   * 经济成本指标 / economic cost
   *
   * 所属一级指标 / level-1 category: COST
   */
  EconomicCost: 'ECONOMIC_COST',
  /**
   * 成本指标 / output cost
   *
   * 所属一级指标 / level-1 category: OUTPUT
   */
  OutputCost: 'OUTPUT_COST',
  /**
   * 质量指标 / quality
   *
   * 所属一级指标 / level-1 category: OUTPUT
   */
  Quality: 'QUALITY',
  /**
   * 数量指标 / quantity
   *
   * 所属一级指标 / level-1 category: OUTPUT
   */
  Quantity: 'QUANTITY',
  /**
   * 服务对象满意度指标 / service recipients' satisfaction
   *
   * 所属一级指标 / level-1 category: SATISFACTION
   */
  ServiceSatisfaction: 'SERVICE_SATISFACTION',
  /**
   * 社会效益指标 / social benefit
   *
   * 所属一级指标 / level-1 category: EFFECT
   */
  SocialBenefit: 'SOCIAL_BENEFIT',
  /**
   * 社会成本指标 / social cost
   *
   * 所属一级指标 / level-1 category: COST
   */
  SocialCost: 'SOCIAL_COST',
  /**
   * 可持续影响指标 / sustainable impact
   *
   * 所属一级指标 / level-1 category: EFFECT
   */
  Sustainability: 'SUSTAINABILITY',
  /**
   * 时效指标 / timeliness
   *
   * 所属一级指标 / level-1 category: OUTPUT
   */
  Timeliness: 'TIMELINESS'
} as const;

export type Subcategory = typeof Subcategory[keyof typeof Subcategory];
/** 绩效目标操作 / an action on a target */
export const TargetAction = {
  /** 调整 / adjust */
  Adjust: 'ADJUST',
  /** 批复 / approve */
  Approve: 'APPROVE',
  /** 退回 / return */
  Return: 'RETURN',
  /** 修改 / revise */
  Revise: 'REVISE',
  /** 提交审核 / submit for review */
  Submit: 'SUBMIT'
} as const;

export type TargetAction = typeof TargetAction[keyof typeof TargetAction];
/** Target 的排序字段 / Properties by which Target connections can be ordered. */
export const TargetOrderField = {
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按预算年度排序 / order by fiscal year */
  FiscalYear: 'FISCAL_YEAR',
  /** 按状态排序 / order by status */
  Status: 'STATUS',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type TargetOrderField = typeof TargetOrderField[keyof typeof TargetOrderField];
/** TargetStatus 类型 / TargetStatus is enum for the field status */
export const TargetStatus = {
  /** 调整中 / adjusting */
  Adjusting: 'ADJUSTING',
  /** 已批复 / approved */
  Approved: 'APPROVED',
  /** 草稿 / draft */
  Draft: 'DRAFT',
  /** 已退回 / returned */
  Returned: 'RETURNED',
  /** 已提交 / submitted */
  Submitted: 'SUBMITTED',
  /** 已被新版本取代 / superseded */
  Superseded: 'SUPERSEDED'
} as const;

export type TargetStatus = typeof TargetStatus[keyof typeof TargetStatus];
/** TargetTerm 类型 / TargetTerm is enum for the field term */
export const TargetTerm = {
  /** 年度目标 / annual */
  Annual: 'ANNUAL',
  /** 中期目标 / mid-term */
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
  /** 按创建时间（UTC）/ Created at (UTC)排序 / order by created at */
  CreatedAt: 'CREATED_AT',
  /** 按更新时间（UTC）/ Updated at (UTC)排序 / order by updated at */
  UpdatedAt: 'UPDATED_AT',
  /** 按登录名排序 / order by username */
  Username: 'USERNAME'
} as const;

export type UserOrderField = typeof UserOrderField[keyof typeof UserOrderField];
/** WarningLevel 类型 / WarningLevel is enum for the field warning_level */
export const WarningLevel = {
  /** 蓝色（超前） / blue (far ahead) */
  Blue: 'BLUE',
  /** 绿色（正常） / green (normal) */
  Green: 'GREEN',
  /** 红色预警 / red warning */
  Red: 'RED',
  /** 黄色预警 / yellow warning */
  Yellow: 'YELLOW'
} as const;

export type WarningLevel = typeof WarningLevel[keyof typeof WarningLevel];