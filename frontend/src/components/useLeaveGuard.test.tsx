import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNavigate } from 'react-router';
import { mockClient } from '../test/mockClient';
import { renderPage } from '../test/renderPage';
import { SAVED, useLeaveGuard } from './useLeaveGuard';

/** A page with unsaved input (dirty stays true) and two ways out. */
function DirtyPage() {
  useLeaveGuard(true);
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => navigate('/done', { state: SAVED })}>saved</button>
      <button onClick={() => navigate('/done')}>away</button>
    </>
  );
}

describe('useLeaveGuard', () => {
  it('asks before leaving unsaved input', async () => {
    const { router } = renderPage(<DirtyPage />, { client: mockClient({}), path: '/form', url: '/form' });
    await act(async () => screen.getByText('away').click());
    expect(router.state.location.pathname).toBe('/form');
    expect((await screen.findAllByText('离开此页？')).length).toBeGreaterThan(0);
  });

  it('lets the navigation after a save through at once, whatever the page has rendered since', async () => {
    const { router } = renderPage(<DirtyPage />, { client: mockClient({}), path: '/form', url: '/form' });
    await act(async () => screen.getByText('saved').click());
    expect(router.state.location.pathname).toBe('/done');
  });
});
