import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { createApiClient } from './client';
import { dropStartupAnswers } from './startup/startupQueries';

const ResetContext = createContext<() => void>(() => {});

/**
 * Provides the urql client. Logging in or out calls reset(), which starts a
 * fresh client so that nothing cached under the previous user is shown. The
 * first client takes the answers the start-up script asked for; later ones
 * never do (those answers were for whoever was logged in then).
 */
export function ClientProvider({ children, client: given }: { children: ReactNode; client?: Client }) {
  const [client, setClient] = useState<Client>(() => given ?? createApiClient('/graphql', { startup: true }));
  const reset = useCallback(() => {
    dropStartupAnswers();
    setClient(given ?? createApiClient());
  }, [given]);
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
