import { BrowserRouter, type RouteObject, renderMatches, useLocation } from "react-router-dom";
import { LandingPage } from "../features/shell/LandingPage";
import { Layout } from "../features/shell/Layout";
import { NotFoundPage } from "../features/shell/NotFoundPage";
import { type LazyPage, lazyPage } from "./lazyPage";
import { preloadPath, usePreloadOnIntent } from "./preload";
import { matchAppRoutes } from "./routeMatch";
import { UrqlProvider } from "./urql";

// Every page but the landing page loads on demand, with the strings of the namespaces it reads,
// so that a first visit fetches only the code of what it shows; a link's page starts loading
// when a pointer or focus reaches the link.
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
  ["notifications", "places"],
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
  ["notifications"],
);
const IdeaEditorPage = lazyPage(
  () => import("../features/ideas/IdeaEditorPage"),
  (m) => m.IdeaEditorPage,
  ["ideas"],
);
const IdeaPage = lazyPage(
  () => import("../features/ideas/IdeaPage"),
  (m) => m.IdeaPage,
  ["ideas", "discussion"],
);
const IdeaRedirectPage = lazyPage(
  () => import("../features/ideas/IdeaRedirectPage"),
  (m) => m.IdeaRedirectPage,
  ["ideas"],
);
const IdeasPage = lazyPage(
  () => import("../features/ideas/IdeasPage"),
  (m) => m.IdeasPage,
  ["ideas"],
);
const MyIdeasPage = lazyPage(
  () => import("../features/ideas/MyIdeasPage"),
  (m) => m.MyIdeasPage,
  ["ideas", "guidance"],
);
const NotificationsPage = lazyPage(
  () => import("../features/notifications/NotificationsPage"),
  (m) => m.NotificationsPage,
  ["notifications", "ideas"],
);
const OutboxPage = lazyPage(
  () => import("../features/notifications/OutboxPage"),
  (m) => m.OutboxPage,
  ["notifications", "ideas"],
);
const IntakePage = lazyPage(
  () => import("../features/guidance/IntakePage"),
  (m) => m.IntakePage,
  ["guidance", "ideas"],
);
const CaseloadPage = lazyPage(
  () => import("../features/guidance/CaseloadPage"),
  (m) => m.CaseloadPage,
  ["guidance", "ideas"],
);
const SupportActorsPage = lazyPage(
  () => import("../features/support/SupportActorsPage"),
  (m) => m.SupportActorsPage,
  ["guidance", "support"],
);
const MyNextStepsPage = lazyPage(
  () => import("../features/guidance/MyNextStepsPage"),
  (m) => m.MyNextStepsPage,
  ["guidance", "ideas"],
);
const ModerationPage = lazyPage(
  () => import("../features/discussion/ModerationPage"),
  (m) => m.ModerationPage,
  ["discussion"],
);
const PrivacyPage = lazyPage(
  () => import("../features/statements/PrivacyPage"),
  (m) => m.PrivacyPage,
  ["statements"],
);
const CookiesPage = lazyPage(
  () => import("../features/statements/CookiesPage"),
  (m) => m.CookiesPage,
  ["statements"],
);
const AccessibilityPage = lazyPage(
  () => import("../features/statements/AccessibilityPage"),
  (m) => m.AccessibilityPage,
  ["statements"],
);
const ReferralConfirmPage = lazyPage(
  () => import("../features/support/ReferralConfirmPage"),
  (m) => m.ReferralConfirmPage,
  ["guidance", "ideas"],
);
const DispatchConfirmPage = lazyPage(
  () => import("../features/dispatch/DispatchConfirmPage"),
  (m) => m.DispatchConfirmPage,
  ["dispatch"],
);
const WheelPage = lazyPage(
  () => import("../features/wheel/WheelPage"),
  (m) => m.WheelPage,
  ["wheel"],
);
const FundingPage = lazyPage(
  () => import("../features/funding/FundingPage"),
  (m) => m.FundingPage,
  ["funding"],
);
const DispatchPage = lazyPage(
  () => import("../features/dispatch/DispatchPage"),
  (m) => m.DispatchPage,
  ["dispatch"],
);
const PilotRegisterPage = lazyPage(
  () => import("../features/research/PilotRegisterPage"),
  (m) => m.PilotRegisterPage,
  ["research", "ideas"],
);
const LearningLibraryPage = lazyPage(
  () => import("../features/learning/LearningLibraryPage"),
  (m) => m.LearningLibraryPage,
  ["learning", "testing"],
);
const MunicipalitiesPage = lazyPage(
  () => import("../features/places/MunicipalitiesPage"),
  (m) => m.MunicipalitiesPage,
  ["places"],
);
const MunicipalityPage = lazyPage(
  () => import("../features/places/MunicipalityPage"),
  (m) => m.MunicipalityPage,
  ["places", "ideas", "indicators"],
);
const OpenDataPage = lazyPage(
  () => import("../features/places/OpenDataPage"),
  (m) => m.OpenDataPage,
  ["places"],
);
const ArenaHomePage = lazyPage(
  () => import("../features/shell/ArenaHomePage"),
  (m) => m.ArenaHomePage,
  ["ideas"],
);
const StructurePage = lazyPage(
  () => import("../features/structure/StructurePage"),
  (m) => m.StructurePage,
  ["structure"],
);
const StrategyPage = lazyPage(
  () => import("../features/strategy/StrategyPage"),
  (m) => m.StrategyPage,
  ["strategy"],
);
const FrameworksPage = lazyPage(
  () => import("../features/strategy/FrameworksPage"),
  (m) => m.FrameworksPage,
  ["strategy"],
);
const IndicatorsPage = lazyPage(
  () => import("../features/indicators/IndicatorsPage"),
  (m) => m.IndicatorsPage,
  ["indicators"],
);
const IndicatorPage = lazyPage(
  () => import("../features/indicators/IndicatorPage"),
  (m) => m.IndicatorPage,
  ["indicators"],
);
const IndicatorImportPage = lazyPage(
  () => import("../features/indicators/ImportPage"),
  (m) => m.ImportPage,
  ["indicators"],
);

const MattersBoardPage = lazyPage(
  () => import("../features/matters/MattersBoardPage"),
  (m) => m.MattersBoardPage,
  ["matters"],
);
const PlanPage = lazyPage(
  () => import("../features/plans/PlanPage"),
  (m) => m.PlanPage,
  ["plans"],
);
const PlanActivityPage = lazyPage(
  () => import("../features/plans/ActivityPage"),
  (m) => m.ActivityPage,
  ["plans", "funding"],
);
const PlanReportPage = lazyPage(
  () => import("../features/plans/ReportPage"),
  (m) => m.ReportPage,
  ["plans"],
);
const MatterPage = lazyPage(
  () => import("../features/matters/MatterPage"),
  (m) => m.MatterPage,
  ["matters", "funding", "plans"],
);
const BodyPage = lazyPage(
  () => import("../features/bodies/BodyPage"),
  (m) => m.BodyPage,
  ["bodies"],
);
const MeetingPage = lazyPage(
  () => import("../features/bodies/MeetingPage"),
  (m) => m.MeetingPage,
  ["bodies"],
);
const InsightPage = lazyPage(
  () => import("../features/insight/InsightPage"),
  (m) => m.InsightPage,
  ["insight"],
);
const MemberHomePage = lazyPage(
  () => import("../features/bodies/MemberHomePage"),
  (m) => m.MemberHomePage,
  ["bodies"],
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
  // useRoutes, with the matches of a path computed once (app/routeMatch.ts).
  return renderMatches(matchAppRoutes(routes, useLocation().pathname));
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
