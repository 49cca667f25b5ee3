import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain ESM script of this workspace, without types
import { screenJavaScript } from '../scripts/bundle-size.mjs';

const BUDGET = 300 * 1024;

// What a commune PC on a slow line downloads before it can sign in, and before the list shows.
test('the JavaScript of sign-in and of the children list stays within 300 KB gzip each', () => {
  const signIn = screenJavaScript(['src/app/SignInPage.tsx']) as { bytes: number };
  const list = screenJavaScript([
    'src/app/Shell.tsx',
    'src/features/children/ChildrenPage.tsx',
  ]) as {
    bytes: number;
  };
  console.log(
    `sign-in ${Math.round(signIn.bytes / 1024)} KB, children list ${Math.round(list.bytes / 1024)} KB`,
  );
  expect(signIn.bytes).toBeLessThanOrEqual(BUDGET);
  expect(list.bytes).toBeLessThanOrEqual(BUDGET);
});
