import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { createOnlineWorkshop, expect, newPerson, publishWorkshop, signIn, signUpAndRegister, test } from "./fixtures.ts";

const MINUTE = 60_000;

/** The wall-clock "yyyy-MM-ddTHH:mm" of an instant in UTC, the workshop's zone here. */
function utcWallClock(instant: number): string {
  return new Date(instant).toISOString().slice(0, 16);
}

test("presence in a session's live room shows on the attendance sheet by itself; the secretariat marks another by hand and downloads the sheet", async ({ page: secretariat, browser, pageErrors }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Mutual legal assistance clinic ${stamp}`;
  const roomTitle = `MLA clinic plenary room ${stamp}`;

  // A trainer opens the live room the plenary will be held in.
  const trainer = await newPerson(browser, pageErrors);
  await signIn(trainer, "trainer@comity.test");
  await trainer.goto("/live");
  await trainer.getByLabel("Room title").fill(roomTitle);
  await trainer.getByRole("button", { name: "Open the room" }).click();
  await expect(trainer.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  const roomUrl = trainer.url();
  await trainer.context().close();

  // The workshop runs in UTC around today: the plenary started half an hour ago, the case study comes later.
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  const plenary = { start: now - 30 * MINUTE, end: now + 90 * MINUTE };
  const caseStudy = { start: plenary.end + 60 * MINUTE, end: plenary.end + 150 * MINUTE };
  await signIn(secretariat, "secretariat@comity.test");
  const workshopUrl = await createOnlineWorkshop(secretariat, {
    title,
    region: "West Africa",
    link: "https://meet.example.org/mla-clinic",
    timeZone: "UTC",
    firstDay: utcWallClock(now - 24 * 60 * MINUTE).slice(0, 10),
    lastDay: utcWallClock(now + 24 * 60 * MINUTE).slice(0, 10),
    places: 10,
    floor: ["English"],
    interpretedInto: ["French"],
  });

  for (const [sessionTitle, times] of [["Plenary: requests for evidence", plenary], ["Case study: freezing orders", caseStudy]] as const) {
    await secretariat.getByLabel("Title").fill(sessionTitle);
    await secretariat.getByLabel("Starts").fill(utcWallClock(times.start));
    await secretariat.getByLabel("Ends").fill(utcWallClock(times.end));
    await secretariat.getByRole("button", { name: "Add the session" }).click();
    await expect(secretariat.getByTestId("agenda")).toContainText(sessionTitle);
  }

  // The plenary is linked to the trainer's room, so joining it counts as attending.
  await secretariat.getByRole("link", { name: "Attendance" }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("Attendance");
  await expect(secretariat.getByTestId("shown-zone")).toHaveText("Times in UTC, the workshop's time zone.");
  await expect(secretariat.getByText("No participant is approved yet.")).toBeVisible();
  await expect(secretariat.getByText(/joins that room from 15 minutes before the session starts until it ends is counted present/)).toBeVisible();
  await secretariat.getByLabel("Live room for Plenary: requests for evidence").selectOption({ label: roomTitle });
  await secretariat.getByRole("button", { name: "Link Plenary: requests for evidence to the chosen live room" }).click();
  await expect(secretariat.getByTestId("session-room-Plenary: requests for evidence").getByRole("link", { name: roomTitle })).toBeVisible();
  await expect(secretariat.getByTestId("session-room-Case study: freezing orders")).toContainText("Not linked");
  const attendanceUrl = secretariat.url();

  await secretariat.goto(workshopUrl);
  await publishWorkshop(secretariat);

  // Two participants register and are approved; a third stays pending and is not on the sheet.
  const awa = { name: `Awa Diop ${stamp}`, email: `awa.${stamp}@example.org`, country: "SN" };
  const kofi = { name: `Kofi Mensah ${stamp}`, email: `kofi.${stamp}@example.org`, country: "GH" };
  const pending = { name: `Pending Person ${stamp}`, email: `pending.${stamp}@example.org`, country: "NG" };
  const awaPage = await signUpAndRegister(browser, pageErrors, workshopUrl, awa);
  const kofiPage = await signUpAndRegister(browser, pageErrors, workshopUrl, kofi);
  const pendingPage = await signUpAndRegister(browser, pageErrors, workshopUrl, pending);
  await secretariat.getByRole("link", { name: "Registrations" }).click();
  for (const person of [awa, kofi]) {
    await secretariat.getByTestId(`registration-${person.email}`).getByRole("button", { name: "Approve" }).click();
    await expect(secretariat.getByTestId(`registration-${person.email}`)).toContainText("Approved");
  }
  await kofiPage.context().close();
  await pendingPage.context().close();

  await secretariat.goto(attendanceUrl);
  const sheet = secretariat.getByTestId("attendance");
  await expect(sheet.getByRole("row", { name: new RegExp(awa.name) })).toContainText("Senegal");
  await expect(sheet).toContainText("Prosecutor");
  await expect(sheet).not.toContainText(pending.name);
  await expect(secretariat.getByTestId(`attendance-${awa.email}`).getByRole("cell").nth(2)).toHaveText(/Absent/);

  // Awa joins the plenary's live room: nobody marks her, the sheet says she attended it live.
  await awaPage.goto(roomUrl);
  await expect(awaPage.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await expect(async () => {
    await secretariat.reload();
    await expect(secretariat.getByTestId(`attendance-${awa.email}`).getByRole("cell").nth(2)).toHaveText(/Present · live/, { timeout: 1000 });
  }).toPass();
  await awaPage.context().close();
  await expect(secretariat.getByTestId(`hours-${awa.email}`)).toHaveText("2:00");
  await expect(secretariat.getByTestId(`attendance-${kofi.email}`).getByRole("cell").nth(3)).toHaveText(/Absent/);

  // Kofi followed the case study by telephone: the secretariat marks him present by hand.
  await secretariat.getByRole("button", { name: `Mark ${kofi.name} present at Case study: freezing orders` }).click();
  await expect(secretariat.getByTestId(`attendance-${kofi.email}`).getByRole("cell").nth(3)).toHaveText(/Present · marked/);
  await expect(secretariat.getByTestId(`hours-${kofi.email}`)).toHaveText("1:30");
  // A slip of the hand on Awa's case study is marked, then taken back.
  await secretariat.getByRole("button", { name: `Mark ${awa.name} present at Case study: freezing orders` }).click();
  await expect(secretariat.getByTestId(`hours-${awa.email}`)).toHaveText("3:30");
  await expect(secretariat.getByTestId("present-per-session").getByRole("cell")).toHaveText(["1", "2", ""]);
  await secretariat.getByRole("button", { name: `Mark ${awa.name} absent at Case study: freezing orders` }).click();
  await expect(secretariat.getByTestId(`hours-${awa.email}`)).toHaveText("2:00");
  await expect(secretariat.getByTestId("present-per-session").getByRole("cell")).toHaveText(["1", "1", ""]);

  // The download: one row per approved participant, sessions as columns with their UTC start.
  const [download] = await Promise.all([secretariat.waitForEvent("download"), secretariat.getByRole("link", { name: "Download the attendance (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`attendance-Mutual-legal-assistance-clinic-${stamp}.csv`);
  const rows = parse(fs.readFileSync((await download.path()) ?? ""), { bom: true, columns: true }) as Record<string, string>[];
  const plenaryColumn = `Plenary: requests for evidence (${utcWallClock(plenary.start).replace("T", " ")} UTC)`;
  const caseStudyColumn = `Case study: freezing orders (${utcWallClock(caseStudy.start).replace("T", " ")} UTC)`;
  expect(rows).toEqual([
    { "Full name": awa.name, "E-mail": awa.email, Country: "Senegal", Profession: "Prosecutor", "Sessions attended": "1", Hours: "2.00", [plenaryColumn]: "live", [caseStudyColumn]: "" },
    { "Full name": kofi.name, "E-mail": kofi.email, Country: "Ghana", Profession: "Prosecutor", "Sessions attended": "1", Hours: "1.50", [plenaryColumn]: "", [caseStudyColumn]: "marked" },
  ]);

  // The sheet refuses a person who is not approved, with a sentence, not a stack trace.
  const kofiRow = secretariat.getByTestId(`attendance-${kofi.email}`);
  const sessionId = await kofiRow.locator("input[name=sessionId]").first().getAttribute("value");
  const refused = await secretariat.request.post(attendanceUrl, { form: { intent: "mark", sessionId: sessionId ?? "", userId: "someone-else", presence: "present" } });
  expect(refused.status()).toBe(409);
  const unknownSession = await secretariat.request.post(attendanceUrl, { form: { intent: "mark", sessionId: "no-such-session", userId: "someone-else", presence: "present" } });
  expect(unknownSession.status()).toBe(404);
});

test("without JavaScript, the secretariat can still mark a presence", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "secretariat@comity.test");
  // The demo data has no approved participant with sessions to mark unless a workshop is made here.
  const stamp = Date.now();
  const workshopUrl = await createOnlineWorkshop(page, {
    title: `Without scripts ${stamp}`,
    region: "Sahel",
    link: "https://meet.example.org/no-js",
    timeZone: "UTC",
    firstDay: "2026-09-01",
    lastDay: "2026-09-01",
    places: 5,
    floor: ["French"],
  });
  await page.getByLabel("Title").fill("Morning");
  await page.getByLabel("Starts").fill("2026-09-01T09:00");
  await page.getByLabel("Ends").fill("2026-09-01T10:15");
  await page.getByRole("button", { name: "Add the session" }).click();
  await expect(page.getByTestId("agenda")).toContainText("Morning");
  await publishWorkshop(page);

  // A demo participant registers (without scripts too) and is approved.
  const participant = await browser.newContext({ javaScriptEnabled: false });
  const participantPage = await participant.newPage();
  await signIn(participantPage, "participant2@comity.test");
  await participantPage.goto(workshopUrl);
  await participantPage.getByLabel("Profession").selectOption("judge");
  await participantPage.getByLabel("Country").selectOption("ID");
  await participantPage.getByRole("button", { name: "Register" }).click();
  await expect(participantPage.getByTestId("registration-status")).toBeVisible();
  await participant.close();
  await page.goto(`${workshopUrl}/registrations`);
  await page.getByTestId("registration-participant2@comity.test").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("registration-participant2@comity.test")).toContainText("Approved");

  await page.goto(`${workshopUrl}/attendance`);
  const row = page.getByTestId("attendance-participant2@comity.test");
  await row.getByRole("button", { name: /present at Morning$/ }).click();
  await expect(row.getByRole("cell").nth(2)).toHaveText(/Present · marked/);
  await expect(page.getByTestId("hours-participant2@comity.test")).toHaveText("1:15");
  await context.close();
});
