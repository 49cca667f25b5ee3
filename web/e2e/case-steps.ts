import { expect, type Locator, type Page } from '@playwright/test';

/** A step the case allows now, opened from "Bước tiếp theo": its form, named as the step. */
export async function openStep(page: Page, step: string): Promise<Locator> {
  await page
    .getByRole('region', { name: 'Bước tiếp theo' })
    .getByRole('button', { name: step })
    .click();
  return page.getByRole('form', { name: step });
}

/** Saves a step's form, and waits for the case to say it is saved. */
export async function saveStep(page: Page, form: Locator, step: string) {
  await form.getByRole('button', { name: `Lưu: ${step}` }).click();
  await expect(page.getByText(`Đã lưu: ${step}.`)).toBeVisible();
}

/** A rating per criterion (Cao, Trung bình, Thấp), each a group of radio buttons. */
export async function rate(form: Locator, ratings: Record<string, string>) {
  for (const [criterion, rating] of Object.entries(ratings)) {
    await form.getByRole('group', { name: criterion }).getByRole('radio', { name: rating }).check();
  }
}

/**
 * The review (Mẫu 06) of a case whose risk has passed, filled in: low ratings, every closure
 * criterion met, closure proposed. The caller saves it.
 */
export async function reviewProposingClosure(page: Page, notes: string): Promise<Locator> {
  const review = await openStep(page, 'Rà soát, đánh giá');
  await rate(review, {
    'Mức độ tổn hại': 'Thấp',
    'Khả năng tiếp cận của người xâm hại': 'Thấp',
    'Cản trở an toàn trong môi trường chăm sóc': 'Thấp',
    'Khả năng tự bảo vệ, phục hồi của trẻ': 'Cao',
  });
  const criteria = review.getByRole('group', { name: 'Tiêu chí đóng hồ sơ đã đạt' });
  for (const box of await criteria.getByRole('checkbox').all()) await box.check();
  await review.getByRole('radio', { name: 'Đề xuất đóng hồ sơ' }).check();
  await review.getByLabel('Nhận xét').fill(notes);
  return review;
}
