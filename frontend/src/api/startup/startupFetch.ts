import { queryKey, takeStartupAnswer } from './startupQueries';

/**
 * The fetch of the start-up GraphQL client: a query the start-up script has
 * already sent (startupQueries) is answered with that answer instead of
 * being sent again; anything else, and a start-up ask that failed, goes to
 * the network.
 */
export const startupFetch: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? 'GET').toUpperCase();
  const params = method === 'GET' ? new URL(url, window.location.href).searchParams : undefined;
  const name = params?.get('operationName');
  if (!params || !name) return fetch(input, init);
  const language = new Headers(init?.headers).get('accept-language') ?? '';
  const answer = takeStartupAnswer(queryKey(name, params.get('variables') ?? '{}', language));
  if (!answer) return fetch(input, init);
  return answer.then(
    (r) => (r.ok ? r : fetch(input, init)),
    () => fetch(input, init),
  );
};
