import { Button, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useT } from '../../i18n/locale';

export const TargetSuggestionQuery = graphql(`
  query TargetSuggestion($templateId: ID!, $departmentId: ID!, $fiscalYear: Int!) {
    targetSuggestion(templateId: $templateId, departmentId: $departmentId, fiscalYear: $fiscalYear) {
      fiscalYear
      lastActuals {
        year
        value
      }
      lastYearActual
      suggested
      sectorP25
      sectorP50
      sectorP75
      sectorCount
    }
  }
`);

type Props = { templateId: string; departmentId: string; fiscalYear: number; disabled?: boolean; onUse: (value: string) => void };

/**
 * 建议值: the server's suggestion for a library indicator's target value —
 * the department's last three actuals and the sector's quartiles. The form
 * keeps no copy of the rule; the user may take the suggested value.
 */
export function TargetSuggestionHint({ templateId, departmentId, fiscalYear, disabled, onUse }: Props) {
  const t = useT();
  const [{ data }] = useQuery({ query: TargetSuggestionQuery, variables: { templateId, departmentId, fiscalYear } });
  const s = data?.targetSuggestion;
  if (!s || (s.suggested == null && s.lastActuals.length === 0 && s.sectorCount === 0)) return null;
  const history = s.lastActuals.map((a) => `${a.year}: ${a.value}`).join('，');
  return (
    <div data-testid={`suggestion-${templateId}`} style={{ fontSize: 12, marginTop: 4 }}>
      {s.suggested != null && (
        <Typography.Text>
          {t('建议值', 'Suggested')} <strong data-testid="suggested-value">{s.suggested}</strong>{' '}
          <Button size="small" type="link" disabled={disabled} onClick={() => onUse(s.suggested as string)} style={{ padding: 0 }}>
            {t('采用', 'Use')}
          </Button>
        </Typography.Text>
      )}
      {history && <div>{t('近三年完成值', 'Last actuals')}：{history}</div>}
      {s.sectorCount > 0 && (
        <div>
          {t('行业分位', 'Sector quartiles')} P25 {s.sectorP25 ?? '—'} / P50 {s.sectorP50 ?? '—'} / P75 {s.sectorP75 ?? '—'}（{t('样本', 'n =')} {s.sectorCount}）
        </div>
      )}
    </div>
  );
}
