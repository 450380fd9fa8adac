import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLoadMore } from '../../apollo/useLoadMore';
import { GroupsAdmin } from '../../features/admin/GroupsAdmin';
import { LoadMore } from '../../features/admin/LoadMore';
import { CooperationPanel } from '../../features/cooperations/CooperationPanel';
import { useCooperationAdmin } from '../../features/cooperations/useCooperationAdmin';
import { graphql } from '../../gql';

const CooperationsAdminQuery = graphql(`
  query CooperationsAdminQuery($first: Int, $after: String) {
    cooperationPage(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CooperationAdminFields
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** `/beheer/samenwerkingsverbanden` (admins): the cooperations in pages ("Meer laden"), a new one, and one at a time to manage. */
export function CooperationsAdminPage() {
  const { t } = useTranslation();
  const { createCooperation } = useCooperationAdmin();
  const { data, error, refetch, fetchMore } = useQuery(CooperationsAdminQuery, {
    variables: { first: PAGE_SIZE },
  });
  const page = data?.cooperationPage;
  const more = useLoadMore('cooperationPage', page?.pageInfo.endCursor, fetchMore);
  return (
    <GroupsAdmin
      kind="cooperation"
      title={t('admin.sections.cooperations')}
      labels={{
        new: t('cooperation.new'),
        create: t('cooperation.create'),
        memberCount: t('cooperation.memberCount'),
        created: (name) => t('cooperation.created', { name }),
      }}
      groups={page?.nodes}
      error={error}
      onRetry={() => void refetch()}
      create={createCooperation}
      more={page && <LoadMore connection={page} busy={more.busy} onLoadMore={() => void more.loadMore()} />}
      renderPanel={(cooperation) => <CooperationPanel key={cooperation.id} cooperation={cooperation} />}
    />
  );
}
