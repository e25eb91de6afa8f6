import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import { RegionLevel } from './RegionLevel';

const region = (name: string, budget: string, executionRate: number, averageScore: string | null, departmentCount = 2) => ({
  __typename: 'RegionStats',
  region: name,
  departmentCount,
  budget,
  executionRate,
  averageScore,
});

describe('RegionLevel', () => {
  it("shows each region's budget in 万元, execution rate and average score, and — where there is none", async () => {
    const client = mockClient({
      DrillRegions: () => ({
        data: { regionStats: [region('市本级', '12345678.90', 0.4567, '86.5'), region('县一', '0.00', 0, null), region('县二', '100.00', 0, null, 0)] },
      }),
    });
    renderPage(<RegionLevel fiscalYear={2025} onPick={() => {}} />, { client, path: '/cockpit', url: '/cockpit' });
    const city = (await screen.findByRole('link', { name: '市本级' })).closest('tr')!;
    expect(within(city).getByTestId('region-budget').textContent).toBe('1,234.57');
    expect(within(city).getByText('45.7%')).toBeTruthy();
    expect(within(city).getByTestId('region-score').textContent).toBe('86.50');
    const county = screen.getByRole('link', { name: '县一' }).closest('tr')!;
    expect(within(county).getByTestId('region-budget').textContent).toBe('—');
    expect(within(county).getByTestId('region-score').textContent).toBe('—');
    expect(within(county).getAllByText('—')).toHaveLength(3);
    // A region without a department the viewer sees is not listed.
    expect(screen.queryByRole('link', { name: '县二' })).toBeNull();
    expect(callsOf(client.executeQuery, 'DrillRegions')).toEqual([{ fiscalYear: 2025 }]);
  });

  it('asks for nothing while the year is still being chosen', async () => {
    const client = mockClient({ DrillRegions: () => ({ data: { regionStats: [] } }) });
    renderPage(<RegionLevel fiscalYear={2025} pause onPick={() => {}} />, { client, path: '/cockpit', url: '/cockpit' });
    await waitFor(() => expect(document.querySelector('.ant-table')).not.toBeNull());
    expect(callsOf(client.executeQuery, 'DrillRegions')).toEqual([]);
  });
});
