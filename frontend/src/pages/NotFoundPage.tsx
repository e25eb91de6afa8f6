import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/locale';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('页面不存在', 'Page not found')}
      extra={
        <Link to="/">
          <Button type="primary">{t('返回首页', 'Back to the start')}</Button>
        </Link>
      }
    />
  );
}
