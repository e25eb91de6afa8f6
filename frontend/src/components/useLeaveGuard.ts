import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../i18n/locale';

/** Asks before leaving a page whose form holds unsaved input (in-app navigation and closing the tab). */
export function useLeaveGuard(when: boolean) {
  const t = useT();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('离开此页？', 'Leave this page?'),
      content: t('填写的内容尚未保存，离开后将丢失。', 'What you entered has not been saved and will be lost.'),
      okText: t('离开', 'Leave'),
      okButtonProps: { danger: true },
      cancelText: t('留下继续填写', 'Stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
}
