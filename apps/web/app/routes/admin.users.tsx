import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { checkRoleChange, RoleChangeSchema, ROLES } from "@comity/domain";
import { findUserById, listUsers, setUserRoles } from "@comity/db";
import { requireRole } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Accounts" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireRole(request, context, ["secretariat"]);
  return { actorId: actor.id, users: await listUsers(context.db) };
}

const REASON_KEYS = { "not-secretariat": "admin.errors.notSecretariat", "own-secretariat-role": "admin.errors.ownRole", "no-role": "errors.roles.none" } as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireRole(request, context, ["secretariat"]);
  const submission = parseWithZod(await request.formData(), { schema: RoleChangeSchema });
  if (submission.status !== "success") {
    const userId = submission.payload.userId;
    return data({ userId: typeof userId === "string" ? userId : null, error: "errors.roles.none" as string, saved: false }, { status: 400 });
  }
  const target = await findUserById(context.db, submission.value.userId);
  invariantResponse(target, "No such account.", { status: 404 });
  const check = checkRoleChange(actor, target, submission.value.roles);
  if (!check.ok) return data({ userId: target.id, error: REASON_KEYS[check.reason] as string, saved: false }, { status: 400 });
  await setUserRoles(context.db, target.id, submission.value.roles);
  return { userId: target.id, error: null, saved: true };
}

export default function AdminUsers() {
  const { t } = useTranslation();
  const { users } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <section>
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("fields.name")}</th>
            <th scope="col">{t("fields.email")}</th>
            <th scope="col">{t("admin.roles")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("admin.save")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const formId = `roles-${user.id}`;
            const rowResult = result?.userId === user.id ? result : null;
            return (
              <tr key={user.id} data-testid={`user-row-${user.email}`}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>
                  <fieldset className="role-choices">
                    <legend className="visually-hidden">{t("admin.rolesOf", { name: user.name })}</legend>
                    {ROLES.map((role) => (
                      <label key={role}>
                        <input type="checkbox" form={formId} name="roles" value={role} defaultChecked={user.roles.includes(role)} /> {t(`roles.${role}`)}
                      </label>
                    ))}
                  </fieldset>
                  {rowResult?.error ? (
                    <p className="field-errors" role="alert">
                      {t(rowResult.error)}
                    </p>
                  ) : null}
                  {rowResult?.saved ? (
                    <p className="notice" role="status">
                      {t("admin.saved")}
                    </p>
                  ) : null}
                </td>
                <td>
                  <Form method="post" id={formId}>
                    <input type="hidden" name="userId" value={user.id} />
                    <button type="submit" disabled={navigation.state !== "idle"}>
                      {t("admin.save")}
                    </button>
                  </Form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
