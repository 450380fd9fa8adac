import { Suspense } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/client';
import { AuthProvider } from './features/auth/AuthContext';
import { AppRoutes } from './routes/AppRoutes';

const client = createApolloClient();

/** The providers every page relies on (data, session, routing) around the route table. */
export function App() {
  return (
    <ApolloProvider client={client}>
      <AuthProvider>
        <BrowserRouter>
          {/* English is loaded on demand (i18n/index.ts): nothing shows until the texts are there. */}
          <Suspense fallback={null}>
            <AppRoutes />
          </Suspense>
        </BrowserRouter>
      </AuthProvider>
    </ApolloProvider>
  );
}
