import { Layout, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../i18n/locale';
import { LanguageSwitch } from './LanguageSwitch';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;

export function PageFallback() {
  return <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />;
}

export function AppShell() {
  const t = useT();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsedWidth={56} width={200}>
        <div style={{ color: '#fff', padding: '16px 20px', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {t('绩效', 'Jixiao')}
        </div>
        <SideMenu />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography.Text strong>{t('全过程预算绩效管理', 'Budget performance management')}</Typography.Text>
          <Space size="large">
            <LanguageSwitch />
            <UserMenu />
          </Space>
        </Header>
        <Content style={{ margin: 24 }}>
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
