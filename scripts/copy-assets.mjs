// Copies the committed reference data next to the compiled migrations that load it.
import { cpSync } from 'node:fs';

cpSync('src/database/reference-data', 'dist/database/reference-data', { recursive: true });
