// urql for Accord: the document cache, automatic persisted queries (GET for queries), the auth header.
import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

export interface AccordUrqlOptions {
  /** The GraphQL endpoint, e.g. https://accord.example/graphql. */
  url: string;
  /** Returns the editor's bearer token (the raw JWT), or undefined for anonymous reads. */
  token?: () => string | undefined;
  fetch?: typeof fetch;
}

export function createUrqlClient(options: AccordUrqlOptions): Client {
  return new Client({
    url: options.url,
    exchanges: [cacheExchange, persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
    fetchOptions: () => {
      const token = options.token?.();
      return token ? { headers: { Authorization: `Bearer ${token}` } } : {};
    },
    fetch: options.fetch,
  });
}
