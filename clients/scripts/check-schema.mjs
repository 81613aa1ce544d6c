// The schema file must load in graphql-js (buildSchema validates the SDL): the tools above read it.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
const path = new URL('../../schema.graphql', import.meta.url);
try {
  const schema = buildSchema(readFileSync(path, 'utf8'));
  console.log(`schema.graphql loads in graphql-js: ${Object.keys(schema.getTypeMap()).length} types`);
} catch (e) {
  console.error(`schema.graphql does not load in graphql-js buildSchema: ${e.message}`);
  process.exit(1);
}
