import type { LoaderFunctionArgs } from "@remix-run/node";
import { issueLiveToken } from "@comity/live/server";
import { requireUser } from "../utils/auth.server.ts";

/** A fresh short-lived live token for the signed-in user, fetched by the page when it reconnects. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const token = await issueLiveToken(context.liveTokenKey, { userId: user.id, name: user.name, roles: user.roles });
  return Response.json({ token }, { headers: { "Cache-Control": "no-store" } });
}
