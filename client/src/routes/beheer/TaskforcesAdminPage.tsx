import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLoadMore } from '../../apollo/useLoadMore';
import { GroupsAdmin } from '../../features/admin/GroupsAdmin';
import { LoadMore } from '../../features/admin/LoadMore';
import { TaskforcePanel } from '../../features/taskforces/TaskforcePanel';
import { useTaskforceAdmin } from '../../features/taskforces/useTaskforceAdmin';
import { graphql } from '../../gql';

const TaskforcesAdminQuery = graphql(`
  query TaskforcesAdminQuery($first: Int, $after: String) {
    taskforcePage(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TaskforceAdminFields
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** `/beheer/taskforces` (admins): the taskforces in pages ("Meer laden"), a new one, and one at a time to manage. */
export function TaskforcesAdminPage() {
  const { t } = useTranslation();
  const { createTaskforce } = useTaskforceAdmin();
  const { data, error, refetch, fetchMore } = useQuery(TaskforcesAdminQuery, {
    variables: { first: PAGE_SIZE },
  });
  const page = data?.taskforcePage;
  const more = useLoadMore('taskforcePage', page?.pageInfo.endCursor, fetchMore);
  return (
    <GroupsAdmin
      kind="taskforce"
      title={t('admin.sections.taskforces')}
      labels={{
        new: t('taskforceAdmin.new'),
        create: t('taskforceAdmin.create'),
        memberCount: t('taskforceAdmin.memberCount'),
        created: (name) => t('taskforceAdmin.created', { name }),
      }}
      groups={page?.nodes}
      error={error}
      onRetry={() => void refetch()}
      create={(name) => createTaskforce({ name })}
      more={page && <LoadMore connection={page} busy={more.busy} onLoadMore={() => void more.loadMore()} />}
      renderPanel={(taskforce) => <TaskforcePanel key={taskforce.id} taskforce={taskforce} />}
    />
  );
}
