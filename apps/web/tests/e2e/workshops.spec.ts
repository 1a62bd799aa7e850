import fs from "node:fs/promises";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { expect, fillSignUp, newPerson, signIn, test } from "./fixtures.ts";

interface RosterEntry {
  name: string;
  email: string;
  timeZone: string;
  languages: [string, "A" | "B" | "C"][];
  window: [string, string];
}

/** Adds an interpreter through the roster form, as the secretariat would. */
async function addInterpreter(page: Page, entry: RosterEntry) {
  await page.goto("/interpreters");
  const form = page.locator("#add-interpreter");
  await form.getByLabel("Full name").fill(entry.name);
  await form.getByLabel("E-mail address").fill(entry.email);
  await form.getByLabel("Home time zone").selectOption(entry.timeZone);
  await form.getByLabel("Can work remotely").check();
  for (const [index, [language, level]] of entry.languages.entries()) {
    await form.getByLabel(`Language ${index + 1}`, { exact: true }).selectOption(language);
    await form.getByLabel(`Level of language ${index + 1}`).selectOption(level);
  }
  await form.getByLabel("Window 1 from").fill(entry.window[0]);
  await form.getByLabel("Window 1 until").fill(entry.window[1]);
  await form.getByRole("button", { name: "Add to the roster" }).click();
  await expect(page.getByTestId(`interpreter-${entry.email}`)).toBeVisible();
}

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

test("the secretariat plans a three-day, four-language workshop and staffs its booths; a participant registers, is approved and gets the right times in a calendar; an interpreter sees her shifts", async ({ page: secretariat, browser, pageErrors }) => {
  // The whole working day of a secretariat officer, roster and staffing included.
  test.setTimeout(180_000);
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
  const workshopPage = secretariat.url();

  // Interpreters: two per booth, except Albanian, where Besa cannot work the last day.
  const stamp = Date.now();
  const whole: [string, string] = ["2026-06-01T00:00", "2026-06-05T00:00"];
  const roster: RosterEntry[] = [
    { name: `Camille ${stamp}`, email: "interpreter@comity.test", timeZone: "Europe/Paris", languages: [["fr", "A"], ["en", "B"]], window: whole },
    { name: `Hugo ${stamp}`, email: `hugo.${stamp}@example.org`, timeZone: "Europe/Paris", languages: [["fr", "A"], ["en", "C"]], window: whole },
    { name: `Amira ${stamp}`, email: `amira.${stamp}@example.org`, timeZone: "Africa/Cairo", languages: [["ar", "A"], ["en", "B"]], window: whole },
    { name: `Karim ${stamp}`, email: `karim.${stamp}@example.org`, timeZone: "Africa/Cairo", languages: [["ar", "A"], ["en", "B"], ["fr", "C"]], window: whole },
    { name: `Arben ${stamp}`, email: `arben.${stamp}@example.org`, timeZone: "Europe/Tirane", languages: [["sq", "A"], ["en", "B"]], window: whole },
    { name: `Besa ${stamp}`, email: `besa.${stamp}@example.org`, timeZone: "Europe/Tirane", languages: [["sq", "A"], ["en", "B"]], window: ["2026-06-01T00:00", "2026-06-03T23:00"] },
  ];
  // A window that ends before it starts is refused beside the field, and nothing typed is lost.
  await secretariat.getByRole("navigation").getByRole("link", { name: "Interpreters" }).click();
  const addForm = secretariat.locator("#add-interpreter");
  await addForm.getByLabel("Full name").fill(roster[0]?.name ?? "");
  await addForm.getByLabel("E-mail address").fill(roster[0]?.email ?? "");
  await addForm.getByLabel("Language 1", { exact: true }).selectOption("fr");
  await addForm.getByLabel("Level of language 1").selectOption("A");
  await addForm.getByLabel("Window 1 from").fill("2026-06-05T00:00");
  await addForm.getByLabel("Window 1 until").fill("2026-06-01T00:00");
  await addForm.getByRole("button", { name: "Add to the roster" }).click();
  await expect(addForm.getByText("The session must end after it starts.")).toBeVisible();
  await expect(addForm.getByLabel("Full name")).toHaveValue(roster[0]?.name ?? "");
  await expect(addForm.getByLabel("Language 1", { exact: true })).toHaveValue("fr");
  for (const entry of roster) await addInterpreter(secretariat, entry);

  // The engine proposes; nothing is saved until the proposal is accepted.
  await secretariat.goto(workshopPage);
  await secretariat.getByRole("link", { name: "Staffing board" }).click();
  await expect(secretariat.getByTestId("coverage").getByRole("row").nth(1)).toHaveText(/^18\s*0\s*18\s*0$/);
  await secretariat.getByRole("button", { name: "Run the staffing engine" }).click();
  await expect(secretariat.getByTestId("proposal")).toContainText("It fills 17 of 18 seats.");
  await secretariat.getByRole("button", { name: "Accept this proposal" }).click();
  await expect(secretariat.getByTestId("accepted")).toHaveText("Proposal accepted: 17 seats saved.");
  await expect(secretariat.getByTestId("coverage").getByRole("row").nth(1)).toHaveText(/^18\s*17\s*1\s*0$/);
  await expect(secretariat.getByTestId("unmet")).toContainText('The Albanian booth of "Debrief and evaluation"');
  const debriefAlbanian = secretariat.getByTestId("booth-Debrief and evaluation-sq");
  await expect(debriefAlbanian).toHaveClass(/cell-unmet/);

  // Seating Besa by hand is checked at once: she is not available that day.
  await debriefAlbanian.getByRole("combobox").selectOption({ label: `Besa ${stamp}` });
  await debriefAlbanian.getByRole("button", { name: "Assign" }).click();
  await expect(secretariat.getByTestId("override-check")).toContainText(`Besa ${stamp} is not available for`);
  await expect(debriefAlbanian).toHaveClass(/cell-broken/);
  await expect(secretariat.getByTestId("violations")).toContainText(`Besa ${stamp} is not available for`);
  await debriefAlbanian.getByRole("button", { name: `Remove Besa ${stamp}` }).click();
  await expect(debriefAlbanian).toHaveClass(/cell-unmet/);

  // Besa agrees to stay a day longer: her availability is extended, and the hand override is clean.
  await secretariat.goto("/interpreters");
  await secretariat.getByRole("link", { name: `Besa ${stamp}` }).click();
  // The roster page has an add form with the same fields: wait for Besa's own page before typing.
  await expect(secretariat.getByRole("heading", { level: 1 })).toContainText(`Besa ${stamp}`);
  await secretariat.getByLabel("Window 1 until").fill("2026-06-05T00:00");
  await secretariat.getByRole("button", { name: "Save" }).click();
  await expect(secretariat.getByTestId(`interpreter-besa.${stamp}@example.org`)).toBeVisible();
  await secretariat.goto(workshopPage);
  await secretariat.getByRole("link", { name: "Staffing board" }).click();
  await debriefAlbanian.getByRole("combobox").selectOption({ label: `Besa ${stamp}` });
  await debriefAlbanian.getByRole("button", { name: "Assign" }).click();
  await expect(secretariat.getByTestId("override-check")).toContainText("No rule is broken by this assignment.");
  await expect(debriefAlbanian).toHaveClass(/cell-ok/);
  await expect(secretariat.getByTestId("no-unmet")).toBeVisible();
  await expect(secretariat.getByTestId("no-violations")).toBeVisible();
  await expect(secretariat.getByTestId("coverage").getByRole("row").nth(1)).toHaveText(/^18\s*18\s*0\s*0$/);

  // The language manifest: the floor and three booths per session, with who sits where, for the platform operator.
  await secretariat.goto(workshopPage);
  await secretariat.getByRole("link", { name: "Language manifest" }).click();
  const debriefChannels = secretariat.getByTestId("manifest-Debrief and evaluation").getByRole("row");
  await expect(debriefChannels).toHaveCount(4);
  await expect(debriefChannels.filter({ hasText: "Floor (English)" })).toContainText("The speakers");
  await expect(debriefChannels.filter({ hasText: "Albanian" })).toContainText(`The floor, in English`);
  await expect(debriefChannels.filter({ hasText: "Albanian" })).toContainText(`Besa ${stamp}`);
  await expect(debriefChannels.filter({ hasText: "Albanian" })).toContainText("2 of 2 seats");
  const manifestResponse = await secretariat.request.get((await secretariat.getByRole("link", { name: "Download as JSON" }).getAttribute("href")) ?? "");
  const manifest = (await manifestResponse.json()) as { format: string; sessions: { title: string; localStart: string; unfilledSeats: number; channels: { language: string; interpreters: { email: string }[] }[] }[] };
  expect(manifest.format).toBe("comity.language-manifest");
  expect(manifest.sessions.map((session) => [session.title, session.localStart, session.unfilledSeats, session.channels.map((channel) => channel.language).sort()])).toEqual([
    ["Opening: dual criminality", "2026-06-02T09:00:00+03:00", 0, ["ar", "en", "fr", "sq"]],
    ["Provisional arrest drill", "2026-06-03T14:00:00+03:00", 0, ["ar", "en", "fr", "sq"]],
    ["Debrief and evaluation", "2026-06-04T09:30:00+03:00", 0, ["ar", "en", "fr", "sq"]],
  ]);
  const [csvDownload] = await Promise.all([secretariat.waitForEvent("download"), secretariat.getByRole("link", { name: "Download as CSV" }).click()]);
  const csvRows = parseCsv(await fs.readFile((await csvDownload.path()) ?? ""), { bom: true, columns: true }) as Record<string, string>[];
  expect(csvRows).toHaveLength(12);
  expect(csvRows.find((row) => row.session_title === "Debrief and evaluation" && row.channel_language === "sq")).toMatchObject({
    start_local: "2026-06-04T09:30:00+03:00",
    source_language: "en",
    interpreters_required: "2",
    interpreters_assigned: "2",
    interpreter_emails: expect.stringContaining(`besa.${stamp}@example.org`),
  });

  await secretariat.goto(workshopPage);
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
  // Interpreters assigned to the workshop are there too, in their own zones: 20:00 in Bucharest is 19:00 in Paris.
  await expect(secretariat.getByTestId("fair-hours").getByRole("row", { name: new RegExp(`Camille ${stamp} \\(interpreter\\)`) })).toContainText("2026-06-02 19:00 – 21:00");

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

  // The interpreter sees her own shifts in her home zone, and they are in her calendar feed.
  const interpreter = await newPerson(browser, pageErrors);
  await signIn(interpreter, "interpreter@comity.test");
  // Her account reads French.
  await interpreter.getByRole("navigation").getByRole("link", { name: "Mes vacations" }).click();
  const shifts = interpreter.getByTestId("shifts");
  await expect(shifts.getByRole("row").filter({ hasText: title })).toHaveCount(3);
  await expect(shifts.getByRole("row").filter({ hasText: "Opening: dual criminality" })).toContainText("08:00–11:00");
  await expect(shifts.getByRole("row").filter({ hasText: "Opening: dual criminality" })).toContainText("Source : anglais · cible : français");
  const shiftFeed = await interpreter.request.get((await interpreter.getByTestId("shifts-calendar").getAttribute("href")) ?? "");
  const shiftEvents = readCalendar(await shiftFeed.text()).filter((event) => event.summary.startsWith("Cabine français") && event.summary.endsWith(title));
  expect(shiftEvents.map(({ tzid, local }) => ({ tzid, local }))).toEqual([
    { tzid: "Europe/Bucharest", local: "2026-06-02T09:00:00" },
    { tzid: "Europe/Bucharest", local: "2026-06-03T14:00:00" },
    { tzid: "Europe/Bucharest", local: "2026-06-04T09:30:00" },
  ]);
  await interpreter.context().close();
});
