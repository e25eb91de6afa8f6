import { Alert } from 'antd';
import type { UserFacingError } from '../api/describeError';

/** A described server error (see describeError), e.g. after a form was rejected. */
export function ServerErrorAlert({ error, onClose }: { error: UserFacingError; onClose?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={onClose ? { onClose } : undefined}
      title={error.title}
      description={error.details.length > 0 ? error.details.map((d) => <div key={d}>{d}</div>) : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
