// Relay for Accord: a network that sends persisted documents by id ({"documentId": …}), as
// relay-compiler's persistConfig compiles them (the artifacts hold the id, not the text).
import { Environment, Network, RecordSource, Store, type FetchFunction, type GraphQLResponse } from 'relay-runtime';

export interface AccordRelayOptions {
  /** The GraphQL endpoint, e.g. https://accord.example/graphql. */
  url: string;
  /** Returns the editor's bearer token (the raw JWT), or undefined for anonymous reads. */
  token?: () => string | undefined;
  /**
   * relay-compiler's manifest (id → text), for servers that were not started with it: when the
   * server answers PERSISTED_QUERY_NOT_FOUND, the text is sent instead. Leave it out in production
   * builds, whose server runs the trusted documents.
   */
  documents?: Record<string, string>;
  fetch?: typeof fetch;
}

export function createFetchFunction(options: AccordRelayOptions): FetchFunction {
  const doFetch = options.fetch ?? fetch;
  const post = async (body: Record<string, unknown>): Promise<GraphQLResponse> => {
    const token = options.token?.();
    const res = await doFetch(options.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return (await res.json()) as GraphQLResponse;
  };
  return async (params, variables) => {
    if (!params.id) return post({ query: params.text, operationName: params.name, variables });
    const answer = await post({ documentId: params.id, variables });
    const text = options.documents?.[params.id];
    const notFound = 'errors' in answer && answer.errors?.some((e) => (e as { extensions?: { code?: string } }).extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
    return notFound && text ? post({ query: text, operationName: params.name, variables }) : answer;
  };
}

export function createRelayEnvironment(options: AccordRelayOptions): Environment {
  return new Environment({ network: Network.create(createFetchFunction(options)), store: new Store(new RecordSource()) });
}
