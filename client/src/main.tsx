import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { i18nReady } from "./i18n";
import "./styles/app.css";
import "./styles/guidance.css";
import "./styles/testing.css";
import "./styles/research.css";
import "./styles/learning.css";
import "./styles/skeleton.css";
import { App } from "./app/App";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
