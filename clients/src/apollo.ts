// Apollo Client 4 for Accord: the cache's type policies, the persisted-query link, the auth link.
// docs/frontend.md quotes this module; the tests run exactly it.
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy, KeyArgsFunction, TypePolicies } from '@apollo/client/cache';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import possibleTypesResult from '../generated/possible-types';

type KeyArgs = string[] | false | KeyArgsFunction;
type Connection = { edges?: unknown[]; nodes?: unknown[]; [field: string]: unknown };

/**
 * A Relay connection: Apollo's relayStylePagination (edges and pageInfo), which also merges `nodes`,
 * the list the README's queries read: a page read with `after` is appended, one read with `before`
 * is put in front, and a page read with neither replaces the list.
 */
export function connection(keyArgs: KeyArgs): FieldPolicy<Connection> {
  const relay = relayStylePagination(keyArgs) as FieldPolicy<Connection>;
  const relayMerge = relay.merge as Exclude<FieldPolicy<Connection>['merge'], boolean | undefined>;
  return {
    ...relay,
    merge(existing, incoming, options) {
      const merged = relayMerge(existing, incoming, options) as Connection;
      if (incoming?.nodes) {
        const before = existing?.nodes ?? [];
        const args = options.args ?? {};
        merged.nodes = args.after ? [...before, ...incoming.nodes]
          : args.before ? [...incoming.nodes, ...before]
          : incoming.nodes;
      }
      return merged;
    },
  };
}

/**
 * The type policies the README recommends: every connection field paginates (its other arguments
 * are its key), and the value types without an id (dates, quantities, statistics) merge into the
 * record that holds them, so queries that select different fields of them do not overwrite each
 * other. Every other object type has an `id` and is normalised by it.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      actors: connection(['filter']),
      commitments: connection(['filter']),
      events: connection(['filter']),
      statements: connection(['filter']),
      places: connection(['filter']),
      processes: connection(false),
      sources: connection(false),
      search: connection(['text']),
    },
  },
  Actor: {
    fields: {
      commitments: connection(['side', 'status']),
      mediatedEvents: connection(['kind']),
      participations: connection(['role']),
      statements: connection(false),
    },
  },
  Process: {
    fields: {
      timeline: connection(['from', 'to']),
    },
  },
  PartialDate: { merge: true },
  Quantity: { merge: true },
  CommitmentStats: { merge: true },
  StatusCount: { merge: true },
  TimelineItemAdded: { merge: true },
  CommitmentStatusChanged: { merge: true },
};

/** A cache for Accord: possibleTypes (interfaces and unions, from graphql-codegen) and the type policies. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes: possibleTypesResult.possibleTypes, typePolicies });
}

export interface AccordApolloOptions {
  /** The GraphQL endpoint, e.g. https://accord.example/graphql. */
  uri: string;
  /** Returns the editor's bearer token (the raw JWT), or undefined for anonymous reads. */
  token?: () => string | undefined;
  /**
   * 'apq' (default): automatic persisted queries, SHA-256 of the query text. 'trusted': the ids
   * graphql-codegen's client preset put on its documents (__meta__.hash), for a server that runs
   * only its trusted documents.
   */
  persisted?: 'apq' | 'trusted';
  fetch?: typeof fetch;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The id graphql-codegen's client preset (persistedDocuments: true) embeds in each typed document. */
export const codegenHash = (doc: DocumentNode): string =>
  (doc as DocumentNode & { __meta__: { hash: string } })['__meta__']['hash'];

/** Links: persisted queries (hash first, GET for queries) → Authorization header → HTTP. */
export function createLink(options: AccordApolloOptions): ApolloLink {
  const persisted = options.persisted === 'trusted'
    ? new PersistedQueryLink({ generateHash: codegenHash, useGETForHashedQueries: true })
    : new PersistedQueryLink({ sha256, useGETForHashedQueries: true });
  const auth = new SetContextLink((prevContext) => {
    const token = options.token?.();
    return token ? { headers: { ...prevContext.headers, Authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: options.uri, fetch: options.fetch });
  return ApolloLink.from([persisted, auth, http]);
}

export function createApolloClient(options: AccordApolloOptions): ApolloClient {
  return new ApolloClient({ cache: createCache(), link: createLink(options) });
}
