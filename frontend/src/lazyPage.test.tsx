import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { lazyPage } from './lazyPage';

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <p>failed: {this.state.error.message}</p> : this.props.children;
  }
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('lazyPage', () => {
  test('shows the fallback until its code arrives, then the page; once loaded it renders at once', async () => {
    const code = deferred<{ default: () => ReactNode }>();
    const Page = lazyPage(() => code.promise);
    const first = render(<Page />);
    expect(first.container.querySelector('.ant-spin')).not.toBeNull();
    code.resolve({ default: () => <h1>驾驶舱</h1> });
    expect(await screen.findByRole('heading', { name: '驾驶舱' })).toBeTruthy();
    first.unmount();

    const again = render(<Page />);
    expect(again.container.querySelector('h1')?.textContent).toBe('驾驶舱'); // the first render, no fallback
    expect(again.container.querySelector('.ant-spin')).toBeNull();
  });

  test('a page opened after preload renders in its first render', async () => {
    const Page = lazyPage(async () => ({ default: () => <h1>工作台</h1> }));
    await Page.preload();
    const { container } = render(<Page />);
    expect(container.querySelector('h1')?.textContent).toBe('工作台');
  });

  test('a failed download reaches the error boundary, and may be tried again', async () => {
    let calls = 0;
    const Page = lazyPage(() => (++calls === 1 ? Promise.reject(new Error('chunk')) : Promise.resolve({ default: () => <h1>项目</h1> })));
    render(
      <Boundary>
        <Page />
      </Boundary>,
    );
    expect(await screen.findByText('failed: chunk')).toBeTruthy();
    await Page.preload();
    expect(calls).toBe(2);
  });
});
