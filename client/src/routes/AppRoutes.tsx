import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Layout } from '../components/Layout';
import { SignedInOnly } from '../components/SignedInOnly';
import { ApiTokensPage } from './account/ApiTokensPage';
import { AdoptionPage } from './adoptie/AdoptionPage';
import { MunicipalityPage } from './gemeenten/MunicipalityPage';
import { HomePage } from './HomePage';
import { KnowledgeArticlePage } from './kennis/KnowledgeArticlePage';
import { KnowledgePage } from './kennis/KnowledgePage';
import { LoginPage } from './login/LoginPage';
import { NotFoundPage } from './NotFoundPage';
import { QuickWinPage } from './quick-wins/QuickWinPage';
import { QuickWinsPage } from './quick-wins/QuickWinsPage';
import { RoadmapPage } from './roadmaps/RoadmapPage';
import { RoadmapsPage } from './roadmaps/RoadmapsPage';
import { StandardPage } from './standaarden/StandardPage';
import { StandardsPage } from './standaarden/StandardsPage';
import { SearchPage } from './zoeken/SearchPage';

/** The URL contract of the web app (tests and links from outside rely on these paths). */
export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="standaarden" element={<StandardsPage />} />
        <Route path="standaarden/:slug" element={<StandardPage />} />
        <Route path="gemeenten/:code" element={<MunicipalityPage />} />
        <Route path="adoptie" element={<AdoptionPage />} />
        <Route path="zoeken" element={<SearchPage />} />
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
