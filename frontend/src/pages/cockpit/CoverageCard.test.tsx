import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../i18n/locale';
import { CoverageCard } from './CoverageCard';

const figures = { totalBudget: '12900000.00', targetBudget: '8643000.00', targetBudgetShare: 0.67, selfEvaluationThreshold: '500000.00', selfEvaluationDueCount: 8, selfEvaluatedCount: 6, selfEvaluationShare: 0.75, keyEvaluationBudget: '0.00', keyEvaluationBudgetShare: 0 };

describe('CoverageCard', () => {
  it('reads in English, the year-over-year change in words beside the arrow', () => {
    render(
      <LocaleProvider initial="en">
        <CoverageCard fiscalYear={2025} scope="whole city" current={figures} previous={{ ...figures, targetBudgetShare: 0.6 }} />
      </LocaleProvider>,
    );
    expect(screen.getByText('Coverage (whole city · FY 2025)')).toBeTruthy();
    expect(screen.getByText('Target coverage (by budget)')).toBeTruthy();
    expect(screen.getByText('864.30 / 1,290.00 10k yuan')).toBeTruthy();
    expect(screen.getByText('6 of 8 projects')).toBeTruthy();
    expect(screen.getByText('up 7.0 points on last year')).toBeTruthy();
    expect(screen.getAllByText('same as last year')).toHaveLength(2);
  });
});
