import { Route, Routes } from 'react-router';
import { Layout } from '../components/Layout';
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

/** The URL contract of the web app (tests and links from outside rely on these paths). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="standaarden" element={<StandardsPage />} />
        <Route path="standaarden/:slug" element={<StandardPage />} />
        <Route path="gemeenten/:code" element={<MunicipalityPage />} />
        <Route path="adoptie" element={<AdoptionPage />} />
        <Route path="roadmaps" element={<RoadmapsPage />} />
        <Route path="roadmaps/:id" element={<RoadmapPage />} />
        <Route path="quick-wins" element={<QuickWinsPage />} />
        <Route path="quick-wins/:id" element={<QuickWinPage />} />
        <Route path="kennis" element={<KnowledgePage />} />
        <Route path="kennis/:id" element={<KnowledgeArticlePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
