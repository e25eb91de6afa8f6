import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/mockClient';
import { renderPage } from '../test/renderPage';
import { PageNumbers } from './PageNumbers';

const list = { page: 1, pageSize: 20, setPage: () => {}, fetching: false };

describe('PageNumbers', () => {
  it('shows no total until the server has counted: not "共 0 条" for a list still loading', () => {
    renderPage(<PageNumbers list={{ ...list, totalCount: undefined, fetching: true }} />, { client: mockClient({}), path: '/list', url: '/list' });
    expect(screen.queryByText(/共 \d+ 条/)).toBeNull();
    expect(screen.getByRole('navigation', { name: '分页' }).getAttribute('aria-busy')).toBe('true');
  });

  it('shows the total once counted, zero included', () => {
    renderPage(<PageNumbers list={{ ...list, totalCount: 0 }} />, { client: mockClient({}), path: '/list', url: '/list' });
    expect(screen.getByText('共 0 条')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: '分页' }).getAttribute('aria-busy')).toBe('false');
  });
});
