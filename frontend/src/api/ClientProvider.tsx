import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { takeBootClient } from './bootClient';
import { createApiClient } from './client';

const ResetContext = createContext<() => void>(() => {});

/**
 * Provides the urql client. Logging in or out calls reset(), which starts a
 * fresh client so that nothing cached under the previous user is shown.
 */
export function ClientProvider({ children, client: given }: { children: ReactNode; client?: Client }) {
  const [client, setClient] = useState<Client>(() => given ?? takeBootClient() ?? createApiClient());
  const reset = useCallback(() => setClient(given ?? createApiClient()), [given]);
  const value = useMemo(() => reset, [reset]);
  return (
    <ResetContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </ResetContext.Provider>
  );
}

export function useResetClient(): () => void {
  return useContext(ResetContext);
}
