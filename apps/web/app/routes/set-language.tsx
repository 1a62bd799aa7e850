import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isInterfaceLanguage, safeRedirectPath } from "@comity/domain";
import { updateAccountSettings } from "@comity/db";
import { getUser } from "../utils/auth.server.ts";
import { languageCookie } from "../utils/i18next.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { isHttps } from "../utils/session.server.ts";

export const loader = () => redirect("/");

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = form.get("language");
  invariantResponse(isInterfaceLanguage(language), "Choose English, French or Arabic.", { status: 400 });
  const user = await getUser(request, context);
  // A signed-in user's choice is kept with the account, so it follows them to other devices.
  if (user && user.language !== language) await updateAccountSettings(context.db, user.id, { name: user.name, timeZone: user.timeZone, language });
  const redirectTo = safeRedirectPath(typeof form.get("redirectTo") === "string" ? (form.get("redirectTo") as string) : null);
  return redirect(redirectTo, { headers: { "Set-Cookie": await languageCookie.serialize(language, { secure: isHttps(request) }) } });
}
