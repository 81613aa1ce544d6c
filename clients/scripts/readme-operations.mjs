// Extracts the README's named GraphQL operations into generated/operations/<Name>.graphql, one file
// per operation, text as the README writes it. Every ```graphql block is parsed; an anonymous query
// fails the build (frontend tooling needs names), anonymous mutations are illustrations with
// placeholder ids and are skipped.
import { readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, Kind } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const readmePath = join(here, '..', '..', 'README.md');
const outDir = join(here, '..', 'generated', 'operations');

function fail(message) {
  console.error(`readme-operations: ${message}`);
  process.exit(1);
}

const readme = readFileSync(readmePath, 'utf8');
const blocks = [];
const fence = /^```graphql[^\n]*\n([\s\S]*?)^```/gm;
for (let m; (m = fence.exec(readme)); ) {
  const line = readme.slice(0, m.index).split('\n').length;
  blocks.push({ text: m[1], line });
}
if (blocks.length === 0) fail(`no \`\`\`graphql block in ${readmePath}`);

const files = new Map();
let skipped = 0;
for (const { text, line } of blocks) {
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    fail(`README.md line ${line}: the graphql block does not parse: ${e.message}`);
  }
  for (const def of doc.definitions) {
    const source = text.slice(def.loc.start, def.loc.end);
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      files.set(def.name.value, source);
    } else if (def.kind === Kind.OPERATION_DEFINITION) {
      if (!def.name) {
        if (def.operation === 'mutation') {
          skipped++;
          continue;
        }
        fail(`README.md line ${line}: an anonymous ${def.operation} — give it a name (\`${def.operation} Name { … }\`) ` +
          `so that frontend tooling and these tests can use it:\n${source}`);
      }
      const name = def.name.value;
      if (files.has(name)) fail(`README.md line ${line}: the operation name ${name} is used twice`);
      files.set(name, source);
    } else {
      fail(`README.md line ${line}: a graphql block holds a ${def.kind}, not an operation`);
    }
  }
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, source] of files) writeFileSync(join(outDir, `${name}.graphql`), source.trimEnd() + '\n');
console.log(`readme-operations: ${files.size} named operations written to generated/operations/ ` +
  `(${skipped} anonymous mutations skipped): ${[...files.keys()].join(', ')}`);
