// The Apollo type policies follow the schema file: every connection field paginates, keyed by its
// arguments other than first/after/last/before; every id-less object type has a policy. No server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { typePolicies } from '../src/apollo';
import { clientsDir } from '../src/env';

const paging = new Set(['first', 'after', 'last', 'before']);

test('the type policies cover every connection field and id-less type of schema.graphql', () => {
  const schema = buildSchema(readFileSync(join(clientsDir, '..', 'schema.graphql'), 'utf8'));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation' || type.name === 'Subscription') continue;
    for (const field of Object.values(type.getFields())) {
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      const policy: unknown = typePolicies[type.name]?.fields?.[field.name];
      assert.ok(policy && typeof policy === 'object' && 'merge' in policy, `${type.name}.${field.name} has a connection policy`);
      const keyArgs = field.args.map((a) => a.name).filter((a) => !paging.has(a)).sort();
      assert.deepEqual([...((policy as unknown as { keyArgs: string[] | false }).keyArgs || [])].sort(), keyArgs, `${type.name}.${field.name} keyArgs`);
    }
    const valueType = !type.getFields().id && !/(Connection|Edge|Payload)$/.test(type.name) && !['Query', 'PageInfo'].includes(type.name);
    if (valueType) assert.equal(typePolicies[type.name]?.merge, true, `${type.name} (no id) merges into its parent`);
  }
});
