// Extracts the named GraphQL operations of the README and of docs/*.md into
// generated/operations/<Name>.graphql, one file per operation, text as the documentation writes it.
// Every ```graphql block is parsed; an anonymous query fails the build (frontend tooling needs
// names), anonymous mutations are illustrations with placeholder ids and are skipped, and blocks of
// type definitions (the schema sketch of docs/design.md) are skipped.
import { readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, Kind } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const docsDir = join(root, 'docs');
const sources = [join(root, 'README.md'),
  ...readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort().map((f) => join(docsDir, f))];
const outDir = join(here, '..', 'generated', 'operations');

function fail(message) {
  console.error(`readme-operations: ${message}`);
  process.exit(1);
}

const blocks = [];
const fence = /^```graphql[^\n]*\n([\s\S]*?)^```/gm;
for (const path of sources) {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  for (let m; (m = fence.exec(text)); ) {
    const line = text.slice(0, m.index).split('\n').length;
    blocks.push({ text: m[1], where: `${file} line ${line}` });
  }
}
if (blocks.length === 0) fail(`no \`\`\`graphql block in ${sources.join(', ')}`);

const typeSystem = new Set([Kind.SCHEMA_DEFINITION, Kind.SCALAR_TYPE_DEFINITION, Kind.OBJECT_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION, Kind.UNION_TYPE_DEFINITION, Kind.ENUM_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION, Kind.DIRECTIVE_DEFINITION]);
const files = new Map();
let skipped = 0;
for (const { text, where } of blocks) {
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    fail(`${where}: the graphql block does not parse: ${e.message}`);
  }
  if (doc.definitions.every((def) => typeSystem.has(def.kind))) continue; // a schema sketch, not operations
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
        fail(`${where}: an anonymous ${def.operation} — give it a name (\`${def.operation} Name { … }\`) ` +
          `so that frontend tooling and these tests can use it:\n${source}`);
      }
      const name = def.name.value;
      if (files.has(name)) fail(`${where}: the operation name ${name} is used twice`);
      files.set(name, source);
    } else {
      fail(`${where}: a graphql block holds a ${def.kind}, not an operation`);
    }
  }
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, source] of files) writeFileSync(join(outDir, `${name}.graphql`), source.trimEnd() + '\n');
console.log(`readme-operations: ${files.size} named operations written to generated/operations/ ` +
  `(${skipped} anonymous mutations skipped): ${[...files.keys()].join(', ')}`);
