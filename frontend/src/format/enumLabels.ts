// Chinese and English labels for every enum of the GraphQL schema (the sort
// fields excepted). Each table is typed as Record<Enum, …>, so a value added to
// the schema fails the type check until it has a label; enumLabels.test.ts
// checks the same at run time against src/gql/schema-enums.ts.
import type {
  AssessmentConclusion,
  BudgetLinkSuggestion,
  Comparator,
  DepartmentKind,
  EvaluationKind,
  EvaluationSchemeSubject,
  EvaluationStatus,
  FundLevel,
  FundSource,
  Grade,
  IndicatorCategory,
  IndicatorProgressLikelihood,
  IndicatorProgressReason,
  IndicatorStandard,
  MonitoringPeriodKind,
  MonitoringRecommendation,
  OrderDirection,
  ProjectCategory,
  ProjectStatus,
  QualitativeLevel,
  RectificationStatus,
  ReviewDecision,
  Role,
  ScoreItemMethod,
  Sector,
  StatsDimension,
  StatsMeasure,
  Subcategory,
  TargetStatus,
  TargetTerm,
  TaskKind,
  WarningLevel,
} from '../gql/schema-enums';
import type { Locale } from '../i18n/locale';

export type Label = { zh: string; en: string };
type Labels<E extends string> = Record<E, Label>;
const l = (zh: string, en: string): Label => ({ zh, en });

export const enumLabels = {
  AssessmentConclusion: {
    SUPPORT: l('予以支持', 'support'),
    PARTIAL_SUPPORT: l('部分支持', 'partial support'),
    REJECT: l('不予支持', 'not supported'),
  } satisfies Labels<AssessmentConclusion>,
  BudgetLinkSuggestion: {
    INCREASE: l('增加预算', 'increase'),
    KEEP: l('维持预算', 'keep'),
    CUT: l('压减预算', 'cut'),
  } satisfies Labels<BudgetLinkSuggestion>,
  Comparator: {
    GTE: l('≥', '≥'),
    GT: l('>', '>'),
    EQ: l('=', '='),
    LT: l('<', '<'),
    LTE: l('≤', '≤'),
    QUALITATIVE: l('定性', 'qualitative'),
  } satisfies Labels<Comparator>,
  DepartmentKind: {
    ADMINISTRATIVE: l('行政单位', 'administrative unit'),
    INSTITUTION: l('事业单位', 'public institution'),
    OTHER: l('其他', 'other'),
  } satisfies Labels<DepartmentKind>,
  EvaluationKind: {
    SELF: l('单位自评', 'self-evaluation'),
    DEPARTMENT: l('部门评价', 'department evaluation'),
    FINANCE_KEY: l('财政重点评价', 'finance key evaluation'),
    THIRD_PARTY: l('第三方评价', 'third-party evaluation'),
  } satisfies Labels<EvaluationKind>,
  EvaluationSchemeSubject: {
    PROJECT: l('项目', 'project'),
    DEPARTMENT: l('部门整体', 'whole department'),
  } satisfies Labels<EvaluationSchemeSubject>,
  EvaluationStatus: {
    PLANNED: l('已计划', 'planned'),
    IN_PROGRESS: l('评价中', 'in progress'),
    SUBMITTED: l('已提交', 'submitted'),
    REVIEWED: l('已审核', 'reviewed'),
    PUBLISHED: l('已公开', 'published'),
  } satisfies Labels<EvaluationStatus>,
  FundLevel: {
    CENTRAL: l('中央', 'central'),
    PROVINCE: l('省级', 'provincial'),
    CITY: l('市级', 'city'),
    COUNTY: l('县级', 'county'),
  } satisfies Labels<FundLevel>,
  FundSource: {
    GENERAL_BUDGET: l('一般公共预算', 'general public budget'),
    GOVERNMENT_FUND: l('政府性基金预算', 'government fund budget'),
    STATE_CAPITAL: l('国有资本经营预算', 'state capital operation budget'),
    TRANSFER: l('上级转移支付', 'transfer from higher level'),
    SPECIAL_BOND: l('专项债券', 'special bond'),
    OTHER: l('其他', 'other'),
  } satisfies Labels<FundSource>,
  Grade: {
    EXCELLENT: l('优', 'excellent'),
    GOOD: l('良', 'good'),
    FAIR: l('中', 'fair'),
    POOR: l('差', 'poor'),
  } satisfies Labels<Grade>,
  IndicatorCategory: {
    OUTPUT: l('产出指标', 'output'),
    EFFECT: l('效益指标', 'effect'),
    SATISFACTION: l('满意度指标', 'satisfaction'),
    COST: l('成本指标', 'cost'),
  } satisfies Labels<IndicatorCategory>,
  IndicatorProgressLikelihood: {
    CERTAIN: l('确定能', 'certain'),
    POSSIBLE: l('有可能', 'possible'),
    IMPOSSIBLE: l('完全不可能', 'impossible'),
  } satisfies Labels<IndicatorProgressLikelihood>,
  IndicatorProgressReason: {
    FUNDING: l('经费保障', 'funding'),
    INSTITUTIONAL: l('制度保障', 'institutional'),
    STAFFING: l('人员保障', 'staffing'),
    HARDWARE: l('硬件条件', 'hardware'),
    POLICY_CHANGE: l('政策变化', 'policy change'),
    EMERGENCY: l('突发事件', 'emergency'),
    OTHER: l('其他', 'other'),
  } satisfies Labels<IndicatorProgressReason>,
  IndicatorStandard: {
    PLAN: l('计划标准', 'plan standard'),
    INDUSTRY: l('行业标准', 'industry standard'),
    HISTORY: l('历史标准', 'historical standard'),
    BUDGET_STANDARD: l('预算支出标准', 'budget expenditure standard'),
    OTHER: l('其他', 'other'),
  } satisfies Labels<IndicatorStandard>,
  MonitoringPeriodKind: {
    MONTH: l('月度', 'monthly'),
    QUARTER: l('季度', 'quarterly'),
  } satisfies Labels<MonitoringPeriodKind>,
  MonitoringRecommendation: {
    CONTINUE: l('继续实施', 'continue'),
    ADJUST: l('调整', 'adjust'),
    SUSPEND: l('暂缓', 'suspend'),
    STOP: l('终止', 'stop'),
  } satisfies Labels<MonitoringRecommendation>,
  OrderDirection: {
    ASC: l('升序', 'ascending'),
    DESC: l('降序', 'descending'),
  } satisfies Labels<OrderDirection>,
  ProjectCategory: {
    SPECIAL_BUSINESS: l('专项业务费', 'special business expense'),
    SPECIAL_FUNDS: l('专项经费', 'special funds'),
    CAPITAL_CONSTRUCTION: l('基本建设', 'capital construction'),
    TRANSFER_PAYMENT: l('转移支付', 'transfer payment'),
    POLICY: l('政策', 'policy'),
  } satisfies Labels<ProjectCategory>,
  ProjectStatus: {
    RESERVE: l('储备', 'reserve'),
    APPROVED: l('已批复', 'approved'),
    IN_PROGRESS: l('执行中', 'in progress'),
    COMPLETED: l('已完成', 'completed'),
    SUSPENDED: l('暂缓', 'suspended'),
    STOPPED: l('终止', 'stopped'),
  } satisfies Labels<ProjectStatus>,
  QualitativeLevel: {
    ACHIEVED: l('达成年度指标', 'achieved'),
    PARTLY_ACHIEVED: l('部分达成年度指标并具有一定效果', 'partly achieved'),
    NOT_ACHIEVED: l('未达成年度指标且效果较差', 'not achieved'),
  } satisfies Labels<QualitativeLevel>,
  RectificationStatus: {
    OPEN: l('待整改', 'open'),
    IN_PROGRESS: l('整改中', 'in progress'),
    DONE: l('已完成', 'done'),
  } satisfies Labels<RectificationStatus>,
  ReviewDecision: {
    APPROVE: l('审核通过', 'approve'),
    RETURN: l('退回修改', 'return'),
  } satisfies Labels<ReviewDecision>,
  Role: {
    FINANCE_ADMIN: l('财政管理员', 'finance administrator'),
    FINANCE_REVIEWER: l('财政审核', 'finance reviewer'),
    DEPARTMENT_USER: l('部门用户', 'department user'),
    EVALUATOR: l('第三方评价', 'third-party evaluator'),
    LEADER: l('领导', 'leader'),
    PUBLIC: l('公众', 'public'),
  } satisfies Labels<Role>,
  ScoreItemMethod: {
    INDICATOR: l('指标评分', 'indicator'),
    EXECUTION_RATE: l('预算执行率', 'execution rate'),
    MANUAL: l('人工评分', 'manual points'),
    SURVEY: l('问卷调查', 'survey'),
    DEDUCTION: l('扣分法', 'deduction'),
    VETO: l('一票否决', 'veto'),
    BONUS_PENALTY: l('加减分', 'bonus / penalty'),
    COMPOSITE: l('综合', 'composite'),
  } satisfies Labels<ScoreItemMethod>,
  Sector: {
    EDUCATION: l('教育', 'education'),
    HEALTH: l('卫生健康', 'health'),
    AGRICULTURE: l('农业农村', 'agriculture and rural affairs'),
    TRANSPORT: l('交通', 'transport'),
    WATER: l('水利', 'water resources'),
    ECOLOGY: l('生态环境', 'ecology and environment'),
    CULTURE_TOURISM: l('文化旅游', 'culture and tourism'),
    SCIENCE: l('科技', 'science and technology'),
    SOCIAL_SECURITY: l('社会保障', 'social security'),
    HOUSING: l('住房保障', 'housing'),
    PUBLIC_SECURITY: l('公共安全', 'public security'),
    GENERAL_PUBLIC_SERVICE: l('一般公共服务', 'general public services'),
    OTHER: l('其他', 'other'),
  } satisfies Labels<Sector>,
  StatsDimension: {
    DEPARTMENT: l('部门', 'department'),
    REGION: l('区域', 'region'),
    SECTOR: l('领域', 'sector'),
    FISCAL_YEAR: l('年度', 'fiscal year'),
    FUND_SOURCE: l('资金来源', 'fund source'),
    PROJECT_CATEGORY: l('项目类别', 'project category'),
    MONTH: l('月份', 'month'),
    EVALUATION_KIND: l('评价类型', 'evaluation kind'),
  } satisfies Labels<StatsDimension>,
  StatsMeasure: {
    PROJECT_COUNT: l('项目数', 'projects'),
    KEY_PROJECT_COUNT: l('重点项目数', 'key projects'),
    INITIAL_BUDGET: l('年初预算', 'initial budget'),
    BUDGET: l('调整后预算', 'adjusted budget'),
    PAID: l('全年支出', 'paid in the year'),
    PAID_TO_DATE: l('累计支出', 'paid to date'),
    EXECUTION_RATE: l('预算执行率', 'execution rate'),
    TARGETS_DECLARED: l('已申报目标数', 'targets declared'),
    TARGETS_APPROVED: l('已批复目标数', 'targets approved'),
    INDICATOR_COUNT: l('指标数', 'indicators'),
    INDICATORS_REPORTED: l('已填报完成值的指标', 'indicators reported'),
    INDICATORS_COMPLETED: l('已完成的指标', 'indicators completed'),
    INDICATOR_COMPLETION_RATE: l('指标完成率', 'indicator completion rate'),
    MONITORED_PROJECTS: l('已监控项目数', 'monitored projects'),
    RED_WARNINGS: l('红色预警项目', 'red-warning projects'),
    YELLOW_WARNINGS: l('黄色预警项目', 'yellow-warning projects'),
    EVALUATION_COUNT: l('评价数', 'evaluations'),
    SCORED_EVALUATION_COUNT: l('已评分评价数', 'scored evaluations'),
    AVERAGE_SCORE: l('平均得分', 'average score'),
    GRADE_COUNTS: l('等级分布', 'grade distribution'),
  } satisfies Labels<StatsMeasure>,
  Subcategory: {
    QUANTITY: l('数量指标', 'quantity'),
    QUALITY: l('质量指标', 'quality'),
    TIMELINESS: l('时效指标', 'timeliness'),
    OUTPUT_COST: l('成本指标', 'output cost'),
    ECONOMIC_BENEFIT: l('经济效益指标', 'economic benefit'),
    SOCIAL_BENEFIT: l('社会效益指标', 'social benefit'),
    ECOLOGICAL_BENEFIT: l('生态效益指标', 'ecological benefit'),
    SUSTAINABILITY: l('可持续影响指标', 'sustainable impact'),
    SERVICE_SATISFACTION: l('服务对象满意度指标', "service recipients' satisfaction"),
    ECONOMIC_COST: l('经济成本指标', 'economic cost'),
    SOCIAL_COST: l('社会成本指标', 'social cost'),
    ECOLOGICAL_COST: l('生态环境成本指标', 'ecological cost'),
  } satisfies Labels<Subcategory>,
  TargetStatus: {
    DRAFT: l('草稿', 'draft'),
    SUBMITTED: l('已提交', 'submitted'),
    RETURNED: l('已退回', 'returned'),
    APPROVED: l('已批复', 'approved'),
    ADJUSTING: l('调整中', 'adjusting'),
    SUPERSEDED: l('已被新版本取代', 'superseded'),
  } satisfies Labels<TargetStatus>,
  TargetTerm: {
    ANNUAL: l('年度目标', 'annual'),
    MID_TERM: l('中期目标', 'mid-term'),
  } satisfies Labels<TargetTerm>,
  WarningLevel: {
    GREEN: l('绿色（正常）', 'green (normal)'),
    YELLOW: l('黄色预警', 'yellow warning'),
    RED: l('红色预警', 'red warning'),
    BLUE: l('蓝色（超前）', 'blue (far ahead)'),
  } satisfies Labels<WarningLevel>,
  TaskKind: {
    TARGETS_TO_REVIEW: l('待审核的绩效目标', 'targets to review'),
    TARGETS_TO_REVISE: l('被退回待修改的绩效目标', 'returned targets to revise'),
    TARGETS_TO_SUBMIT: l('未申报的目标草稿', 'target drafts to submit'),
    MONITORING_DUE: l('待填报的绩效监控', 'monitoring due'),
    EVALUATIONS_TO_SCORE: l('待打分的评价', 'evaluations to score'),
    EVALUATIONS_TO_REVIEW: l('待复核的评价', 'evaluations to review'),
    RECTIFICATIONS_PENDING: l('未完成的整改', 'rectifications pending'),
  } satisfies Labels<TaskKind>,
} as const;

export type EnumName = keyof typeof enumLabels;

/** The label of one enum value in the given language; the raw value when unknown. */
export function enumLabel<E extends EnumName>(
  enumName: E,
  value: keyof (typeof enumLabels)[E] | string | null | undefined,
  locale: Locale,
): string {
  if (value == null) return '—';
  const table = enumLabels[enumName] as Record<string, Label>;
  return table[value as string]?.[locale] ?? String(value);
}

/** Options for a Select over an enum, in schema order. */
export function enumOptions<E extends EnumName>(enumName: E, locale: Locale): { value: keyof (typeof enumLabels)[E] & string; label: string }[] {
  const table = enumLabels[enumName] as Record<string, Label>;
  return Object.entries(table).map(([value, label]) => ({ value: value as keyof (typeof enumLabels)[E] & string, label: label[locale] }));
}

/** Level-2 categories under each level-1 category (the indicator framework). */
export const subcategoriesOf: Record<IndicatorCategory, Subcategory[]> = {
  OUTPUT: ['QUANTITY', 'QUALITY', 'TIMELINESS', 'OUTPUT_COST'],
  EFFECT: ['ECONOMIC_BENEFIT', 'SOCIAL_BENEFIT', 'ECOLOGICAL_BENEFIT', 'SUSTAINABILITY'],
  SATISFACTION: ['SERVICE_SATISFACTION'],
  COST: ['ECONOMIC_COST', 'SOCIAL_COST', 'ECOLOGICAL_COST'],
};
