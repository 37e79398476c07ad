import { BrowserRouter, Route, Routes } from "react-router-dom";
import { AccountPage } from "../features/accounts/AccountPage";
import { RegisterPage } from "../features/accounts/RegisterPage";
import { SignInPage } from "../features/accounts/SignInPage";
import { ArenaHomePage } from "../features/shell/ArenaHomePage";
import { LandingPage } from "../features/shell/LandingPage";
import { Layout } from "../features/shell/Layout";
import { NotFoundPage } from "../features/shell/NotFoundPage";
import { FrameworksPage } from "../features/strategy/FrameworksPage";
import { StrategyPage } from "../features/strategy/StrategyPage";
import { StructurePage } from "../features/structure/StructurePage";
import { UrqlProvider } from "./urql";

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
            <Route path="a/:slug">
              <Route index element={<ArenaHomePage />} />
              <Route path="structure" element={<StructurePage />} />
              <Route path="strategy" element={<StrategyPage />} />
              <Route path="frameworks" element={<FrameworksPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </UrqlProvider>
  );
}
