import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./i18n";
import "./styles/app.css";
import "./styles/guidance.css";
import "./styles/testing.css";
import "./styles/research.css";
import "./styles/learning.css";
import { App } from "./app/App";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
