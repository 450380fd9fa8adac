import { Suspense } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/client';
import { AuthProvider } from './features/auth/AuthContext';
import { DemoProvider } from './features/demo/DemoContext';
import { AppRoutes } from './routes/AppRoutes';

const client = createApolloClient();

/** The providers every page relies on (data, session, routing) around the route table. */
export function App() {
  return (
    <ApolloProvider client={client}>
      <AuthProvider>
        <DemoProvider>
          <BrowserRouter>
            {/* English is loaded on demand (i18n/index.ts): nothing shows until the texts are there. */}
            <Suspense fallback={null}>
              <AppRoutes />
            </Suspense>
          </BrowserRouter>
        </DemoProvider>
      </AuthProvider>
    </ApolloProvider>
  );
}
