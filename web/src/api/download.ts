/** Saves a file the API answered (a spreadsheet, a PDF) under the name the server gave it. */
export function saveFile(blob: Blob, response: Response, fallbackName: string): void {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  saveBlob(blob, utf8 ? decodeURIComponent(utf8) : (plain ?? fallbackName));
}

/** Saves a file made in the browser (or answered by the API) under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
