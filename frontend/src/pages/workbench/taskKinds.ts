import type { TaskKind } from '../../gql/graphql';
import type { Translate } from '../../i18n/locale';

type KindInfo = { title: string; hint: string; to: string; action: string };

/** What each kind of to-do is called, and where its form or list is. */
export function taskKindInfo(kind: TaskKind, t: Translate, year: number): KindInfo {
  switch (kind) {
    case 'TARGETS_TO_REVIEW':
      return { title: t('待审核的绩效目标', 'Targets to review'), hint: t('部门已申报，等待财政审核', 'Declared by departments, waiting for your review'), to: '/reviews?status=SUBMITTED', action: t('去审核', 'Review') };
    case 'TARGETS_TO_REVISE':
      return { title: t('被退回的绩效目标', 'Returned targets'), hint: t('按审核意见修改后重新申报', 'Revise them as the review says and declare again'), to: '/reviews?status=RETURNED', action: t('去修改', 'Revise') };
    case 'TARGETS_TO_SUBMIT':
      return { title: t('未申报的目标草稿', 'Target drafts'), hint: t('填写完整后提交申报', 'Complete and declare them'), to: '/reviews?status=IN_PREPARATION', action: t('去申报', 'Declare') };
    case 'MONITORING_DUE':
      return { title: t('待填报的绩效监控', 'Monitoring due'), hint: t('执行中的项目缺少上月监控记录', 'Projects in progress without last month’s monitoring'), to: `/projects?status=IN_PROGRESS&year=${year}`, action: t('去填报', 'Record') };
    case 'EVALUATIONS_TO_SCORE':
      return { title: t('待填报/打分的评价', 'Evaluations to score'), hint: t('评分后计算得分并提交', 'Score, compute and submit them'), to: '/evaluations?status=IN_PROGRESS', action: t('去打分', 'Score') };
    case 'EVALUATIONS_TO_REVIEW':
      return { title: t('待复核的评价', 'Evaluations to review'), hint: t('已提交，等待财政复核', 'Submitted, waiting for finance’s review'), to: '/evaluations?status=SUBMITTED', action: t('去复核', 'Review') };
    case 'RECTIFICATIONS_PENDING':
      return { title: t('未完成的整改', 'Rectifications not done'), hint: t('在期限前完成整改并填写整改情况', 'Complete them before their deadline'), to: '/rectifications?open=1', action: t('去整改', 'Open') };
    default:
      return { title: String(kind), hint: '', to: '/', action: t('查看', 'Open') };
  }
}
