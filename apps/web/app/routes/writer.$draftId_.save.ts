import { data, type ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "../utils/auth.server.ts";
import { requireOwnDraft, saveDraftFromForm, statusOf } from "../writer/save-draft.server.ts";

/** Autosave: the writer's page posts here in the background and reads the JSON answer. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const draft = await requireOwnDraft(context.db, user.id, params.draftId ?? "");
  const result = await saveDraftFromForm(context.db, user.id, draft, await request.formData());
  return data(result, { status: statusOf(result) });
}
