import { Empty } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useT } from '../../../i18n/locale';
import { RectificationTable } from '../../rectifications/RectificationTable';
import { ProjectRectificationsQuery } from './rectificationsQuery';

/** The project's rectifications (from its evaluations and monitoring); overdue is the server's (the browser's clock is not trusted). */
export function RectificationsTab({ projectId }: { projectId: string }) {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProjectRectificationsQuery, variables: { projectId } });
  const rows = (data?.rectifications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (error) return <ErrorAlert error={error} />;
  if (!fetching && rows.length === 0) return <Empty description={t('暂无整改事项', 'No rectification')} />;
  return <RectificationTable rows={rows} loading={fetching} onChanged={() => refetch({ requestPolicy: 'network-only' })} />;
}
