import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { i18nReady } from "./i18n";
import "./styles/app.css";
// The shared pieces' own rules, at once after app.css: features refine them (a place group's
// frame on a choice group), and a feature's rules win only if they come later in the cascade.
import "./forms/ErrorSummary.css";
import "./forms/Choices.css";
import "./ui/QueryState.css";
import "./ui/listing.css";
import "./ui/Tabs.css";
import "./ui/TableScroll.css";
import "./styles/skeleton.css";
import { App } from "./app/App";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");
void i18nReady.then(() =>
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding the main thread for the whole tree: a phone stays responsive while the app starts.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  ),
);
