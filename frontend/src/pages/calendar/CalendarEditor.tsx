import { Alert, Button, Card, DatePicker, Input, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { CreateCalendarVersionMutation, RuleSetInForceQuery } from './calendarOperations';
import { stepsOfParams, toEdited, toStep, type CalendarStep, type EditedStep } from './calendarSteps';

/**
 * 设置工作日历 (finance administrators): the steps of the rule set in force
 * for the region and year, as dates; saving stores a new rule-set version for
 * exactly that region and year, based on the set in force (its other
 * parameters unchanged), with only `calendar` overridden. The server
 * validates the steps and names the one it refuses.
 */
export function CalendarEditor({ region, fiscalYear, onSaved }: { region?: string; fiscalYear: number; onSaved: () => void }) {
  const t = useT();
  const label = useEnumLabel();
  const [{ data, fetching, error }, reload] = useQuery({ query: RuleSetInForceQuery, variables: { region: region ?? null, fiscalYear } });
  const [saveState, save] = useMutation(CreateCalendarVersionMutation);
  const inForce = data?.ruleSetInForce;
  const stored = useMemo(() => stepsOfParams(inForce?.paramsJson), [inForce?.paramsJson]);
  const [rows, setRows] = useState<EditedStep[]>([]);
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const scope = `${region ?? t('全国', 'national')} ${fiscalYear}`;
  const [name, setName] = useState('');
  useEffect(() => {
    setRows(stored.map((s) => toEdited(s, fiscalYear)));
    setName(t(`${region ?? '全国'} ${fiscalYear} 年度工作日历`, `${region ?? 'National'} FY ${fiscalYear} calendar`));
    setProblem(undefined);
  }, [stored, fiscalYear, region, t]);

  const submit = async () => {
    setSaved(undefined);
    const steps: CalendarStep[] = [];
    for (const row of rows) {
      const step = toStep(row, fiscalYear);
      if ('error' in step) {
        const what = label('CalendarKind', row.kind);
        setProblem(step.error === 'missing' ? t(`“${what}”缺少截止日期`, `“${what}” has no deadline`) : t(`“${what}”的开始日期须与截止日期在同一年`, `“${what}” must open in the year of its deadline`));
        return;
      }
      steps.push(step);
    }
    setProblem(undefined);
    const result = await save({
      input: { name: name.trim() || scope, region: region ?? null, fiscalYear, basedOnID: inForce?.id ?? null, overrides: JSON.stringify({ calendar: steps }) },
    });
    if (!result.error && result.data) {
      const v = result.data.createRuleSetVersion;
      setSaved(t(`已保存为“${v.name}”第 ${v.version} 版，${scope} 年度起按此日历。`, `Saved as “${v.name}” version ${v.version}; ${scope} now follows it.`));
      reload({ requestPolicy: 'network-only' });
      onSaved();
    }
  };

  return (
    <Card style={{ marginTop: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('设置期限', 'Set the deadlines')}</h2>} data-testid="calendar-editor">
      <Typography.Paragraph>
        {t(
          `当前生效：${inForce ? `${inForce.name}（第 ${inForce.version} 版）` : '国家默认'}。保存后为 ${scope} 年度新建一个规则集版本，其他规则参数不变。`,
          `In force: ${inForce ? `${inForce.name} (version ${inForce.version})` : 'national defaults'}. Saving creates a new rule-set version for ${scope}; the other rule parameters stay as they are.`,
        )}
      </Typography.Paragraph>
      <ErrorAlert error={error ?? saveState.error} />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} role="alert" />}
      {saved && <Alert type="success" showIcon title={saved} style={{ marginBottom: 12 }} role="status" />}
      <Table<EditedStep>
        size="small"
        rowKey="kind"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 560 }}
        columns={[
          { title: t('事项', 'Step'), key: 'kind', fixed: 'left', render: (_, r) => label('CalendarKind', r.kind) },
          {
            title: t('开始', 'Opens'),
            key: 'start',
            width: 170,
            render: (_, r, i) => (
              <DatePicker
                aria-label={t(`${label('CalendarKind', r.kind)} 开始日期`, `${label('CalendarKind', r.kind)} opens`)}
                value={r.start}
                onChange={(d) => setRows(rows.map((x, j) => (j === i ? { ...x, start: d } : x)))}
              />
            ),
          },
          {
            title: t('截止', 'Deadline'),
            key: 'deadline',
            width: 170,
            render: (_, r, i) => (
              <DatePicker
                aria-label={t(`${label('CalendarKind', r.kind)} 截止日期`, `${label('CalendarKind', r.kind)} deadline`)}
                value={r.deadline}
                allowClear={false}
                onChange={(d) => setRows(rows.map((x, j) => (j === i ? { ...x, deadline: d } : x)))}
              />
            ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <label>
          {t('版本名称', 'Version name')}{' '}
          <Input value={name} onChange={(e) => setName(e.target.value)} style={{ width: 260 }} />
        </label>
        <Button type="primary" loading={saveState.fetching} onClick={() => void submit()} disabled={rows.length === 0}>
          {t('保存日历', 'Save calendar')}
        </Button>
      </Space>
    </Card>
  );
}
