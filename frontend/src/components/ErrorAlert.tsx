import type { CombinedError } from 'urql';
import { describeError } from '../api/describeError';
import { useLocale } from '../i18n/locale';
import { ServerErrorAlert } from './ServerErrorAlert';

/** Shows a failed request as a clerk would want to read it. */
export function ErrorAlert({ error, onClose }: { error: CombinedError | undefined; onClose?: () => void }) {
  const { locale } = useLocale();
  if (!error) return null;
  return <ServerErrorAlert error={describeError(error, locale)} onClose={onClose} />;
}
