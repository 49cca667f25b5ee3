import type { TestApp } from './app.js';

type Api = ReturnType<TestApp['as']>;

/** GET /children/imports/:id as the tests read it. */
export interface ImportStatus {
  status: string;
  total: number | null;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: { row: number; field: string | null; column: string | null; message: string }[];
  failure: string | null;
}

/** Polls an import until it is done or failed (every 100 ms, `tries` times), in `language`. */
export async function importFinished(
  api: Api,
  id: string,
  language = 'vi',
  tries = 600,
): Promise<ImportStatus> {
  for (let i = 0; i < tries; i++) {
    const res = await api
      .get(`/api/v1/children/imports/${id}`)
      .set('Accept-Language', language)
      .expect(200);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${id} did not finish`);
}
