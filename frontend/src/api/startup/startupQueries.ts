import { formatDocument, stringifyDocument, stringifyVariables, type TypedDocumentNode } from 'urql';

/**
 * Queries asked for at start-up, before the app's code has arrived, and
 * handed to the GraphQL client when it asks the same (startupFetch). Kept on
 * window so that the start-up script and the app, two separate scripts of
 * the build, see the same table.
 */
type Table = Map<string, Promise<Response>>;

declare global {
  interface Window {
    __jixiaoStartupQueries?: Table;
    __jixiaoStartupData?: Map<string, unknown>;
  }
}

function table(): Table {
  window.__jixiaoStartupQueries ??= new Map();
  return window.__jixiaoStartupQueries;
}

/**
 * The data of the start-up answers that have arrived, by key: read, not
 * taken, by the first render of the query's component (useStartupQuery), so
 * that it shows them at once instead of a loading state first and the data
 * one render later.
 */
function arrived(): Map<string, unknown> {
  window.__jixiaoStartupData ??= new Map();
  return window.__jixiaoStartupData;
}

/** The data of the start-up answer to this query, if it has arrived. */
export function peekStartupAnswer<Data>(key: string): Data | undefined {
  return window.__jixiaoStartupData?.get(key) as Data | undefined;
}

/** Forgets the arrived data of a query once the client has its own answer. */
export function forgetStartupAnswer(key: string) {
  window.__jixiaoStartupData?.delete(key);
}

/** What makes two asks the same: operation, variables and the language of the answer. */
export function queryKey(operationName: string, variables: string, language: string): string {
  return `${language}\n${operationName}\n${variables}`;
}

export function operationNameOf(document: TypedDocumentNode<unknown, never>): string {
  for (const d of document.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value;
  throw new Error('a start-up query needs a name');
}

/**
 * Sends a query now (GET, as the client would: the same document with the
 * __typename fields its cache adds) and keeps the answer for the client.
 * Resolves to the answer's JSON, or undefined when it failed.
 */
export function startQuery<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  language: string,
): Promise<Data | undefined> {
  const name = operationNameOf(document);
  const vars = stringifyVariables(variables);
  const params = new URLSearchParams({ query: stringifyDocument(formatDocument(document)), operationName: name, variables: vars });
  const response = fetch(`/graphql?${params}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/graphql-response+json, application/json', 'accept-language': language },
  });
  const key = queryKey(name, vars, language);
  table().set(key, response);
  return response
    .then((r) => (r.ok ? r.clone().json() : undefined))
    .then((body: { data?: Data; errors?: unknown } | undefined) => {
      const data = body && !body.errors ? body.data : undefined;
      if (data !== undefined) arrived().set(key, data);
      return data;
    })
    .catch(() => undefined);
}

/**
 * Keeps an answer for a query the page will ask, made from another start-up
 * answer (a part of it): the page's client takes it as if the server had
 * answered that query. Without data (the other ask failed) the page asks the
 * server itself.
 */
export function keepAnswer<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  language: string,
  data: Data | undefined | Promise<Data | undefined>,
) {
  const key = queryKey(operationNameOf(document), stringifyVariables(variables), language);
  const response = Promise.resolve(data).then((d) => {
    if (d === undefined) return new Response(null, { status: 503 });
    arrived().set(key, d);
    return new Response(JSON.stringify({ data: d }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  if (data !== undefined && !(data instanceof Promise)) arrived().set(key, data);
  table().set(key, response);
}

/** Takes (once) the start-up answer to the same query, if there is one. */
export function takeStartupAnswer(key: string): Promise<Response> | undefined {
  const found = window.__jixiaoStartupQueries?.get(key);
  if (found) window.__jixiaoStartupQueries!.delete(key);
  return found;
}

/** Forgets every start-up answer not taken (after a login or logout they belong to someone else). */
export function dropStartupAnswers() {
  window.__jixiaoStartupQueries?.clear();
  window.__jixiaoStartupData?.clear();
}
