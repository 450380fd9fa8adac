import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../../components/SearchPicker';
import { graphql } from '../../gql';

const UserCandidates = graphql(`
  query UserCandidates($search: String!) {
    users(search: $search, first: 8) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

/** Props of {@link UserPicker}. */
export interface UserPickerProps {
  id: string;
  label: string;
  /** People not to offer (e.g. members already). */
  exclude: readonly string[];
  onPick: (user: { id: string; name: string }) => void;
  disabled?: boolean;
}

/** Finds a person by part of their name or e-mail address (admins) and picks one. */
export function UserPicker({ id, label, exclude, onPick, disabled }: UserPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const text = search.trim();
  const { data } = useQuery(UserCandidates, { variables: { search: text }, skip: text.length < 2 });
  const candidates = (text.length < 2 ? [] : (data?.users.nodes ?? [])).filter(
    (u) => !exclude.includes(u.id),
  );
  return (
    <SearchPicker
      id={id}
      label={label}
      search={search}
      onSearch={setSearch}
      candidates={candidates}
      candidatesLabel={t('taskforceAdmin.candidates')}
      renderCandidate={(user) => t('taskforceAdmin.addPerson', { name: user.name, email: user.email ?? '' })}
      onPick={(user) => {
        onPick(user);
        setSearch('');
      }}
      disabled={disabled}
    />
  );
}
