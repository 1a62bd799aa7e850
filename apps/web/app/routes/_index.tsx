import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole } from "@comity/domain";
import { useOptionalUser } from "../root.tsx";

export const meta: MetaFunction = () => [{ title: "Comity" }];

export default function Home() {
  const { t } = useTranslation();
  const user = useOptionalUser();
  return (
    <section className="home">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      {user ? (
        <div className="card">
          <h2>{t("home.welcome", { name: user.name })}</h2>
          <ul className="actions">
            <li>
              <Link to="/live">{hasRole(user, "trainer") ? t("home.actions.runLive") : t("home.actions.joinLive")}</Link>
            </li>
            {hasRole(user, "secretariat") ? (
              <li>
                <Link to="/admin/users">{t("home.actions.manageAccounts")}</Link>
              </li>
            ) : null}
            <li>
              <Link to="/settings">{t("home.actions.settings")}</Link>
            </li>
          </ul>
        </div>
      ) : (
        <p>
          <Link to="/signin" className="button">
            {t("nav.signIn")}
          </Link>{" "}
          <Link to="/signup">{t("nav.signUp")}</Link>
        </p>
      )}
      <h2>{t("home.forWhom.title")}</h2>
      <ul>
        <li>{t("home.forWhom.secretariat")}</li>
        <li>{t("home.forWhom.trainers")}</li>
        <li>{t("home.forWhom.participants")}</li>
        <li>{t("home.forWhom.interpreters")}</li>
      </ul>
    </section>
  );
}
