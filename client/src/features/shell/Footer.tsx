import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Logo } from "./Logo";
import "./shell.css";
import "../statements/statements.css";

export function Footer() {
  const { t } = useTranslation("shell");
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <Link to="/" className="brand brand--footer">
          <Logo />
          <span className="brand__name">{t("app.name")}</span>
        </Link>
        <p>{t("app.footer")}</p>
        <nav aria-label={t("footer.label")}>
          <ul className="footer-links">
            <li>
              <Link to="/privacy">{t("footer.privacy")}</Link>
            </li>
            <li>
              <Link to="/cookies">{t("footer.cookies")}</Link>
            </li>
            <li>
              <Link to="/accessibility">{t("footer.accessibility")}</Link>
            </li>
            <li>
              <Link to="/open-data">{t("footer.openData")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
