import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { documentName } from '../../../../common/collab';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { CollabRichText } from '../../features/collab/CollabRichText';
import { ConnectionStatus } from '../../features/collab/ConnectionStatus';
import { PresenceList } from '../../features/collab/PresenceList';
import { useCollabDocument } from '../../features/collab/useCollabDocument';
import { RoadmapEditor } from '../../features/roadmapEditor/RoadmapEditor';
import { RoadmapSettings } from '../../features/roadmaps/RoadmapSettings';
import { PublishPanel } from '../../features/public/PublishPanel';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { RoadmapPageQueryQuery } from '../../gql/graphql';

const RoadmapPageQuery = graphql(`
  query RoadmapPageQuery($id: ID!) {
    roadmap(id: $id) {
      id
      title
      startYear
      endYear
      description
      archivedAt
      viewerCanEdit
      taskforce {
        id
        name
      }
    }
  }
`);

type Roadmap = NonNullable<RoadmapPageQueryQuery['roadmap']>;

/**
 * The live part of the page: the roadmap's Yjs document over `/collab`, its connection and who
 * is here, then the editor. Editing is what the server says (`viewerCanEdit`), switched off at
 * once when the socket reports changed access (4403) until the refetched answer arrives.
 */
function LiveRoadmap({ roadmap, onAccessChanged }: { roadmap: Roadmap; onAccessChanged: () => void }) {
  const { t } = useTranslation();
  const collab = useCollabDocument(documentName('roadmap', roadmap.id), {
    canEdit: roadmap.viewerCanEdit,
    onAccessChanged,
  });
  return (
    <>
      <p className="utrecht-paragraph">
        {roadmap.taskforce?.name} · {roadmap.startYear}–{roadmap.endYear}
      </p>
      <div className="koers-editor__bar">
        <ConnectionStatus collab={collab} />
        <PresenceList awareness={collab.awareness} />
      </div>
      {roadmap.archivedAt && <p className="utrecht-paragraph koers-note">{t('roadmapAdmin.isArchived')}</p>}
      {roadmap.description && <p className="utrecht-paragraph">{roadmap.description}</p>}
      {roadmap.viewerCanEdit && <RoadmapSettings roadmap={roadmap} onChanged={onAccessChanged} />}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/roadmaps/${roadmap.id}/afdrukken`}>
          {t('export.printable')}
        </Link>
      </p>
      {!collab.canEdit && <p className="utrecht-paragraph">{t('roadmapEditor.readOnly')}</p>}
      <RoadmapEditor
        roadmapId={roadmap.id}
        doc={collab.doc}
        awareness={collab.awareness}
        canEdit={collab.canEdit}
        synced={collab.synced}
        period={roadmap}
        vision={
          <CollabRichText
            doc={collab.doc}
            field="vision"
            awareness={collab.awareness}
            editable={collab.canEdit}
            label={t('roadmapEditor.visionLabel')}
          />
        }
      />
      {roadmap.viewerCanEdit && <PublishPanel kind="ROADMAP" subjectId={roadmap.id} />}
    </>
  );
}

/**
 * `/roadmaps/:id`: the roadmap editor. Taskforce members co-edit the vision and the timeline live;
 * everyone else signed in watches live and comments.
 */
export function RoadmapPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RoadmapPageQuery, { variables: { id } });

  if (error && !data) {
    return (
      <Page title={t('roadmap.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('roadmap.title')}>
        <Loading />
      </Page>
    );
  }
  if (!data.roadmap) {
    return (
      <Page title={t('roadmap.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }
  return (
    <Page title={data.roadmap.title}>
      <LiveRoadmap roadmap={data.roadmap} onAccessChanged={() => void refetch()} />
    </Page>
  );
}
