import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { documentName, RichTextField } from '../../../../common/collab';
import { graphql } from '../../gql';
import type { StandardDescription_StandardFragment } from '../../gql/graphql';
import { useViewer } from '../auth/AuthContext';
import { CoEditedText } from '../collab/CoEditedText';

/** What {@link StandardDescription} needs of a standard. */
export const StandardDescription_standard = graphql(`
  fragment StandardDescription_standard on Standard {
    id
    viewerCanEdit
  }
`);

/**
 * The long description of a standard, co-edited live as `standard:<id>` (admins write, everyone
 * signed in reads). The co-editing server admits signed-in people only, so visitors get a hint.
 */
export function StandardDescription({ standard }: { standard: StandardDescription_StandardFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  return (
    <section aria-labelledby="description-heading">
      <h2 id="description-heading" className="utrecht-heading-2">
        {t('standard.description')}
      </h2>
      {viewer ? (
        <CoEditedText
          docName={documentName('standard', standard.id)}
          field={RichTextField.standard}
          label={t('standard.descriptionLabel')}
          canEdit={standard.viewerCanEdit}
        />
      ) : (
        <p className="utrecht-paragraph">
          {t('standard.descriptionSignIn')}{' '}
          <Link className="utrecht-link" to="/login" state={{ from: location.pathname }}>
            {t('nav.login')}
          </Link>
        </p>
      )}
    </section>
  );
}
