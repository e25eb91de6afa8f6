import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../i18n/locale';

/**
 * Navigation state that says "the input was just saved": the guard lets it pass.
 * (Waiting for the page to re-render with dirty=false before navigating is a race.)
 */
export const SAVED = { saved: true } as const;

/** Asks before leaving a page whose form holds unsaved input (in-app navigation and closing the tab). */
export function useLeaveGuard(when: boolean) {
  const t = useT();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname && (nextLocation.state as typeof SAVED | null)?.saved !== true,
  );
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
