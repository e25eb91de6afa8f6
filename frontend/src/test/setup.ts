import { afterEach, vi } from 'vitest';

// jsdom has no canvas: charts render as a labelled placeholder in unit tests.
vi.mock('../charts/LazyEChart', async () => {
  const { createElement } = await import('react');
  return {
    LazyEChart: ({ ariaLabel }: { ariaLabel: string }) => createElement('div', { role: 'img', 'aria-label': ariaLabel, 'data-chart': 'mock' }),
  };
});

// Pure tests (// @vitest-environment node: formats, rules previews, guards)
// run without jsdom and without loading React Testing Library.
if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  // findBy*/waitFor resolve as soon as the page shows what is awaited; the long
  // limit only decides when a test that will fail gives up. At 1 s (the default)
  // a busy 2-core machine failed correct pages (make test, load 40).
  configure({ asyncUtilTimeout: 120_000 });
  // What Ant Design expects from a browser and jsdom lacks.
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (globalThis as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver ??= ResizeObserverStub;
  const originalGetComputedStyle = window.getComputedStyle;
  window.getComputedStyle = (elt: Element, pseudo?: string | null) => originalGetComputedStyle(elt, pseudo ? undefined : pseudo);

  afterEach(() => {
    cleanup();
    window.localStorage.clear();
  });
}
