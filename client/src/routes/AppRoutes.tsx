import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Layout } from '../components/Layout';
import { PageTranslations } from '../components/PageTranslations';
import { SignedInOnly } from '../components/SignedInOnly';

/*
 * Every page is its own chunk, so a visitor downloads only what the page in front of them needs:
 * TipTap, ProseMirror and Yjs come with the co-editing pages (roadmaps, knowledge pages, a
 * standard's description), d3 with /adoptie, and none of them with /login or /standaarden.
 */
const ApiTokensPage = lazy(() =>
  import('./account/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })),
);
const AdoptionPage = lazy(() => import('./adoptie/AdoptionPage').then((m) => ({ default: m.AdoptionPage })));
const MunicipalityPage = lazy(() =>
  import('./gemeenten/MunicipalityPage').then((m) => ({ default: m.MunicipalityPage })),
);
const HomePage = lazy(() => import('./HomePage').then((m) => ({ default: m.HomePage })));
const KnowledgeArticlePage = lazy(() =>
  import('./kennis/KnowledgeArticlePage').then((m) => ({ default: m.KnowledgeArticlePage })),
);
const KnowledgePage = lazy(() =>
  import('./kennis/KnowledgePage').then((m) => ({ default: m.KnowledgePage })),
);
const LoginPage = lazy(() => import('./login/LoginPage').then((m) => ({ default: m.LoginPage })));
const NotFoundPage = lazy(() => import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
const QuickWinPage = lazy(() =>
  import('./quick-wins/QuickWinPage').then((m) => ({ default: m.QuickWinPage })),
);
const QuickWinsPage = lazy(() =>
  import('./quick-wins/QuickWinsPage').then((m) => ({ default: m.QuickWinsPage })),
);
const ProgrammePage = lazy(() =>
  import('./programmas/ProgrammePage').then((m) => ({ default: m.ProgrammePage })),
);
const ProgrammesPage = lazy(() =>
  import('./programmas/ProgrammesPage').then((m) => ({ default: m.ProgrammesPage })),
);
const ImportPage = lazy(() => import('./adoptie/ImportPage').then((m) => ({ default: m.ImportPage })));
const RoadmapPage = lazy(() => import('./roadmaps/RoadmapPage').then((m) => ({ default: m.RoadmapPage })));
const RoadmapsPage = lazy(() => import('./roadmaps/RoadmapsPage').then((m) => ({ default: m.RoadmapsPage })));
const StandardPage = lazy(() =>
  import('./standaarden/StandardPage').then((m) => ({ default: m.StandardPage })),
);
const StandardsPage = lazy(() =>
  import('./standaarden/StandardsPage').then((m) => ({ default: m.StandardsPage })),
);
const PublicIndexPage = lazy(() =>
  import('./openbaar/PublicIndexPage').then((m) => ({ default: m.PublicIndexPage })),
);
const PublicKnowledgePage = lazy(() =>
  import('./openbaar/PublicKnowledgePage').then((m) => ({ default: m.PublicKnowledgePage })),
);
const PublicQuickWinPage = lazy(() =>
  import('./openbaar/PublicQuickWinPage').then((m) => ({ default: m.PublicQuickWinPage })),
);
const PublicRoadmapPage = lazy(() =>
  import('./openbaar/PublicRoadmapPage').then((m) => ({ default: m.PublicRoadmapPage })),
);
const RoadmapPrintPage = lazy(() =>
  import('./roadmaps/RoadmapPrintPage').then((m) => ({ default: m.RoadmapPrintPage })),
);
const SearchPage = lazy(() => import('./zoeken/SearchPage').then((m) => ({ default: m.SearchPage })));
const AdminRoutes = lazy(() => import('./beheer/AdminRoutes').then((m) => ({ default: m.AdminRoutes })));
const CooperationPage = lazy(() =>
  import('./samenwerkingsverbanden/CooperationPage').then((m) => ({ default: m.CooperationPage })),
);
const AccountPage = lazy(() => import('./account/AccountPage').then((m) => ({ default: m.AccountPage })));
const ForgotPasswordPage = lazy(() =>
  import('./account/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const SetPasswordPage = lazy(() =>
  import('./account/SetPasswordPage').then((m) => ({ default: m.SetPasswordPage })),
);

/** The URL contract of the web app (tests and links from outside rely on these paths). */
export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<Layout />}>
        {/* The entry pages need only the translations bundled with the shell. */}
        <Route path="login" element={<LoginPage />} />
        <Route path="standaarden" element={<StandardsPage />} />
        <Route element={<PageTranslations />}>
          <Route index element={<HomePage />} />
          <Route path="standaarden/:slug" element={<StandardPage />} />
          <Route path="gemeenten/:code" element={<MunicipalityPage />} />
          <Route path="adoptie" element={<AdoptionPage />} />
          <Route
            path="adoptie/import"
            element={
              <SignedInOnly title={t('import.title')}>
                <ImportPage />
              </SignedInOnly>
            }
          />
          <Route path="programmas" element={<ProgrammesPage />} />
          <Route path="programmas/:slug" element={<ProgrammePage />} />
          <Route path="zoeken" element={<SearchPage />} />
          <Route path="openbaar" element={<PublicIndexPage />} />
          <Route path="openbaar/roadmaps/:slug" element={<PublicRoadmapPage />} />
          <Route path="openbaar/quick-wins/:slug" element={<PublicQuickWinPage />} />
          <Route path="openbaar/kennis/:slug" element={<PublicKnowledgePage />} />
          <Route
            path="roadmaps"
            element={
              <SignedInOnly title={t('roadmaps.title')}>
                <RoadmapsPage />
              </SignedInOnly>
            }
          />
          <Route
            path="roadmaps/:id"
            element={
              <SignedInOnly title={t('roadmap.title')}>
                <RoadmapPage />
              </SignedInOnly>
            }
          />
          <Route
            path="roadmaps/:id/afdrukken"
            element={
              <SignedInOnly title={t('export.title')}>
                <RoadmapPrintPage />
              </SignedInOnly>
            }
          />
          <Route
            path="quick-wins"
            element={
              <SignedInOnly title={t('quickWins.title')}>
                <QuickWinsPage />
              </SignedInOnly>
            }
          />
          <Route
            path="quick-wins/:id"
            element={
              <SignedInOnly title={t('quickWin.title')}>
                <QuickWinPage />
              </SignedInOnly>
            }
          />
          <Route
            path="kennis"
            element={
              <SignedInOnly title={t('knowledge.title')}>
                <KnowledgePage />
              </SignedInOnly>
            }
          />
          <Route
            path="kennis/:id"
            element={
              <SignedInOnly title={t('knowledgePage.title')}>
                <KnowledgeArticlePage />
              </SignedInOnly>
            }
          />
          <Route
            path="account/tokens"
            element={
              <SignedInOnly title={t('apiTokens.title')}>
                <ApiTokensPage />
              </SignedInOnly>
            }
          />
          <Route
            path="samenwerkingsverbanden/:id"
            element={
              <SignedInOnly title={t('cooperation.title')}>
                <CooperationPage />
              </SignedInOnly>
            }
          />
          <Route path="wachtwoord-instellen" element={<SetPasswordPage />} />
          <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
          <Route
            path="account"
            element={
              <SignedInOnly title={t('account.title')}>
                <AccountPage />
              </SignedInOnly>
            }
          />
          <Route
            path="beheer/*"
            element={
              <SignedInOnly title={t('admin.title')}>
                <AdminRoutes />
              </SignedInOnly>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
