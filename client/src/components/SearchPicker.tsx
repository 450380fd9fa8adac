import { Button } from '@utrecht/button-react';
import type { ReactNode } from 'react';
import { TextField } from './TextField';

/** Props of {@link SearchPicker}; `T` is one candidate the search found. */
export interface SearchPickerProps<T extends { id: string }> {
  /** Id of the search textbox (tests and labels point at it). */
  id: string;
  /** Visible label of the search textbox. */
  label: string;
  search: string;
  onSearch: (search: string) => void;
  candidates: readonly T[];
  /** Accessible name of the candidate list, so it is announced as what it holds. */
  candidatesLabel: string;
  /** The text of a candidate's button. */
  renderCandidate: (candidate: T) => ReactNode;
  onPick: (candidate: T) => void;
  /** Disables the candidate buttons, e.g. while the pick is being saved. */
  disabled?: boolean;
  listClassName?: string;
  autoComplete?: string;
  maxLength?: number;
}

/**
 * A labelled search textbox followed by the candidates it found as a labelled list of buttons;
 * the list is left out while there is nothing to pick, so no empty list is announced.
 */
export function SearchPicker<T extends { id: string }>({
  id,
  label,
  search,
  onSearch,
  candidates,
  candidatesLabel,
  renderCandidate,
  onPick,
  disabled,
  listClassName = 'koers-inline-list',
  autoComplete,
  maxLength,
}: SearchPickerProps<T>) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        type="search"
        autoComplete={autoComplete}
        maxLength={maxLength}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
      />
      {candidates.length > 0 && (
        <ul className={listClassName} aria-label={candidatesLabel}>
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={disabled}
                onClick={() => onPick(candidate)}
              >
                {renderCandidate(candidate)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
