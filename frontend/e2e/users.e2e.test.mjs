// End-to-end: user administration (用户管理) and the forced password change
// (修改密码) in Debian's Chromium against the real server with the demo data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { login } from './support/api.mjs';
import { launchBrowser, screenshot, watchErrors } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';

let server;
let browser;

async function logIn(page, user, password) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel(/用户名/).fill(user);
  await page.getByLabel(/口令/).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function confirmPopup(page, name) {
  await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons button', { hasText: name }).first().click();
}

describe('user administration in a browser', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('an administrator creates a user, who must change the one-time password first', async () => {
    const adminCtx = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await adminCtx.newPage();
    const errors = watchErrors(page);
    await logIn(page, 'admin', PASSWORD);
    await page.getByRole('menuitem', { name: /用户管理/ }).click();
    await page.waitForURL((u) => u.pathname === '/users');
    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建用户' });
    await dialog.getByLabel(/登录名/).fill('wang.wu');
    await dialog.getByLabel(/姓名/).fill('王五');
    await dialog.getByLabel(/角色/).click();
    await page.locator('.ant-select-item-option', { hasText: '领导' }).first().click();
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    const shown = page.getByTestId('temporary-password');
    await shown.waitFor();
    const temporary = (await shown.innerText()).trim();
    assert.match(temporary, /^Jx-/);
    await screenshot(page, 'users-created');
    await page.locator('.ant-modal-confirm-btns button').first().click();

    // The new user logs in and lands on 修改密码, whatever page was asked for.
    const userCtx = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const userPage = await userCtx.newPage();
    const userErrors = watchErrors(userPage);
    await logIn(userPage, 'wang.wu', temporary);
    await userPage.waitForURL((u) => u.pathname === '/password');
    await userPage.goto(`${server.url}/projects`);
    await userPage.waitForURL((u) => u.pathname === '/password');
    await userPage.getByLabel('当前口令').fill(temporary);
    await userPage.getByLabel('新口令', { exact: true }).fill('Leader#2026q');
    await userPage.getByLabel('再次输入新口令').fill('Leader#2026q');
    await screenshot(userPage, 'users-change-password');
    await userPage.getByRole('button', { name: /修改口令/ }).click();
    await userPage.waitForURL((u) => u.pathname !== '/password');
    await assert.doesNotReject(login(server.url, 'wang.wu', 'Leader#2026q'), 'the new password logs in');

    // The administrator disables the user after a confirmation.
    await page.reload();
    const row = page.locator('tr', { hasText: 'wang.wu' });
    await row.getByRole('button', { name: /停\s*用/ }).click();
    await confirmPopup(page, '确');
    await row.getByText('停用', { exact: true }).waitFor();
    await assert.rejects(login(server.url, 'wang.wu', 'Leader#2026q'), 'a disabled user cannot log in');
    await screenshot(page, 'users-disabled');

    assert.deepEqual(errors.filter((e) => !e.includes('401')), []);
    assert.deepEqual(userErrors.filter((e) => !e.includes('401')), []);
    await adminCtx.close();
    await userCtx.close();
  });
});
