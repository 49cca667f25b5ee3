// Writes web/src/api/schema.d.ts, the API's types, from the server's OpenAPI document:
//   node web/scripts/api-types.mjs [URL or file of the document]   (default: a server on :3000)
// test/web-api-types.e2e-spec.ts fails when the committed file no longer matches the server.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const SCHEMA_FILE = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const HEADER =
  "// Generated from the server's OpenAPI document by web/scripts/api-types.mjs: do not edit.\n";

/** The TypeScript text of the document's types, as committed. */
export async function apiTypes(document) {
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main() {
  const source = process.argv[2];
  const document = !source
    ? JSON.parse(
        execFileSync(process.execPath, ['scripts/openapi.mjs'], {
          cwd: fileURLToPath(new URL('../..', import.meta.url)),
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        }),
      )
    : /^https?:/.test(source)
      ? await (await fetch(source)).json()
      : JSON.parse(await readFile(source, 'utf8'));
  await writeFile(SCHEMA_FILE, await apiTypes(document));
  console.log(`Wrote ${SCHEMA_FILE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
