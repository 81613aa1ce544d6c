// relay-compiler needs its artifact directory and its persisted-documents file to exist; the file
// starts empty on every build, so that it holds exactly the current documents.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
const generated = new URL('../generated/', import.meta.url);
rmSync(new URL('relay/', generated), { recursive: true, force: true });
mkdirSync(new URL('relay/', generated), { recursive: true });
writeFileSync(new URL('relay-persisted-documents.json', generated), '{}\n');
