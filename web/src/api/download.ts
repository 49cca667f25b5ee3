import { call } from './client';

/**
 * Saves the file an API call answered (asked for with `parseAs: 'blob'`: a spreadsheet, a PDF)
 * under the name the server gave it; throws the call's problem, as `call` does.
 */
export async function saveDownload(
  request: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  let response: Response | undefined;
  const blob = await call(request.then((result) => ((response = result.response), result)));
  const disposition = response?.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const url = URL.createObjectURL(blob as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = utf8 ? decodeURIComponent(utf8) : (plain ?? fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
