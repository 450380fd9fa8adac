import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GroupsAdmin } from '../../features/admin/GroupsAdmin';
import { CooperationPanel } from '../../features/cooperations/CooperationPanel';
import { useCooperationAdmin } from '../../features/cooperations/useCooperationAdmin';
import { graphql } from '../../gql';

const CooperationsAdminQuery = graphql(`
  query CooperationsAdminQuery {
    cooperations {
      ...CooperationAdminFields
    }
  }
`);

/** `/beheer/samenwerkingsverbanden` (admins): every cooperation, a new one, and one at a time to manage. */
export function CooperationsAdminPage() {
  const { t } = useTranslation();
  const { createCooperation } = useCooperationAdmin();
  const { data, error, refetch } = useQuery(CooperationsAdminQuery);
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
      groups={data?.cooperations}
      error={error}
      onRetry={() => void refetch()}
      create={createCooperation}
      renderPanel={(cooperation) => <CooperationPanel key={cooperation.id} cooperation={cooperation} />}
    />
  );
}
