import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateTaskforceInput, UpdateTaskforceInput } from '../../gql/graphql';

export const TaskforceAdminFields = graphql(`
  fragment TaskforceAdminFields on Taskforce {
    id
    name
    description
    members {
      id
      name
    }
  }
`);

const CreateTaskforceMutation = graphql(`
  mutation CreateTaskforceMutation($input: CreateTaskforceInput!) {
    createTaskforce(input: $input) {
      ...TaskforceAdminFields
    }
  }
`);

const UpdateTaskforceMutation = graphql(`
  mutation UpdateTaskforceMutation($input: UpdateTaskforceInput!) {
    updateTaskforce(input: $input) {
      ...TaskforceAdminFields
    }
  }
`);

const AddMemberMutation = graphql(`
  mutation AddTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {
    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      ...TaskforceAdminFields
    }
  }
`);

const RemoveMemberMutation = graphql(`
  mutation RemoveTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {
    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      ...TaskforceAdminFields
    }
  }
`);

/** The admin's commands on taskforces; members update in the cache by the taskforce's id. */
export function useTaskforceAdmin() {
  const [create] = useMutation(CreateTaskforceMutation, {
    update: (cache) => {
      cache.evict({ fieldName: 'taskforces' });
      cache.evict({ fieldName: 'taskforcePage' });
    },
  });
  const [update] = useMutation(UpdateTaskforceMutation);
  const [add] = useMutation(AddMemberMutation);
  const [remove] = useMutation(RemoveMemberMutation);
  return {
    createTaskforce: async (input: CreateTaskforceInput) =>
      (await create({ variables: { input } })).data?.createTaskforce,
    updateTaskforce: (input: UpdateTaskforceInput) => update({ variables: { input } }),
    addMember: (taskforceId: string, userId: string) => add({ variables: { taskforceId, userId } }),
    removeMember: (taskforceId: string, userId: string) => remove({ variables: { taskforceId, userId } }),
  };
}
