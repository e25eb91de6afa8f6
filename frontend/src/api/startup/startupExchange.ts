import { filter, map, merge, pipe, share } from 'wonka';
import { makeResult, stringifyVariables, type Exchange, type Operation } from 'urql';
import { queryKey, takeStartupData } from './startupQueries';

function operationName(op: Operation): string | undefined {
  const def = op.query.definitions.find((d) => d.kind === 'OperationDefinition');
  return def && 'name' in def ? def.name?.value : undefined;
}

function languageOf(op: Operation): string {
  const options = typeof op.context.fetchOptions === 'function' ? op.context.fetchOptions() : op.context.fetchOptions;
  return new Headers(options?.headers).get('accept-language') ?? '';
}

/** The data of the start-up answer to this query, if it has arrived (taken: given once). */
function startupData(op: Operation): unknown {
  if (op.kind !== 'query') return undefined;
  const name = operationName(op);
  return name ? takeStartupData(queryKey(name, stringifyVariables(op.variables), languageOf(op))) : undefined;
}

/**
 * The first client's exchange in front of the network: a query whose
 * start-up answer (src/startup.ts) has already arrived gets that data at
 * once, in the same pass, so the page's first render shows it instead of a
 * loading state and another render. Each answer is given once; anything
 * else goes on (startupFetch still hands over answers on their way).
 */
export const startupExchange: Exchange = ({ forward }) => (ops$) => {
  const tagged = pipe(
    ops$,
    map((op) => ({ op, data: startupData(op) })),
    share,
  );
  const answered = pipe(
    tagged,
    filter(({ data }) => data !== undefined),
    map(({ op, data }) => makeResult(op, { data: data as Record<string, unknown> })),
  );
  const rest = pipe(
    tagged,
    filter(({ data }) => data === undefined),
    map(({ op }) => op),
    forward,
  );
  return merge([answered, rest]);
};
