// The README's named operations (generated/operations/, extracted by scripts/readme-operations.mjs),
// their graphql-codegen typed documents, and the variables each needs.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as typed from '../generated/gql/graphql';
import { clientsDir } from './env';

export interface ReadmeOperation {
  name: string;
  /** The operation's text as the README writes it. */
  text: string;
  /** graphql-codegen's typed document (with __meta__.hash). */
  document: TypedDocumentNode<any, any>;
  kind: 'query' | 'mutation';
}

const operationsDir = join(clientsDir, 'generated', 'operations');

export function readmeOperations(): ReadmeOperation[] {
  const files = readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort();
  if (files.length === 0) throw new Error(`no operation in ${operationsDir}: run npm run build first`);
  return files.map((file) => {
    const name = file.replace(/\.graphql$/, '');
    const document = (typed as Record<string, unknown>)[`${name}Document`] as DocumentNode | undefined;
    if (!document) throw new Error(`graphql-codegen wrote no ${name}Document: run npm run build again`);
    const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    return {
      name,
      text: readFileSync(join(operationsDir, file), 'utf8'),
      document,
      kind: op?.operation === OperationTypeNode.MUTATION ? 'mutation' : 'query',
    };
  });
}

export function readmeOperation(name: string): ReadmeOperation {
  const op = readmeOperations().find((o) => o.name === name);
  if (!op) throw new Error(`README.md and docs/*.md have no operation named ${name} (generated/operations/${name}.graphql)`);
  return op;
}

/** What earlier answers of a run give the later operations. */
export interface RunContext {
  /** A commitment id, from an earlier answer (StatusAsOf needs one): see operations/OverdueCommitmentIds.graphql. */
  commitmentId?: string;
}

/**
 * A small dossier in the format of README "Import data: dossiers" and
 * src/main/resources/dossier/dossier.schema.json, with keys unique to this run.
 */
export function uniqueDossier(): { json: string; key: string } {
  const run = randomUUID().slice(0, 8);
  const key = `clients-test-${run}`;
  const dossier = {
    dossier: key,
    title: `Client test run ${run}`,
    sources: [{ key: `source.${key}`, publisher: 'Client Test News', title: 'Talks resume',
      url: `https://example.org/clients-test/${run}`, published: '2025-01-01', language: 'en' }],
    actors: [{ key: `actor.${key}`, kind: 'INTERGOVERNMENTAL_ORGANIZATION', name: `Test Mediation Group ${run}` }],
    events: [{ key: `event.${key}`, kind: 'MEETING', status: 'HELD', title: `Test talks ${run}`, start: '2024-12',
      participants: [{ actor: `actor.${key}`, role: 'PARTY', attendance: 'ATTENDED' }],
      citations: [{ source: `source.${key}`, excerpt: 'Talks resumed in December.', locator: 'paragraph 1' }] }],
  };
  return { json: JSON.stringify(dossier), key };
}

/**
 * The variables of every README operation, by name. An operation the README gains without an
 * entry here fails the tests (variablesFor throws), so that each one is run on purpose.
 */
export const operationVariables: Record<string, (ctx: RunContext) => Record<string, unknown>> = {
  MediatorMeetings: () => ({}),
  NamesAsSourcesWriteThem: () => ({}),
  OverdueCommitments: () => ({}),
  PrisonerExchange: () => ({}),
  EventsInOctober2023: () => ({}),
  JointStatements: () => ({}),
  FirstFivePeople: () => ({}),
  LastFivePeople: () => ({}),
  SearchPeaceTreaty: () => ({}),
  Timeline2025: () => ({}),
  CreateMinistry: () => ({}),
  StatusAsOf: (ctx) => {
    if (!ctx.commitmentId) throw new Error('StatusAsOf needs a commitment id from an earlier answer; none was found');
    return { id: ctx.commitmentId };
  },
  CommitmentStats: () => ({}),
  CitiesOfArmenia: () => ({}),
  Import: () => ({ json: uniqueDossier().json }),
};

export function variablesFor(name: string, ctx: RunContext): Record<string, unknown> {
  const make = operationVariables[name];
  if (!make) {
    throw new Error(`README operation ${name} has no entry in operationVariables (src/operations.ts): add one so the tests run it`);
  }
  return make(ctx);
}

/** Operations that need the earlier answers run last. */
export function inRunOrder(ops: ReadmeOperation[]): ReadmeOperation[] {
  const late = new Set(['StatusAsOf']);
  return [...ops.filter((o) => !late.has(o.name)), ...ops.filter((o) => late.has(o.name))];
}
