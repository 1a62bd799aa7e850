import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { hasRole, textDirection } from "@comity/domain";
import { GeneralErrorBoundary } from "./components/error-boundary.tsx";
import { LanguageSwitcher } from "./components/language-switcher.tsx";
import stylesHref from "./styles.css?url";
import { getUser } from "./utils/auth.server.ts";
import { i18nServer } from "./utils/i18next.server.ts";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getUser(request, context), i18nServer.getLocale(request)]);
  return { user, locale };
}

export const handle = { i18n: "common" };

export function useOptionalUser() {
  return useRouteLoaderData<typeof loader>("root")?.user ?? null;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? "en";
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function Header() {
  const { t } = useTranslation();
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user ?? null;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        {t("app.name")}
      </Link>
      <nav aria-label={t("nav.main")}>
        {user ? <NavLink to="/workshops">{t("nav.workshops")}</NavLink> : null}
        {user ? <NavLink to="/live">{t("nav.live")}</NavLink> : null}
        {user ? <NavLink to="/writer">{t("nav.writer")}</NavLink> : null}
        {user ? <NavLink to="/runs">{t("nav.runs")}</NavLink> : null}
        {user && (hasRole(user, "trainer") || hasRole(user, "secretariat")) ? <NavLink to="/scenarios">{t("nav.scenarios")}</NavLink> : null}
        {user && hasRole(user, "secretariat") ? <NavLink to="/interpreters">{t("nav.interpreters")}</NavLink> : null}
        {user && hasRole(user, "interpreter") ? <NavLink to="/shifts">{t("nav.shifts")}</NavLink> : null}
        {user && hasRole(user, "secretariat") ? <NavLink to="/admin/users">{t("nav.admin")}</NavLink> : null}
        {user ? <NavLink to="/settings">{t("nav.settings")}</NavLink> : null}
      </nav>
      <div className="account">
        <LanguageSwitcher current={data?.locale ?? "en"} />
        {user ? (
          <>
            <span className="who" data-testid="signed-in-as">
              <bdi>{user.name}</bdi> · {user.roles.map((role) => t(`roles.${role}`)).join(", ")}
            </span>
            <Form method="post" action="/signout">
              <button type="submit" className="link-button">
                {t("nav.signOut")}
              </button>
            </Form>
          </>
        ) : (
          <>
            <Link to="/signin">{t("nav.signIn")}</Link>
            <Link to="/signup">{t("nav.signUp")}</Link>
          </>
        )}
      </div>
    </header>
  );
}

export default function App() {
  const data = useRouteLoaderData<typeof loader>("root");
  useChangeLanguage(data?.locale ?? "en");
  return (
    <>
      <Header />
      <main>
        <Outlet />
      </main>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <>
      <Header />
      <main>
        <GeneralErrorBoundary />
      </main>
    </>
  );
}
