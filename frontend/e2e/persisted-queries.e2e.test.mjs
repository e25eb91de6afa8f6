// Automatic persisted queries with the two standard clients, against the real
// server: the first use sends the hash alone, is told PersistedQueryNotFound
// and sends the text; a repeat is answered from the hash alone.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { startServer } from './support/server.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

// A fresh alias per run: a server reused between runs (JIXIAO_E2E_URL) has not seen it.
const run = `r${process.pid}${Date.now()}`;

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** A fetch that records what each request carried: the query text or only its hash. */
function recordingFetch() {
  const sent = [];
  const fetchFn = async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    let params;
    if ((init.method ?? 'GET') === 'GET') {
      params = Object.fromEntries(url.searchParams);
      params.extensions = params.extensions ? JSON.parse(params.extensions) : undefined;
    } else {
      params = JSON.parse(init.body);
    }
    const res = await fetch(input, init);
    const answer = await res.clone().json();
    sent.push({
      method: init.method ?? 'GET',
      withText: Boolean(params.query),
      hash: params.extensions?.persistedQuery?.sha256Hash,
      code: answer.errors?.[0]?.extensions?.code,
    });
    return res;
  };
  return { sent, fetchFn };
}

test('Apollo Client: PersistedQueryLink, first use and repeat', async () => {
  const { sent, fetchFn } = recordingFetch();
  const link = new PersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: `${server.url}/graphql`, fetch: fetchFn }));
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const query = gql(`query ApolloGrade { ${run}: gradeFor(score: "91.5") }`);
  const first = await client.query({ query, fetchPolicy: 'network-only' });
  assert.equal(first.data[run], 'EXCELLENT');
  const repeat = await client.query({ query, fetchPolicy: 'network-only' });
  assert.equal(repeat.data[run], 'EXCELLENT');
  assert.deepEqual(
    sent.map((s) => [s.withText, Boolean(s.hash), s.code]),
    [
      [false, true, 'PERSISTED_QUERY_NOT_FOUND'], // first use: the hash alone
      [true, true, undefined], // then the text with its hash
      [false, true, undefined], // repeat: the hash alone is enough
    ],
  );
});

test('urql: persistedExchange (GET), first use and repeat', async () => {
  const { sent, fetchFn } = recordingFetch();
  const client = new Client({
    url: `${server.url}/graphql`,
    fetch: fetchFn,
    exchanges: [persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
    requestPolicy: 'network-only',
  });
  const query = `query UrqlGrade { ${run}: gradeFor(score: "72") }`;
  const first = await client.query(query, {}).toPromise();
  assert.equal(first.error, undefined);
  assert.equal(first.data[run], 'FAIR');
  const repeat = await client.query(query, {}).toPromise();
  assert.equal(repeat.data[run], 'FAIR');
  assert.deepEqual(
    sent.map((s) => [s.method, s.withText, Boolean(s.hash), s.code]),
    [
      ['GET', false, true, 'PERSISTED_QUERY_NOT_FOUND'],
      ['GET', true, true, undefined],
      ['GET', false, true, undefined],
    ],
  );
});
