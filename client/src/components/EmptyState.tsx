import type { ReactNode } from 'react';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** Why there is nothing to show, in words. */
  message: string;
  /** An optional next step, such as a link or a button. */
  children?: ReactNode;
}

/** Says plainly that a list or page has nothing to show yet, instead of leaving a blank area. */
export function EmptyState({ message, children }: EmptyStateProps) {
  return (
    <div className="koers-empty-state">
      <p className="utrecht-paragraph">{message}</p>
      {children}
    </div>
  );
}
