// Test 6: urql with its persisted-queries exchange runs the README's queries and mutations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accordToken, accordUrl } from '../src/env';
import { checkFacts } from '../src/facts';
import { recordingFetch, type RecordedRequest } from '../src/http';
import { inRunOrder, readmeOperations, variablesFor, type RunContext } from '../src/operations';
import { createUrqlClient } from '../src/urql';
import { OverdueCommitmentIdsDocument } from '../generated/gql/graphql';

test('urql runs every README operation', async (t) => {
  const url = accordUrl();
  const token = accordToken();
  const log: RecordedRequest[] = [];
  const client = createUrqlClient({ url: `${url}/graphql`, token: () => token, fetch: recordingFetch(log) });
  const ctx: RunContext = {};
  for (const op of inRunOrder(readmeOperations())) {
    await t.test(op.name, async () => {
      if (op.name === 'StatusAsOf') {
        const ids = await client.query(OverdueCommitmentIdsDocument, {}).toPromise();
        ctx.commitmentId = ids.data?.commitments.nodes.find((c) => /peace treaty/i.test(c.description))?.id;
      }
      const variables = variablesFor(op.name, ctx);
      const start = log.length;
      const result = op.kind === 'mutation'
        ? await client.mutation(op.document, variables).toPromise()
        : await client.query(op.document, variables, { requestPolicy: 'network-only' }).toPromise();
      assert.equal(result.error, undefined, `${op.name}: ${result.error?.message}`);
      checkFacts(op.name, result.data);
      const requests = log.slice(start);
      if (op.kind === 'query') {
        assert.ok(requests[0].method === 'GET' && requests[0].params.query === undefined &&
          requests[0].params.extensions?.persistedQuery?.sha256Hash, `${op.name}: a GET with the hash first`);
      } else {
        assert.equal(requests.at(-1)?.method, 'POST', `${op.name}: mutations are POSTed`);
      }
    });
  }
});
