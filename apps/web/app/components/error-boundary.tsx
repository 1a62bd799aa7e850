import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The one error view every route uses: a clear sentence and a way back, never a stack trace. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  let title = t("errorPage.generic");
  let detail: string | null = null;
  if (isRouteErrorResponse(error)) {
    if (error.status === 403) title = t("errorPage.forbidden");
    else if (error.status === 404) title = t("errorPage.notFound");
    detail = typeof error.data === "string" ? error.data : null;
  } else {
    console.error(error);
  }
  return (
    <section className="error-page" role="alert">
      <h1>{title}</h1>
      {detail ? <p>{detail}</p> : null}
      <p>
        <Link to="/">{t("errorPage.backHome")}</Link>
      </p>
    </section>
  );
}
