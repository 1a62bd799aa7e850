import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "../utils/auth.server.ts";

export const loader = () => redirect("/");

export async function action({ request, context }: ActionFunctionArgs) {
  return endSession(request, context);
}
