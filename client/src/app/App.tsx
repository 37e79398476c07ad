import { BrowserRouter, type RouteObject, useRoutes } from "react-router-dom";
import { LandingPage } from "../features/shell/LandingPage";
import { Layout } from "../features/shell/Layout";
import { NotFoundPage } from "../features/shell/NotFoundPage";
import { type LazyPage, lazyPage } from "./lazyPage";
import { preloadPath, usePreloadOnIntent } from "./preload";
import { UrqlProvider } from "./urql";

// Every page but the landing page loads on demand, so that a first visit fetches only the code
// of what it shows; a link's page starts loading when a pointer or focus reaches the link.
const SignInPage = lazyPage(
  () => import("../features/accounts/SignInPage"),
  (m) => m.SignInPage,
);
const RegisterPage = lazyPage(
  () => import("../features/accounts/RegisterPage"),
  (m) => m.RegisterPage,
);
const AccountPage = lazyPage(
  () => import("../features/accounts/AccountPage"),
  (m) => m.AccountPage,
);
const ForgotPasswordPage = lazyPage(
  () => import("../features/accounts/ForgotPasswordPage"),
  (m) => m.ForgotPasswordPage,
);
const ResetPasswordPage = lazyPage(
  () => import("../features/accounts/ResetPasswordPage"),
  (m) => m.ResetPasswordPage,
);
const ConfirmEmailPage = lazyPage(
  () => import("../features/accounts/ConfirmEmailPage"),
  (m) => m.ConfirmEmailPage,
);
const WelcomePage = lazyPage(
  () => import("../features/accounts/WelcomePage"),
  (m) => m.WelcomePage,
);
const AccountDeletedPage = lazyPage(
  () => import("../features/accounts/WelcomePage"),
  (m) => m.AccountDeletedPage,
);
const PeoplePage = lazyPage(
  () => import("../features/accounts/PeoplePage"),
  (m) => m.PeoplePage,
);
const UnsubscribePage = lazyPage(
  () => import("../features/notifications/UnsubscribePage"),
  (m) => m.UnsubscribePage,
);
const IdeaEditorPage = lazyPage(
  () => import("../features/ideas/IdeaEditorPage"),
  (m) => m.IdeaEditorPage,
);
const IdeaPage = lazyPage(
  () => import("../features/ideas/IdeaPage"),
  (m) => m.IdeaPage,
);
const IdeaRedirectPage = lazyPage(
  () => import("../features/ideas/IdeaRedirectPage"),
  (m) => m.IdeaRedirectPage,
);
const IdeasPage = lazyPage(
  () => import("../features/ideas/IdeasPage"),
  (m) => m.IdeasPage,
);
const MyIdeasPage = lazyPage(
  () => import("../features/ideas/MyIdeasPage"),
  (m) => m.MyIdeasPage,
);
const NotificationsPage = lazyPage(
  () => import("../features/notifications/NotificationsPage"),
  (m) => m.NotificationsPage,
);
const OutboxPage = lazyPage(
  () => import("../features/notifications/OutboxPage"),
  (m) => m.OutboxPage,
);
const IntakePage = lazyPage(
  () => import("../features/guidance/IntakePage"),
  (m) => m.IntakePage,
);
const CaseloadPage = lazyPage(
  () => import("../features/guidance/CaseloadPage"),
  (m) => m.CaseloadPage,
);
const SupportActorsPage = lazyPage(
  () => import("../features/support/SupportActorsPage"),
  (m) => m.SupportActorsPage,
);
const MyNextStepsPage = lazyPage(
  () => import("../features/guidance/MyNextStepsPage"),
  (m) => m.MyNextStepsPage,
);
const ModerationPage = lazyPage(
  () => import("../features/discussion/ModerationPage"),
  (m) => m.ModerationPage,
);
const PrivacyPage = lazyPage(
  () => import("../features/statements/PrivacyPage"),
  (m) => m.PrivacyPage,
);
const CookiesPage = lazyPage(
  () => import("../features/statements/CookiesPage"),
  (m) => m.CookiesPage,
);
const AccessibilityPage = lazyPage(
  () => import("../features/statements/AccessibilityPage"),
  (m) => m.AccessibilityPage,
);
const ReferralConfirmPage = lazyPage(
  () => import("../features/support/ReferralConfirmPage"),
  (m) => m.ReferralConfirmPage,
);
const DispatchConfirmPage = lazyPage(
  () => import("../features/dispatch/DispatchConfirmPage"),
  (m) => m.DispatchConfirmPage,
);
const WheelPage = lazyPage(
  () => import("../features/wheel/WheelPage"),
  (m) => m.WheelPage,
);
const FundingPage = lazyPage(
  () => import("../features/funding/FundingPage"),
  (m) => m.FundingPage,
);
const DispatchPage = lazyPage(
  () => import("../features/dispatch/DispatchPage"),
  (m) => m.DispatchPage,
);
const PilotRegisterPage = lazyPage(
  () => import("../features/research/PilotRegisterPage"),
  (m) => m.PilotRegisterPage,
);
const LearningLibraryPage = lazyPage(
  () => import("../features/learning/LearningLibraryPage"),
  (m) => m.LearningLibraryPage,
);
const MunicipalitiesPage = lazyPage(
  () => import("../features/places/MunicipalitiesPage"),
  (m) => m.MunicipalitiesPage,
);
const MunicipalityPage = lazyPage(
  () => import("../features/places/MunicipalityPage"),
  (m) => m.MunicipalityPage,
);
const OpenDataPage = lazyPage(
  () => import("../features/places/OpenDataPage"),
  (m) => m.OpenDataPage,
);
const ArenaHomePage = lazyPage(
  () => import("../features/shell/ArenaHomePage"),
  (m) => m.ArenaHomePage,
);
const StructurePage = lazyPage(
  () => import("../features/structure/StructurePage"),
  (m) => m.StructurePage,
);
const StrategyPage = lazyPage(
  () => import("../features/strategy/StrategyPage"),
  (m) => m.StrategyPage,
);
const FrameworksPage = lazyPage(
  () => import("../features/strategy/FrameworksPage"),
  (m) => m.FrameworksPage,
);
const IndicatorsPage = lazyPage(
  () => import("../features/indicators/IndicatorsPage"),
  (m) => m.IndicatorsPage,
);
const IndicatorPage = lazyPage(
  () => import("../features/indicators/IndicatorPage"),
  (m) => m.IndicatorPage,
);
const IndicatorImportPage = lazyPage(
  () => import("../features/indicators/ImportPage"),
  (m) => m.ImportPage,
);

const MattersBoardPage = lazyPage(
  () => import("../features/matters/MattersBoardPage"),
  (m) => m.MattersBoardPage,
);
const PlanPage = lazyPage(
  () => import("../features/plans/PlanPage"),
  (m) => m.PlanPage,
);
const PlanActivityPage = lazyPage(
  () => import("../features/plans/ActivityPage"),
  (m) => m.ActivityPage,
);
const PlanReportPage = lazyPage(
  () => import("../features/plans/ReportPage"),
  (m) => m.ReportPage,
);
const MatterPage = lazyPage(
  () => import("../features/matters/MatterPage"),
  (m) => m.MatterPage,
);
const BodyPage = lazyPage(
  () => import("../features/bodies/BodyPage"),
  (m) => m.BodyPage,
);
const MeetingPage = lazyPage(
  () => import("../features/bodies/MeetingPage"),
  (m) => m.MeetingPage,
);
const InsightPage = lazyPage(
  () => import("../features/insight/InsightPage"),
  (m) => m.InsightPage,
);
const MemberHomePage = lazyPage(
  () => import("../features/bodies/MemberHomePage"),
  (m) => m.MemberHomePage,
);

/** A route showing a lazy page; the page rides along as the route's handle, for preloading. */
const page = (p: LazyPage): Pick<RouteObject, "element" | "handle"> => ({ element: <p.Page />, handle: p });

const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <LandingPage /> },
      { path: "sign-in", ...page(SignInPage) },
      { path: "register", ...page(RegisterPage) },
      { path: "account", ...page(AccountPage) },
      { path: "forgot-password", ...page(ForgotPasswordPage) },
      { path: "reset-password/:token", ...page(ResetPasswordPage) },
      { path: "confirm-email/:token", ...page(ConfirmEmailPage) },
      { path: "welcome", ...page(WelcomePage) },
      { path: "account-deleted", ...page(AccountDeletedPage) },
      { path: "unsubscribe/:token", ...page(UnsubscribePage) },
      { path: "my/ideas", ...page(MyIdeasPage) },
      { path: "notifications", ...page(NotificationsPage) },
      { path: "admin/outbox", ...page(OutboxPage) },
      { path: "admin/people", ...page(PeoplePage) },
      { path: "my/guidance", ...page(CaseloadPage) },
      { path: "my/next-steps", ...page(MyNextStepsPage) },
      { path: "referral/:token", ...page(ReferralConfirmPage) },
      { path: "dispatch/:token", ...page(DispatchConfirmPage) },
      { path: "privacy", ...page(PrivacyPage) },
      { path: "cookies", ...page(CookiesPage) },
      { path: "accessibility", ...page(AccessibilityPage) },
      { path: "open-data", ...page(OpenDataPage) },
      { path: "ideas/:id", ...page(IdeaRedirectPage) },
      {
        path: "a/:slug",
        children: [
          { index: true, ...page(ArenaHomePage) },
          { path: "structure", ...page(StructurePage) },
          { path: "strategy", ...page(StrategyPage) },
          { path: "frameworks", ...page(FrameworksPage) },
          { path: "indicators", ...page(IndicatorsPage) },
          { path: "indicators/:key", ...page(IndicatorPage) },
          { path: "indicators/:key/import", ...page(IndicatorImportPage) },
          { path: "intake", ...page(IntakePage) },
          { path: "support", ...page(SupportActorsPage) },
          { path: "moderation", ...page(ModerationPage) },
          { path: "pilots", ...page(PilotRegisterPage) },
          { path: "learnings", ...page(LearningLibraryPage) },
          { path: "m", ...page(MunicipalitiesPage) },
          { path: "m/:municipality", ...page(MunicipalityPage) },
          { path: "insight", ...page(InsightPage) },
          { path: "matters", ...page(MattersBoardPage) },
          { path: "matters/:number", ...page(MatterPage) },
          { path: "plans/:year", ...page(PlanPage) },
          { path: "plans/:year/activities/:id", ...page(PlanActivityPage) },
          { path: "plans/:year/report/:goal", ...page(PlanReportPage) },
          { path: "bodies/:key", ...page(BodyPage) },
          { path: "meetings/:id", ...page(MeetingPage) },
          { path: "my/bodies", ...page(MemberHomePage) },
          { path: "matters/:number/dispatch", ...page(DispatchPage) },
          { path: "arshjul", ...page(WheelPage) },
          { path: "funding/:year", ...page(FundingPage) },
          { path: "ideas", ...page(IdeasPage) },
          // One element for both, so that a new idea's first save keeps the form as it is.
          { path: "ideas/new", ...page(IdeaEditorPage) },
          { path: "ideas/:id/edit", ...page(IdeaEditorPage) },
          { path: "ideas/:id", ...page(IdeaPage) },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

// The first page's code starts loading now, alongside the rest of the app's start, not after the first render.
preloadPath(routes, window.location.pathname);

function AppRoutes() {
  usePreloadOnIntent(routes);
  return useRoutes(routes);
}

export function App() {
  return (
    <UrqlProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </UrqlProvider>
  );
}
