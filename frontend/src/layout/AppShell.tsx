import { Layout, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../i18n/locale';
import { LanguageSwitch } from './LanguageSwitch';
import { MenuToggle } from './MenuToggle';
import { SideMenu } from './SideMenu';
import { useFocusHeading } from './useFocusHeading';
import { useKeyboardScrollableTables } from './useKeyboardScrollableTables';
import { useNarrowScreen } from './useNarrowScreen';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;
const HEADER_HEIGHT = 64;

/**
 * The frame of every page. Below the lg breakpoint the menu folds away
 * (its trigger stays at the top left) and closes again after a choice; the
 * menu and header never print.
 */
export function AppShell() {
  const t = useT();
  const narrow = useNarrowScreen();
  const [collapsed, setCollapsed] = useState<boolean>();
  const folded = collapsed ?? narrow;
  useFocusHeading();
  useKeyboardScrollableTables();
  // On a phone the open menu closes with Escape, as a disclosure does.
  useEffect(() => {
    if (!narrow || folded) return;
    const close = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setCollapsed(true);
      document.querySelector<HTMLElement>('[aria-controls="app-menu"]')?.focus();
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [narrow, folded]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        id="app-menu"
        className="no-print app-sider"
        breakpoint="lg"
        collapsible
        collapsed={folded}
        onCollapse={(c) => setCollapsed(c)}
        collapsedWidth={narrow ? 0 : 56}
        width={220}
        // On a phone the header's MenuToggle opens and closes it; the open menu lies below the header, over the page.
        trigger={narrow ? null : undefined}
        style={narrow && !folded ? { position: 'fixed', zIndex: 20, height: `calc(100vh - ${HEADER_HEIGHT}px)`, overflowY: 'auto', left: 0, top: HEADER_HEIGHT } : undefined}
      >
        <div style={{ color: '#fff', padding: '16px 20px', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>{t('绩效', 'Jixiao')}</div>
        <SideMenu onNavigate={narrow ? () => setCollapsed(true) : undefined} />
      </Sider>
      <Layout style={{ minWidth: 0 }}>
        <Header className="no-print app-header" style={{ background: '#fff', height: HEADER_HEIGHT, padding: narrow ? '0 12px' : '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
          {narrow && <MenuToggle open={!folded} onToggle={() => setCollapsed(!folded)} />}
          {!narrow && <Typography.Text strong>{t('全过程预算绩效管理', 'Budget performance management')}</Typography.Text>}
          <Space size={narrow ? 'small' : 'large'} style={{ marginLeft: 'auto', whiteSpace: 'nowrap' }}>
            <LanguageSwitch />
            <UserMenu compact={narrow} />
          </Space>
        </Header>
        <Content style={{ margin: narrow ? 12 : 24, minWidth: 0 }}>
          <main id="main">
            <Outlet />
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
