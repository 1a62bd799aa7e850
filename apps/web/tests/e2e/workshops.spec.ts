import ICAL from "ical.js";
import { expect, fillSignUp, newPerson, signIn, test } from "./fixtures.ts";

/** Local wall-clock start times (in each event's own TZID) and UTC instants, read back with ical.js. */
function readCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = root.getAllSubcomponents("vtimezone").map((component) => new ICAL.Timezone(component));
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { summary: event.summary, tzid: component.getFirstProperty("dtstart")?.getParameter("tzid"), local: event.startDate.toString(), utc: event.startDate.toJSDate().toISOString() };
  });
  for (const zone of zones) ICAL.TimezoneService.remove(zone.tzid);
  return events;
}

test("the secretariat plans a three-day, four-language workshop; a participant registers, is approved and gets the right times in a calendar", async ({ page: secretariat, browser, pageErrors }) => {
  const title = `Regional workshop on extradition ${Date.now()}`;
  await signIn(secretariat, "secretariat@comity.test");
  await secretariat.getByRole("navigation").getByRole("link", { name: "Workshops" }).click();
  await secretariat.getByRole("link", { name: "New workshop" }).click();

  // First try: mistakes are pointed out beside their fields, and what was typed stays.
  await secretariat.getByLabel("Title").fill(title);
  await secretariat.getByLabel("Region").fill("South-East Europe");
  await secretariat.getByLabel("Format").selectOption("hybrid");
  await secretariat.getByLabel("Time zone of the workshop").selectOption("Europe/Bucharest");
  await secretariat.getByLabel("First day").fill("2026-06-04");
  await secretariat.getByLabel("Last day").fill("2026-06-02");
  await secretariat.getByLabel("Places").fill("20");
  await secretariat.getByRole("group", { name: "Floor languages" }).getByLabel("English").check();
  await secretariat.getByRole("group", { name: "Interpreted into" }).getByLabel("French").check();
  await secretariat.getByRole("group", { name: "Interpreted into" }).getByLabel("Arabic").check();
  await secretariat.getByRole("group", { name: "Interpreted into" }).getByLabel("Other languages (ISO 639-1 codes, separated by commas)").fill("sq");
  await secretariat.getByRole("button", { name: "Create the workshop" }).click();
  await expect(secretariat.getByText("Enter the venue for a workshop held in person.")).toBeVisible();
  await expect(secretariat.getByText("Enter the online link for a workshop held online.")).toBeVisible();
  await expect(secretariat.getByText("The last day cannot be before the first day.")).toBeVisible();
  await expect(secretariat.getByLabel("Title")).toHaveValue(title);

  await secretariat.getByLabel("First day").fill("2026-06-02");
  await secretariat.getByLabel("Last day").fill("2026-06-04");
  await secretariat.getByLabel("Venue").fill("Palace of Justice, Bucharest");
  await secretariat.getByLabel("Online link").fill("https://meet.example.org/extradition");
  await secretariat.getByRole("button", { name: "Create the workshop" }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(secretariat.getByText("English → Arabic, French, Albanian")).toBeVisible();

  // The agenda: one session a day, entered in Bucharest time.
  const addSession = async (sessionTitle: string, start: string, end: string) => {
    await secretariat.getByLabel("Title").fill(sessionTitle);
    await secretariat.getByLabel("Starts").fill(start);
    await secretariat.getByLabel("Ends").fill(end);
    await secretariat.getByRole("button", { name: "Add the session" }).click();
  };
  await addSession("Opening: dual criminality", "2026-06-02T09:00", "2026-06-02T12:00");
  await expect(secretariat.getByTestId("agenda")).toContainText("Opening: dual criminality");
  await addSession("Provisional arrest drill", "2026-06-03T14:00", "2026-06-03T13:00");
  await expect(secretariat.getByText("The session must end after it starts.")).toBeVisible();
  await expect(secretariat.getByLabel("Title")).toHaveValue("Provisional arrest drill");
  await addSession("Provisional arrest drill", "2026-06-02T11:00", "2026-06-02T13:00");
  await expect(secretariat.getByText('This overlaps the session "Opening: dual criminality".')).toBeVisible();
  await addSession("Provisional arrest drill", "2026-06-03T14:00", "2026-06-03T17:00");
  await expect(secretariat.getByTestId("agenda")).toContainText("Provisional arrest drill");
  await addSession("Debrief and evaluation", "2026-06-04T09:30", "2026-06-04T11:00");
  await expect(secretariat.getByTestId("agenda").getByRole("row")).toHaveCount(4);
  await expect(secretariat.getByTestId("agenda")).toContainText("09:00–12:00");
  await secretariat.getByRole("button", { name: "Publish" }).click();
  await expect(secretariat.locator(".status")).toHaveText("Published");
  const workshopUrl = secretariat.url();

  // A new participant in Jakarta signs up, registers and reads the agenda in either zone.
  const participant = await newPerson(browser, pageErrors);
  const email = `ratna.${Date.now()}@example.org`;
  await participant.goto("/signup");
  await participant.getByLabel("Time zone").selectOption("Asia/Jakarta");
  await fillSignUp(participant, { name: "Ratna Dewi", email, password: "a sentence for a password" }, { keepPage: true });
  await expect(participant.getByTestId("signed-in-as")).toContainText("Ratna Dewi");
  await participant.goto(workshopUrl);
  await expect(participant.getByTestId("shown-zone")).toHaveText("Times in Europe/Bucharest, the workshop's time zone.");
  await participant.getByRole("link", { name: "Show in my time zone (Asia/Jakarta)" }).click();
  await expect(participant.getByTestId("shown-zone")).toHaveText("Times in Asia/Jakarta, your time zone.");
  // 09:00 in Bucharest (UTC+3 in June) is 13:00 in Jakarta (UTC+7).
  await expect(participant.getByTestId("agenda")).toContainText("13:00–16:00");
  await participant.getByLabel("Profession").selectOption("central_authority");
  await participant.getByLabel("Country").selectOption("ID");
  await participant.getByLabel("Language you will listen in").selectOption("fr");
  await participant.getByRole("button", { name: "Register" }).click();
  await expect(participant.getByTestId("registration-status")).toHaveText("Pending: the secretariat will decide soon.");

  await secretariat.getByRole("link", { name: "Registrations" }).click();
  await secretariat.getByTestId(`registration-${email}`).getByRole("button", { name: "Approve" }).click();
  await expect(secretariat.getByTestId("seats")).toHaveText("1 of 20 places taken.");
  await participant.reload();
  await expect(participant.getByTestId("registration-status")).toHaveText("Approved");

  // Fair hours: the opening suits Jakarta; an evening in Bucharest is the next night there.
  await secretariat.goto(workshopUrl);
  await secretariat.getByRole("link", { name: "Fair hours for a proposed time" }).click();
  const indonesia = secretariat.getByTestId("fair-hours").getByRole("row", { name: /Indonesia/ });
  await expect(indonesia).toContainText("2026-06-02 13:00 – 16:00");
  await expect(indonesia).toContainText("Yes");
  await secretariat.getByLabel("Starts").fill("2026-06-02T20:00");
  await secretariat.getByLabel("Ends").fill("2026-06-02T22:00");
  await secretariat.getByRole("button", { name: "Check this time" }).click();
  await expect(indonesia).toContainText("2026-06-03 00:00 – 02:00 (+1 day)");
  await expect(indonesia).toContainText("No: outside fair hours");

  // The personal calendar: ical.js reads each session at its Bucharest wall time, the right instant.
  await participant.goto("/settings");
  const calendarUrl = await participant.getByTestId("personal-calendar").getAttribute("href");
  const personal = await participant.request.get(calendarUrl ?? "");
  expect(personal.headers()["content-type"]).toContain("text/calendar");
  const events = readCalendar(await personal.text()).filter((event) => event.summary.endsWith(title));
  expect(events.map(({ tzid, local, utc }) => ({ tzid, local, utc }))).toEqual([
    { tzid: "Europe/Bucharest", local: "2026-06-02T09:00:00", utc: "2026-06-02T06:00:00.000Z" },
    { tzid: "Europe/Bucharest", local: "2026-06-03T14:00:00", utc: "2026-06-03T11:00:00.000Z" },
    { tzid: "Europe/Bucharest", local: "2026-06-04T09:30:00", utc: "2026-06-04T06:30:00.000Z" },
  ]);

  // Renewing the address makes the old one stop working.
  await participant.getByRole("button", { name: "Make a new address (the old one stops working)" }).click();
  await expect(participant.getByText("A new address was made; the old one no longer works.")).toBeVisible();
  expect((await participant.request.get(calendarUrl ?? "")).status()).toBe(404);
  await participant.context().close();
});
