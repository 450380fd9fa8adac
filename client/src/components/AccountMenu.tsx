import { SubtleButton } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../features/auth/useLogout';
import { useViewer } from '../features/auth/AuthContext';

/** "Inloggen" when signed out; the person's name and "Uitloggen" when signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { logout, loading } = useLogout();
  const navigate = useNavigate();

  if (!viewer) {
    return (
      <Link to="/login" className="utrecht-link koers-account">
        {t('nav.login')}
      </Link>
    );
  }
  return (
    <div className="koers-account">
      <Link to="/account" className="utrecht-link">
        {t('nav.signedInAs', { name: viewer.name })}
      </Link>
      {viewer.roles.some((role) => role === 'ADMIN' || role === 'MUNICIPALITY_EDITOR') && (
        <>
          <Link to="/account/tokens" className="utrecht-link">
            {t('nav.apiTokens')}
          </Link>
          <Link to="/account/webhooks" className="utrecht-link">
            {t('nav.webhooks')}
          </Link>
        </>
      )}
      <SubtleButton type="button" busy={loading} onClick={() => void logout().then(() => navigate('/login'))}>
        {t('nav.logout')}
      </SubtleButton>
    </div>
  );
}
