import type { Client } from 'urql';
import { createApiClient } from './client';

let boot: Client | undefined;

/**
 * The client created at start-up, before React renders, so that a page's
 * data can be asked for beside the download of its code (prefetchCockpit);
 * ClientProvider then takes it over, cache and requests in flight included.
 */
export function bootClient(): Client {
  boot ??= createApiClient();
  return boot;
}

/** Hands the start-up client to ClientProvider once (later resets make fresh ones). */
export function takeBootClient(): Client | undefined {
  const client = boot;
  boot = undefined;
  return client;
}
