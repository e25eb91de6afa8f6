import { Spin } from 'antd';

/** What a page shows while its code is on the way. */
export function PageFallback() {
  return <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />;
}
