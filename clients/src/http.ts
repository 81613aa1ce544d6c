// Plain GraphQL-over-HTTP requests, and a fetch that records what a client library sent.

export interface GraphQLError { message: string; extensions?: { code?: string; [k: string]: unknown } }
export interface GraphQLResponse<T = any> { data?: T; errors?: GraphQLError[] }

export async function postGraphQL<T = any>(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}):
  Promise<{ status: number; json: GraphQLResponse<T> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text) as GraphQLResponse<T> };
  } catch {
    throw new Error(`POST ${url}/graphql answered ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
}

export interface RecordedRequest {
  method: string;
  url: string;
  /** The request's query parameters or JSON body. */
  params: Record<string, any>;
  status: number;
  /** The codes of the errors in the answer. */
  codes: string[];
}

/** A fetch that records each request and the error codes of its answer. */
export function recordingFetch(log: RecordedRequest[]): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    let params: Record<string, any> = {};
    if (method === 'GET') {
      const u = new URL(url);
      for (const [k, v] of u.searchParams) {
        params[k] = k === 'variables' || k === 'extensions' ? JSON.parse(v) : v;
      }
    } else if (typeof init?.body === 'string') {
      params = JSON.parse(init.body);
    }
    const res = await fetch(input, init);
    const text = await res.clone().text();
    let codes: string[] = [];
    try {
      codes = ((JSON.parse(text) as GraphQLResponse).errors ?? []).map((e) => String(e.extensions?.code));
    } catch { /* not JSON: the status says it */ }
    log.push({ method, url, params, status: res.status, codes });
    return res;
  };
}

/** Collects console.warn and console.error calls (Apollo's "Cache data may be lost…" and the like). */
export function captureConsole(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => { messages.push(`warn: ${args.map(String).join(' ')}`); warn(...args); };
  console.error = (...args: unknown[]) => { messages.push(`error: ${args.map(String).join(' ')}`); error(...args); };
  return { messages, restore: () => { console.warn = warn; console.error = error; } };
}
