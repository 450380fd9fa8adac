import { useQuery } from '@apollo/client/react';
import { SecondaryActionButton } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SecretShownOnce } from '../../components/SecretShownOnce';
import { useViewer } from '../../features/auth/AuthContext';
import { ApiTokenForm } from '../../features/apiTokens/ApiTokenForm';
import { useRevokeApiToken } from '../../features/apiTokens/useRevokeApiToken';
import { graphql } from '../../gql';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

const ApiTokensPageQuery = graphql(`
  query ApiTokensPageQuery {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

/**
 * `/account/tokens`: API tokens for the municipality's own systems (or, for admins, any). A new
 * token is shown once; the list shows every token with its last use, and revokes at once.
 */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const isAdmin = viewer?.roles.includes('ADMIN') ?? false;
  const mayManage = isAdmin || Boolean(viewer?.roles.includes('MUNICIPALITY_EDITOR') && viewer.municipality);
  const { data, loading, error } = useQuery(ApiTokensPageQuery, { skip: !mayManage });
  const { revokeApiToken, error: revokeError } = useRevokeApiToken();
  const [shown, setShown] = useState<string | null>(null);

  if (!mayManage) {
    return (
      <Page title={t('apiTokens.title')}>
        <EmptyState message={t('apiTokens.notAllowed')} />
      </Page>
    );
  }
  const column = (key: string, header: string, cell: (token: ApiTokenFieldsFragment) => React.ReactNode) => ({
    key,
    header,
    cell,
  });
  return (
    <Page title={t('apiTokens.title')}>
      <p className="utrecht-paragraph">{t('apiTokens.intro')}</p>
      {shown && <SecretShownOnce message={t('apiTokens.shownOnce')} secret={shown} testId="new-api-token" />}
      <ApiTokenForm
        municipalityId={isAdmin ? null : (viewer?.municipality?.code ?? null)}
        onCreated={setShown}
      />
      <h2 className="utrecht-heading-2" id="api-tokens-list">
        {t('apiTokens.list')}
      </h2>
      {revokeError && <ErrorMessage error={revokeError} />}
      {loading && <Loading />}
      {error && <ErrorMessage error={error} />}
      {data && !data.apiTokens.length && <EmptyState message={t('apiTokens.empty')} />}
      {data && data.apiTokens.length > 0 && (
        <DataTable
          labelledBy="api-tokens-list"
          testId="api-tokens"
          rows={data.apiTokens}
          rowKey={(token) => token.id}
          columns={[
            { ...column('name', t('common.name'), (token) => token.name), rowHeader: true },
            column('scopes', t('apiTokens.scopes'), (token) => token.scopes.join(', ')),
            column('municipality', t('apiTokens.municipality'), (token) =>
              token.municipality ? token.municipality.name : t('apiTokens.national'),
            ),
            column(
              'createdBy',
              t('apiTokens.createdBy'),
              (token) => token.createdBy?.name ?? t('common.none'),
            ),
            column('expiresAt', t('apiTokens.expiresAt'), (token) => format.dateTime(token.expiresAt)),
            column('lastUsedAt', t('apiTokens.lastUsedAt'), (token) =>
              token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('apiTokens.neverUsed'),
            ),
            column('state', t('common.status'), (token) =>
              token.active ? (
                <SecondaryActionButton
                  type="button"
                  onClick={() => void revokeApiToken(token.id)}
                  aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                >
                  {t('apiTokens.revoke')}
                </SecondaryActionButton>
              ) : token.revokedAt ? (
                t('apiTokens.revokedAt', { date: format.dateTime(token.revokedAt) })
              ) : (
                t('apiTokens.expired')
              ),
            ),
          ]}
        />
      )}
    </Page>
  );
}
