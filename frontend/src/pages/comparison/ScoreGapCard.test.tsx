import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockClient, operationName } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import type { GapRow } from './gapSort';
import { ScoreGapCard } from './ScoreGapCard';

const gap = (rank: number, name: string, gapValue: string, flagged: boolean): GapRow => ({
  rank,
  department: { id: `d${rank}`, name, region: '市本级' },
  projectCount: 1,
  selfAverage: '99.96',
  financeAverage: '84.90',
  gap: gapValue,
  flagged,
  projects: [{ project: { id: `p${rank}`, code: `P-${rank}`, name: `${name} project` }, selfScore: '99.96', financeScore: '84.90', gap: gapValue }],
});

function setUp(shown: boolean) {
  const client = mockClient({ SelfFinanceGaps: () => ({ data: { selfFinanceGaps: [gap(1, 'Energy', '15.06', true), gap(2, 'Water', '3.00', false)] } }) });
  const onShownChange = vi.fn();
  const card = <ScoreGapCard fiscalYear={2025} shown={shown} onShownChange={onShownChange} sort={{ key: 'rank', order: 'ascend' }} onSortChange={() => {}} />;
  renderPage(card, { client, path: '/comparison', url: '/comparison', locale: 'en' });
  const asked = () => client.executeQuery.mock.calls.filter(([request]) => operationName(request.query) === 'SelfFinanceGaps').length;
  return { onShownChange, asked };
}

describe('ScoreGapCard', () => {
  it('marks the rows the server flags in words (English), and only those', async () => {
    setUp(true);
    const energy = (await screen.findByText('Energy')).closest('tr')!;
    expect(within(energy).getByText('Self-scores inflated')).toBeTruthy();
    const water = screen.getByText('Water').closest('tr')!;
    expect(within(water).queryByText('Self-scores inflated')).toBeNull();
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('asks nothing while hidden, and offers to show', () => {
    const { onShownChange, asked } = setUp(false);
    expect(asked()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(onShownChange).toHaveBeenCalledWith(true);
  });
});
