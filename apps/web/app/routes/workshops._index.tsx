import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole } from "@comity/domain";
import { listWorkshops } from "@comity/db";
import { requireUser } from "../utils/auth.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Workshops" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const isSecretariat = hasRole(user, "secretariat");
  return { workshops: await listWorkshops(context.db, { includeDrafts: isSecretariat }), isSecretariat };
}

export default function Workshops() {
  const { t } = useTranslation();
  const { workshops, isSecretariat } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("workshops.title")}</h1>
      {isSecretariat ? (
        <p>
          <Link to="/workshops/new" className="button">
            {t("workshops.new")}
          </Link>
        </p>
      ) : null}
      {workshops.length === 0 ? (
        <p>{t("workshops.none")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("workshops.fields.title")}</th>
              <th scope="col">{t("workshops.fields.region")}</th>
              <th scope="col">{t("workshops.fields.dates")}</th>
              <th scope="col">{t("workshops.fields.format")}</th>
              <th scope="col">{t("workshops.fields.status")}</th>
            </tr>
          </thead>
          <tbody>
            {workshops.map((workshop) => (
              <tr key={workshop.id}>
                <td>
                  <Link to={`/workshops/${workshop.id}`} dir="auto">
                    {workshop.title}
                  </Link>
                </td>
                <td dir="auto">{workshop.region}</td>
                <td>
                  <span dir="ltr">
                    {workshop.startDate} – {workshop.endDate}
                  </span>{" "}
                  ({workshop.timeZone})
                </td>
                <td>{t(`workshops.formats.${workshop.format}`)}</td>
                <td>{t(`workshops.statuses.${workshop.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
