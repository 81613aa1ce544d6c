// Test 3: the schema file, the served schema and the live introspection are one schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema,
  type GraphQLSchema, type IntrospectionQuery,
} from 'graphql';
import { accordUrl, clientsDir } from '../src/env';
import { postGraphQL } from '../src/http';

const sorted = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

/** The lines one printed schema has and the other lacks, for a readable failure. */
function difference(a: string, b: string): string {
  const as = new Set(a.split('\n'));
  const bs = new Set(b.split('\n'));
  const onlyA = [...as].filter((l) => !bs.has(l)).map((l) => `- ${l}`);
  const onlyB = [...bs].filter((l) => !as.has(l)).map((l) => `+ ${l}`);
  return [...onlyA, ...onlyB].slice(0, 60).join('\n');
}

test('schema.graphql, GET /graphql/schema.graphql and the introspection agree', async (t) => {
  const url = accordUrl();
  const file = readFileSync(join(clientsDir, '..', 'schema.graphql'), 'utf8');
  const fileSchema = buildSchema(file);
  const res = await fetch(`${url}/graphql/schema.graphql`);
  assert.equal(res.status, 200);
  const servedSchema = buildSchema(await res.text());
  const { status, json } = await postGraphQL<IntrospectionQuery>(url, { query: getIntrospectionQuery({ descriptions: true }) });
  assert.equal(status, 200);
  assert.equal(json.errors, undefined, JSON.stringify(json.errors));
  const live = sorted(buildClientSchema(json.data!));

  await t.test('the schema file equals the introspection', () => {
    const printed = sorted(fileSchema);
    assert.ok(printed === live, `schema.graphql (-) and the live introspection (+) differ:\n${difference(printed, live)}`);
  });
  await t.test('the served schema equals the introspection', () => {
    const printed = sorted(servedSchema);
    assert.ok(printed === live, `/graphql/schema.graphql (-) and the live introspection (+) differ:\n${difference(printed, live)}`);
  });
});
