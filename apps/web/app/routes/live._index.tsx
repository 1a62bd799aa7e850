import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CreateLiveRoomSchema, hasAnyRole } from "@comity/domain";
import { createLiveRoom, listLiveRooms } from "@comity/db";
import { useZodForm } from "../utils/use-zod-form.ts";
import { Field } from "../components/field.tsx";
import { requireRole, requireUser } from "../utils/auth.server.ts";

export const meta: MetaFunction = () => [{ title: "Comity · Live rooms" }];

const ROOM_RUNNERS = ["trainer", "secretariat"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const rooms = await listLiveRooms(context.db);
  return { rooms, canCreate: hasAnyRole(user, ROOM_RUNNERS) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, ROOM_RUNNERS);
  const submission = parseWithZod(await request.formData(), { schema: CreateLiveRoomSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const room = await createLiveRoom(context.db, { title: submission.value.title, createdById: user.id });
  return redirect(`/live/${room.id}`);
}

export default function LiveRooms() {
  const { t, i18n } = useTranslation();
  const { rooms, canCreate } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(CreateLiveRoomSchema, { id: "create-room", lastResult });
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section>
      <h1>{t("live.title")}</h1>
      <p>{t("live.intro")}</p>
      {rooms.length === 0 ? (
        <p>{t("live.noRooms")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("live.roomColumn")}</th>
              <th scope="col">{t("live.openedBy")}</th>
              <th scope="col">{t("live.openedOn")}</th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((room) => (
              <tr key={room.id}>
                <td>
                  <Link to={`/live/${room.id}`} dir="auto">
                    {room.title}
                  </Link>
                </td>
                <td dir="auto">{room.createdBy.name}</td>
                <td>{dateFormat.format(new Date(room.createdAt))} (UTC)</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canCreate ? (
        <div className="card">
          <h2>{t("live.create.title")}</h2>
          <Form method="post" {...getFormProps(form)}>
            <Field label={t("live.create.roomTitle")} field={fields.title}>
              <input {...getInputProps(fields.title, { type: "text" })} />
            </Field>
            <button type="submit" disabled={navigation.state !== "idle"}>
              {t("live.create.submit")}
            </button>
          </Form>
        </div>
      ) : null}
    </section>
  );
}
