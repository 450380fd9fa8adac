import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { Page } from '../../components/Page';
import { useViewer } from '../../features/auth/AuthContext';
import { LoginForm } from '../../features/auth/LoginForm';
import { useLogin } from '../../features/auth/useLogin';

/** `/login`: signs in with e-mail and password, then goes to the home page. */
export function LoginPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { login, loading, error } = useLogin();
  const navigate = useNavigate();

  if (viewer) return <Navigate to="/" replace />;

  return (
    <Page title={t('login.title')}>
      <p className="utrecht-paragraph">{t('login.intro')}</p>
      <LoginForm
        submitting={loading}
        serverError={error}
        onSubmit={(values) => {
          // A failure is already in `error` and shown by the form; nothing more to do with it here.
          login(values).then(
            (user) => user && navigate('/'),
            () => undefined,
          );
        }}
      />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/wachtwoord-vergeten">
          {t('account.forgotLink')}
        </Link>
      </p>
    </Page>
  );
}
