import { Badge, Tag } from 'antd';
import type { EnumName } from '../format/enumLabels';
import { useEnumLabel } from '../i18n/useEnumLabel';

const WARNING_COLORS: Record<string, string> = { GREEN: 'green', YELLOW: 'gold', RED: 'red', BLUE: 'blue' };
const GRADE_COLORS: Record<string, string> = { EXCELLENT: 'green', GOOD: 'blue', FAIR: 'gold', POOR: 'red' };
const STATUS_COLORS: Record<string, string> = {
  APPROVED: 'green',
  IN_PROGRESS: 'processing',
  COMPLETED: 'default',
  DONE: 'green',
  SUSPENDED: 'warning',
  STOPPED: 'error',
  RETURNED: 'warning',
  SUBMITTED: 'processing',
  PUBLISHED: 'green',
  OPEN: 'warning',
};

/** A coloured tag for a status-like enum value. */
export function EnumTag({ enumName, value }: { enumName: EnumName; value: string | null | undefined }) {
  const label = useEnumLabel();
  if (value == null) return <span>—</span>;
  const color = enumName === 'Grade' ? GRADE_COLORS[value] : STATUS_COLORS[value];
  return <Tag color={color}>{label(enumName, value)}</Tag>;
}

/** The traffic-light badge of a warning level. */
export function WarningBadge({ level }: { level: string | null | undefined }) {
  const label = useEnumLabel();
  if (level == null) return <span>—</span>;
  return <Badge color={WARNING_COLORS[level] ?? 'gray'} text={label('WarningLevel', level)} data-warning={level} />;
}
