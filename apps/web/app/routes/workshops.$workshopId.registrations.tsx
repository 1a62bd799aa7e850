import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CapacityFormSchema } from "@comity/domain";
import { decideRegistration, findWorkshop, listRegistrations, setWorkshopCapacity } from "@comity/db";
import { Field } from "../components/field.tsx";
import { useZodForm } from "../utils/use-zod-form.ts";
import { requireRole } from "../utils/auth.server.ts";
import { invariantResponse } from "../utils/responses.server.ts";
import { i18nServer } from "../utils/i18next.server.ts";
import { displayNames } from "../workshops/display-names.server.ts";
import { BackToWorkshop } from "../workshops/back-to-workshop.tsx";

export const meta: MetaFunction = () => [{ title: "Comity · Registrations" }];

const DecisionSchema = z.object({ registrationId: z.string().min(1).max(100), decision: z.enum(["approved", "waitlisted", "rejected"]) });

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const workshop = await findWorkshop(context.db, params.workshopId ?? "");
  invariantResponse(workshop, "This workshop does not exist.", { status: 404 });
  return {
    workshop: { id: workshop.id, title: workshop.title, capacity: workshop.capacity },
    registrations: await listRegistrations(context.db, workshop.id),
    names: displayNames(await i18nServer.getLocale(request)),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  await requireRole(request, context, ["secretariat"]);
  const workshopId = params.workshopId ?? "";
  const formData = await request.formData();

  if (formData.get("intent") === "set-capacity") {
    const submission = parseWithZod(formData, { schema: CapacityFormSchema });
    if (submission.status !== "success") return data({ intent: "set-capacity" as const, result: submission.reply(), promoted: 0 }, { status: 400 });
    invariantResponse(await findWorkshop(context.db, workshopId), "This workshop does not exist.", { status: 404 });
    const changed = await setWorkshopCapacity(context.db, workshopId, submission.value.capacity);
    // Refused below the approved count: the typed number stays in the field, with the reason beside it.
    if (!changed.ok) return data({ intent: "set-capacity" as const, result: submission.reply({ fieldErrors: { capacity: [`errors.workshop.capacityBelowApproved|${changed.approved}`] } }), promoted: 0 }, { status: 409 });
    return { intent: "set-capacity" as const, result: submission.reply(), promoted: changed.promoted };
  }

  const parsed = DecisionSchema.safeParse(Object.fromEntries(formData));
  invariantResponse(parsed.success, "Choose approve, waitlist or reject.", { status: 400 });
  const registrations = await listRegistrations(context.db, workshopId);
  invariantResponse(registrations.some((registration) => registration.id === parsed.data.registrationId), "No such registration for this workshop.", { status: 404 });
  // Approval past capacity comes back as "waitlisted": the page shows what was decided.
  const status = await decideRegistration(context.db, parsed.data.registrationId, parsed.data.decision);
  return data({ intent: "decide" as const, registrationId: parsed.data.registrationId, status });
}

export default function Registrations() {
  const { t } = useTranslation();
  const { workshop, registrations, names } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const actionData = useActionData<typeof action>();
  const capacityResult = actionData?.intent === "set-capacity" ? actionData : undefined;
  const [capacityForm, capacityFields] = useZodForm(CapacityFormSchema, { id: "capacity", lastResult: capacityResult?.result, defaultValue: { capacity: workshop.capacity } });
  const approved = registrations.filter((registration) => registration.status === "approved").length;
  return (
    <section>
      <BackToWorkshop workshop={workshop} />
      <h1>{t("workshops.registrations.title")}</h1>
      <p data-testid="seats">{t("workshops.registrations.seats", { approved, capacity: workshop.capacity })}</p>
      <Form method="post" className="card" {...getFormProps(capacityForm)}>
        <input type="hidden" name="intent" value="set-capacity" />
        <Field label={t("workshops.registrations.capacityLabel")} field={capacityFields.capacity}>
          <input {...getInputProps(capacityFields.capacity, { type: "number" })} />
        </Field>
        <button type="submit" disabled={navigation.state !== "idle"}>
          {t("workshops.registrations.capacitySave")}
        </button>
      </Form>
      {capacityResult && capacityResult.result.status === "success" ? (
        <p role="status" className="notice" data-testid="capacity-saved">
          {t("workshops.registrations.capacitySaved")}
          {capacityResult.promoted > 0 ? ` ${t("workshops.registrations.promoted", { count: capacityResult.promoted })}` : ""}
        </p>
      ) : null}
      {registrations.length === 0 ? (
        <p>{t("workshops.registrations.none")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("fields.name")}</th>
              <th scope="col">{t("workshops.register.profession")}</th>
              <th scope="col">{t("workshops.register.country")}</th>
              <th scope="col">{t("workshops.register.listeningLanguage")}</th>
              <th scope="col">{t("workshops.fields.status")}</th>
              <th scope="col">{t("workshops.registrations.decide")}</th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((registration) => (
              <tr key={registration.id} data-testid={`registration-${registration.user.email}`}>
                <td dir="auto">{registration.user.name}</td>
                <td>{t(`workshops.professions.${registration.profession}`)}</td>
                <td>{names.countries.find((country) => country.code === registration.country)?.name ?? registration.country}</td>
                <td>{names.languages[registration.listeningLanguage] ?? registration.listeningLanguage}</td>
                <td>{t(`workshops.register.statuses.${registration.status}`)}</td>
                <td>
                  {registration.status === "cancelled" ? null : (
                    <Form method="post" className="actions-row">
                      <input type="hidden" name="registrationId" value={registration.id} />
                      {(["approved", "waitlisted", "rejected"] as const)
                        .filter((decision) => decision !== registration.status)
                        .map((decision) => (
                          <button key={decision} type="submit" name="decision" value={decision} disabled={navigation.state !== "idle"}>
                            {t(`workshops.registrations.actions.${decision}`)}
                          </button>
                        ))}
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
