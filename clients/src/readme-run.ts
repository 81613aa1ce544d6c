// Runs one README operation through an Apollo client, as the Apollo and trusted-documents tests both do.
import assert from 'node:assert/strict';
import type { ApolloClient } from '@apollo/client';
import { checkFacts } from './facts';
import { variablesFor, type ReadmeOperation, type RunContext } from './operations';
import { OverdueCommitmentIdsDocument } from '../generated/gql/graphql';

/** What `op` needs first: StatusAsOf the id of the 2023 peace-treaty commitment, since no README query selects ids. */
export async function prepareReadmeOperation(client: ApolloClient, op: ReadmeOperation, ctx: RunContext): Promise<void> {
  if (op.name === 'StatusAsOf') {
    const ids = await client.query({ query: OverdueCommitmentIdsDocument, fetchPolicy: 'network-only' });
    ctx.commitmentId = ids.data?.commitments.nodes.find((c) => /peace treaty/i.test(c.description))?.id;
  }
}

/**
 * Runs `op` (network-only) with its variables, asserts it answered without errors and with the facts
 * the README states, and returns the variables it used.
 */
export async function runReadmeOperation(client: ApolloClient, op: ReadmeOperation, ctx: RunContext): Promise<Record<string, unknown>> {
  const variables = variablesFor(op.name, ctx);
  const result = op.kind === 'mutation'
    ? await client.mutate({ mutation: op.document, variables, errorPolicy: 'all' })
    : await client.query({ query: op.document, variables, fetchPolicy: 'network-only', errorPolicy: 'all' });
  assert.equal(result.error, undefined, `${op.name}: ${result.error?.message}`);
  checkFacts(op.name, result.data);
  return variables;
}
