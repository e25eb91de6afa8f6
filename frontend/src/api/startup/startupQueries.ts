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
    /** The start-up answers that have arrived, their data already read (same keys as the table). */
    __jixiaoStartupData?: Map<string, unknown>;
  }
}

function table(): Table {
  window.__jixiaoStartupQueries ??= new Map();
  return window.__jixiaoStartupQueries;
}

/** What makes two asks the same: operation, variables and the language of the answer. */
export function queryKey(operationName: string, variables: string, language: string): string {
  return `${language}\n${operationName}\n${variables}`;
}

function operationNameOf(document: TypedDocumentNode<unknown, never>): string {
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
      // Still not taken by the client: it may have the data at once (takeStartupData).
      if (data !== undefined && table().get(key) === response) (window.__jixiaoStartupData ??= new Map()).set(key, data);
      return data;
    })
    .catch(() => undefined);
}

/**
 * Takes (once) the data of a start-up answer that has already arrived, so
 * that the client can give it to the page in the same render that asks for
 * it (api/startup/startupExchange), instead of a render later.
 */
export function takeStartupData(key: string): unknown {
  const data = window.__jixiaoStartupData?.get(key);
  if (data === undefined) return undefined;
  window.__jixiaoStartupData!.delete(key);
  window.__jixiaoStartupQueries?.delete(key);
  return data;
}

/** Takes (once) the start-up answer to the same query, if there is one. */
export function takeStartupAnswer(key: string): Promise<Response> | undefined {
  const found = window.__jixiaoStartupQueries?.get(key);
  if (found) window.__jixiaoStartupQueries!.delete(key);
  window.__jixiaoStartupData?.delete(key);
  return found;
}

/** Forgets every start-up answer not taken (after a login or logout they belong to someone else). */
export function dropStartupAnswers() {
  window.__jixiaoStartupQueries?.clear();
  window.__jixiaoStartupData?.clear();
}
