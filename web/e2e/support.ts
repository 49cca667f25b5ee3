import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { TOTP } from 'otpauth';

/** The demo dataset's accounts (README): one password, and one TOTP secret for those with a second factor. */
export const DEMO_PASSWORD = 'Demo-BVTE-2026!';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The current code of a TOTP secret; `offset` steps of 30 s ahead (a step is spent once per user). */
export function totpCode(secret: string, offset = 0): string {
  return new TOTP({ secret }).generate({ timestamp: Date.now() + offset * 30_000 });
}

const STEP_MS = 30_000;

/**
 * The last 30-second step whose code each demo account has spent in this run, kept where a worker
 * started again after a failure finds it: the run's output folder, emptied at its start, as the
 * server's database is made anew.
 */
const SPENT_STEPS = 'test-results/output/demo-codes.json';

function spentSteps(): Record<string, number> {
  return existsSync(SPENT_STEPS)
    ? (JSON.parse(readFileSync(SPENT_STEPS, 'utf8')) as Record<string, number>)
    : {};
}

/**
 * A demo account's authenticator app: the server takes each step's code once per account and
 * accepts the next step's (for clock drift), so a code is the first step past the last one spent,
 * this one's or the next one's, and waits only when both are spent.
 */
export async function demoCode(username: string): Promise<string> {
  for (;;) {
    const spent = spentSteps();
    const now = Math.floor(Date.now() / STEP_MS);
    const step = Math.max((spent[username] ?? now - 1) + 1, now);
    if (step <= now + 1) {
      mkdirSync(dirname(SPENT_STEPS), { recursive: true });
      writeFileSync(SPENT_STEPS, JSON.stringify({ ...spent, [username]: step }));
      return new TOTP({ secret: DEMO_TOTP_SECRET }).generate({ timestamp: step * STEP_MS });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Signs in through the sign-in screen, as a person does: by the labels of its fields. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs a demo account with a second factor in (the chair, the administrator): password, code. */
export async function signInWithCode(page: Page, username: string) {
  await signIn(page, username);
  await page.getByLabel('Mã xác thực (6 chữ số) hoặc mã khôi phục').fill(await demoCode(username));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
}

/**
 * Chooses an option of an Ant Design select named by its label (a required one's starts "* "),
 * and waits until the field shows it. Opened on a busy machine, the list may still slide into
 * place as the option is clicked, and the click land beside it (CI's vital path): the choice is
 * then made again, as a person would.
 */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  const name = new RegExp(`^(\\* )?${label.replace(/[()]/g, '\\$&')}$`);
  const select = scope.getByRole('combobox', { name });
  const field = scope.locator('.ant-select').filter({ has: page.getByRole('combobox', { name }) });
  await expect(async () => {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click();
    await page.getByTitle(option, { exact: true }).last().click({ timeout: 5_000 });
    await expect(field).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  // A single choice closes the list: wait until it is gone (an axe check meanwhile would find it
  // still fading out, its options unnamed). A multiple choice keeps it open.
  if ((await select.getAttribute('aria-expanded')) === 'false') {
    await expect(page.getByRole('listbox')).toHaveCount(0);
  }
}

/**
 * Types into an Ant Design AutoComplete and clicks one of its suggestions, until the field holds
 * it: as in `choose`, the list may still slide into place as the option is clicked (CI's vital
 * path kept the typed words).
 */
export async function suggest(page: Page, field: Locator, typed: string, option: string) {
  await expect(async () => {
    await field.fill(typed);
    await page.getByTitle(option, { exact: true }).click({ timeout: 5_000 });
    await expect(field).toHaveValue(option, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Removes a row kept beside a record: its "Xóa", then the confirmation's, until the row is gone.
 * As with `choose`, the confirmation may still be zooming into place as its button is clicked and
 * the click be lost (CI's abusers test): it is asked for again, as a person would.
 */
export async function removeConfirmed(page: Page, row: Locator) {
  await expect(async () => {
    if ((await page.getByRole('tooltip').count()) === 0) {
      await row.getByRole('button', { name: 'Xóa' }).click({ timeout: 5_000 });
    }
    await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click({ timeout: 5_000 });
    await expect(row).toHaveCount(0, { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

/** An access token through the API, for a test's own set-up (not what it tests). */
export async function apiToken(
  request: APIRequestContext,
  username: string,
  otp?: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { username, password, otp } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A POST through the API as `token`, for a test's own set-up: its answer, which must succeed. */
export async function apiPost(
  request: APIRequestContext,
  token: string,
  path: string,
  data: object,
): Promise<{ id: string; code: string }> {
  const response = await request.post(path, {
    headers: { Authorization: `Bearer ${token}` },
    data,
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as { id: string; code: string };
}

/** axe-core on the page once loaded: no serious or critical violation (WCAG 2.1 A and AA). */
export async function expectAccessible(page: Page) {
  // On the screen as it settles: a list being reloaded is dimmed, as a person sees it only briefly.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // And once what moves has stopped (a spinner's endless turn aside): a dialog or a list fading
  // out is seen only for a moment, its text faint and its options unnamed (CI: axe ran during a
  // dialog's close and a select list's).
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const severe = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    severe.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Saves the screen as test-results/screens/<name>.png (the README's screenshots come from here). */
export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** The page has no horizontal scroll: it fits the viewport's width. */
export async function expectFitsWidth(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Types Vietnamese as Unikey does on Windows, in Telex or VNI alike: a letter's key as typed, and
 * the key that marks it (Telex `w`, `s`…, VNI `6`, `1`…) swallowed and sent as a Backspace over the
 * letter and the marked letter in its place.
 */
export async function typeLikeUnikey(page: Page, text: string) {
  for (const char of text) {
    const letter = char.normalize('NFD')[0];
    if (letter === char) {
      await page.keyboard.type(char);
      continue;
    }
    await page.keyboard.type(letter);
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(char);
  }
}

/**
 * Types Vietnamese as an input method with a composition (IBus, macOS) does: each word composed
 * letter by letter, shown underlined and not yet typed, then committed.
 */
export async function typeComposed(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  for (const word of text.split(/( )/)) {
    if (word === ' ' || word === '') {
      await page.keyboard.type(word);
      continue;
    }
    const letters = [...word];
    for (let i = 1; i <= letters.length; i += 1) {
      const composing = letters.slice(0, i).join('');
      await cdp.send('Input.imeSetComposition', {
        text: composing,
        selectionStart: composing.length,
        selectionEnd: composing.length,
      });
    }
    await cdp.send('Input.insertText', { text: word });
  }
  await cdp.detach();
}
