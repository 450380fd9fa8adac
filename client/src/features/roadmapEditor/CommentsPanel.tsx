import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useViewer } from '../auth/AuthContext';
import { useFormatters } from '../../i18n/format';
import { CommentForm } from './CommentForm';
import { useRoadmapComments, type RoadmapComment } from './useRoadmapComments';

/** Props of {@link CommentsPanel}. */
export interface CommentsPanelProps {
  roadmapId: string;
  itemId: string;
  /** Editors may resolve any thread; everyone else only their own. */
  canEdit: boolean;
}

/**
 * The discussion on one item: threads with their replies, a reply form per thread, resolving,
 * and a form for a new thread. Read-only users take part too. Others' comments and resolutions
 * appear as they happen; a new comment or reply by someone else is announced politely.
 */
export function CommentsPanel({ roadmapId, itemId, canEdit }: CommentsPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const [announcement, setAnnouncement] = useState('');
  const { comments, loading, error, busy, addComment, resolveComment } = useRoadmapComments(
    roadmapId,
    itemId,
    {
      onArrival: (comment) =>
        setAnnouncement(
          t(comment.parentId ? 'roadmapEditor.comments.replyArrived' : 'roadmapEditor.comments.arrived', {
            author: authorOf(comment),
          }),
        ),
    },
  );
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const threads = comments.filter((comment) => !comment.parentId);

  function authorOf(comment: RoadmapComment): string {
    return comment.author
      ? [comment.author.name, comment.author.municipality?.name].filter(Boolean).join(', ')
      : t('roadmapEditor.comments.unknownAuthor');
  }

  function renderComment(comment: RoadmapComment, reply: boolean) {
    const author = authorOf(comment);
    const classes = [
      'koers-comment',
      reply && 'koers-comment--reply',
      comment.resolvedAt && 'koers-comment--resolved',
    ];
    return (
      <article
        className={classes.filter(Boolean).join(' ')}
        aria-label={t('roadmapEditor.comments.by', { author })}
      >
        <p className="utrecht-paragraph koers-note">
          <strong>{author}</strong> ·{' '}
          <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
          {comment.resolvedAt && ` · ✓ ${t('roadmapEditor.comments.resolved')}`}
        </p>
        <p className="utrecht-paragraph koers-comment__body">{comment.body}</p>
      </article>
    );
  }

  return (
    <section className="koers-comments" aria-labelledby={`comments-${itemId}`}>
      <h3 id={`comments-${itemId}`} className="utrecht-heading-3">
        {t('roadmapEditor.comments.title')}
      </h3>
      {error && <ErrorMessage error={error} />}
      {loading && <Loading />}
      {!loading && threads.length === 0 && (
        <p className="utrecht-paragraph">{t('roadmapEditor.comments.empty')}</p>
      )}
      <ul className="koers-panel-list">
        {threads.map((thread) => (
          <li key={thread.id}>
            {renderComment(thread, false)}
            <ul className="koers-panel-list">
              {comments
                .filter((comment) => comment.parentId === thread.id)
                .map((reply) => (
                  <li key={reply.id}>{renderComment(reply, true)}</li>
                ))}
            </ul>
            <div className="koers-form__actions">
              <Button
                type="button"
                appearance="subtle-button"
                aria-expanded={replyTo === thread.id}
                onClick={() => setReplyTo(replyTo === thread.id ? null : thread.id)}
              >
                {t('roadmapEditor.comments.reply')}
              </Button>
              {!thread.resolvedAt && (canEdit || thread.author?.id === viewer?.id) && (
                <Button
                  type="button"
                  appearance="subtle-button"
                  disabled={busy}
                  onClick={() => void resolveComment(thread.id).catch(() => undefined)}
                >
                  {t('roadmapEditor.comments.resolve')}
                </Button>
              )}
            </div>
            {replyTo === thread.id && (
              <CommentForm
                label={t('roadmapEditor.comments.replyLabel')}
                submitLabel={t('roadmapEditor.comments.replySubmit')}
                busy={busy}
                onSubmit={async (body) => {
                  await addComment(body, thread.id);
                  setReplyTo(null);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <CommentForm
        label={t('roadmapEditor.comments.newLabel')}
        submitLabel={t('roadmapEditor.comments.newSubmit')}
        busy={busy}
        onSubmit={(body) => addComment(body, null)}
      />
      <p className="koers-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
