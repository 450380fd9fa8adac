import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GroupsAdmin } from '../../features/admin/GroupsAdmin';
import { TaskforcePanel } from '../../features/taskforces/TaskforcePanel';
import { useTaskforceAdmin } from '../../features/taskforces/useTaskforceAdmin';
import { graphql } from '../../gql';

const TaskforcesAdminQuery = graphql(`
  query TaskforcesAdminQuery {
    taskforces {
      ...TaskforceAdminFields
    }
  }
`);

/** `/beheer/taskforces` (admins): every taskforce, a new one, and one at a time to manage. */
export function TaskforcesAdminPage() {
  const { t } = useTranslation();
  const { createTaskforce } = useTaskforceAdmin();
  const { data, error, refetch } = useQuery(TaskforcesAdminQuery);
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
      groups={data?.taskforces}
      error={error}
      onRetry={() => void refetch()}
      create={(name) => createTaskforce({ name })}
      renderPanel={(taskforce) => <TaskforcePanel key={taskforce.id} taskforce={taskforce} />}
    />
  );
}
