import { cacheExchange, createClient, fetchExchange, type Client } from 'urql';

let requestLanguage: 'zh' | 'en' = 'zh';

/** The language the server is asked to answer in (LocaleProvider keeps it current). */
export function setRequestLanguage(language: 'zh' | 'en') {
  requestLanguage = language;
}

/**
 * The GraphQL client. Queries go as GET (cacheable, and the server accepts
 * them), mutations as POST. The session is the HttpOnly cookie set by `login`,
 * so the browser sends it on its own (same origin). Accept-Language tells the
 * server which half of its texts to send (review checks, score previews);
 * pages showing such texts re-run their query when the language changes
 * (see useLanguageContext).
 */
export function createApiClient(url = '/graphql'): Client {
  return createClient({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: 'within-url-limit',
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'accept-language': requestLanguage === 'en' ? 'en' : 'zh-CN,zh;q=0.9',
      },
    }),
  });
}
