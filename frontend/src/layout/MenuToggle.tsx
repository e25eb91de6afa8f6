import { CloseOutlined, MenuOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useT } from '../i18n/locale';
import { useTaskTotal } from '../pages/workbench/useTaskTotal';

/**
 * The phone's menu button, in the header: a real button (Tab, Enter) named
 * 菜单 with aria-expanded, carrying the to-do count so that a folded menu
 * still tells there is work waiting (antd's zero-width trigger is a bare
 * span: no focus, no name, no badge).
 */
export function MenuToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useT();
  const { total, overdue } = useTaskTotal();
  return (
    <Button
      type="text"
      aria-controls="app-menu"
      aria-expanded={open}
      onClick={onToggle}
      icon={open ? <CloseOutlined aria-hidden /> : <MenuOutlined aria-hidden />}
      data-testid="menu-toggle"
    >
      <span className="sr-only">{t('菜单', 'Menu')}</span>
      {total > 0 && (
        <>
          <span aria-hidden>
            <Badge count={total} overflowCount={99} size="small" color={overdue > 0 ? '#a8071a' : '#1f5fa8'} style={{ boxShadow: 'none' }} title="" />
          </span>
          <span className="sr-only">{t(`（待办 ${total} 项${overdue ? `，逾期 ${overdue} 项` : ''}）`, ` (${total} to-do(s)${overdue ? `, ${overdue} overdue` : ''})`)}</span>
        </>
      )}
    </Button>
  );
}
