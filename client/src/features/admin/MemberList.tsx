import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmRemove } from '../roadmapEditor/ConfirmRemove';

/** Runs one membership change and announces `message` when it succeeds (or shows the error). */
export type MemberAction = (work: () => Promise<unknown>, message: string) => void;

/** Props of {@link MemberList}. */
export interface MemberListProps {
  heading: string;
  /** The group's name, for the removal's confirmation. */
  groupName: string;
  members: readonly { id: string; name: string }[];
  remove: (memberId: string) => Promise<unknown>;
  /** The picker that adds a member, given the action that runs and announces the addition. */
  renderAdd: (act: MemberAction) => ReactNode;
}

/**
 * The members of a taskforce or cooperation: each with a removal that asks for confirmation first,
 * a picker to add one, the error of a failed change and a status line that announces what changed.
 */
export function MemberList({ heading, groupName, members, remove, renderAdd }: MemberListProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>();

  const act: MemberAction = (work, message) => {
    setFailure(undefined);
    setStatus('');
    work().then(
      () => setStatus(message),
      (error: unknown) => setFailure(error),
    );
  };

  return (
    <>
      <h3 className="utrecht-heading-3">{heading}</h3>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <ul className="utrecht-unordered-list">
        {members.map((member) => (
          <li key={member.id} className="utrecht-unordered-list__item">
            {member.name}
            <ConfirmRemove
              label={t('taskforceAdmin.remove', { name: member.name })}
              confirmLabel={t('taskforceAdmin.removeConfirm', { name: member.name, taskforce: groupName })}
              onRemove={() =>
                act(() => remove(member.id), t('taskforceAdmin.removed', { name: member.name }))
              }
            />
          </li>
        ))}
      </ul>
      {renderAdd(act)}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </>
  );
}
