import { lazy } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { AccountPage } from "../features/accounts/AccountPage";
import { RegisterPage } from "../features/accounts/RegisterPage";
import { SignInPage } from "../features/accounts/SignInPage";
import { IdeaRedirectPage } from "../features/ideas/IdeaRedirectPage";
import { IdeasPage } from "../features/ideas/IdeasPage";
import { ArenaHomePage } from "../features/shell/ArenaHomePage";
import { LandingPage } from "../features/shell/LandingPage";
import { Layout } from "../features/shell/Layout";
import { NotFoundPage } from "../features/shell/NotFoundPage";
import { FrameworksPage } from "../features/strategy/FrameworksPage";
import { StrategyPage } from "../features/strategy/StrategyPage";
import { StructurePage } from "../features/structure/StructurePage";
import { UrqlProvider } from "./urql";

// Pages for signed-in work and single ideas load on demand, so that the first visit stays light.
const IdeaEditorPage = lazy(() => import("../features/ideas/IdeaEditorPage").then((m) => ({ default: m.IdeaEditorPage })));
const IdeaPage = lazy(() => import("../features/ideas/IdeaPage").then((m) => ({ default: m.IdeaPage })));
const MyIdeasPage = lazy(() => import("../features/ideas/MyIdeasPage").then((m) => ({ default: m.MyIdeasPage })));
const NotificationsPage = lazy(() => import("../features/notifications/NotificationsPage").then((m) => ({ default: m.NotificationsPage })));
const IntakePage = lazy(() => import("../features/guidance/IntakePage").then((m) => ({ default: m.IntakePage })));
const CaseloadPage = lazy(() => import("../features/guidance/CaseloadPage").then((m) => ({ default: m.CaseloadPage })));
const SupportActorsPage = lazy(() => import("../features/support/SupportActorsPage").then((m) => ({ default: m.SupportActorsPage })));
const ReferralConfirmPage = lazy(() => import("../features/support/ReferralConfirmPage").then((m) => ({ default: m.ReferralConfirmPage })));
const PilotRegisterPage = lazy(() => import("../features/research/PilotRegisterPage").then((m) => ({ default: m.PilotRegisterPage })));
const LearningLibraryPage = lazy(() =>
  import("../features/learning/LearningLibraryPage").then((m) => ({ default: m.LearningLibraryPage })),
);
const OutboxPage = lazy(() => import("../features/notifications/OutboxPage").then((m) => ({ default: m.OutboxPage })));

export function App() {
  return (
    <UrqlProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<LandingPage />} />
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="register" element={<RegisterPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="my/ideas" element={<MyIdeasPage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="admin/outbox" element={<OutboxPage />} />
            <Route path="my/guidance" element={<CaseloadPage />} />
            <Route path="referral/:token" element={<ReferralConfirmPage />} />
            <Route path="ideas/:id" element={<IdeaRedirectPage />} />
            <Route path="a/:slug">
              <Route index element={<ArenaHomePage />} />
              <Route path="structure" element={<StructurePage />} />
              <Route path="strategy" element={<StrategyPage />} />
              <Route path="frameworks" element={<FrameworksPage />} />
              <Route path="intake" element={<IntakePage />} />
              <Route path="support" element={<SupportActorsPage />} />
              <Route path="pilots" element={<PilotRegisterPage />} />
              <Route path="learnings" element={<LearningLibraryPage />} />
              <Route path="ideas" element={<IdeasPage />} />
              {/* One element for both, so that a new idea's first save keeps the form as it is. */}
              <Route path="ideas/new" element={<IdeaEditorPage />} />
              <Route path="ideas/:id/edit" element={<IdeaEditorPage />} />
              <Route path="ideas/:id" element={<IdeaPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </UrqlProvider>
  );
}
