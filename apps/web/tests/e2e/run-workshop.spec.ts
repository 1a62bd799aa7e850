import { createOnlineWorkshop, expect, newPerson, publishWorkshop, signIn, signUpAndRegister, test } from "./fixtures.ts";

const HOUR = 60 * 60 * 1000;
const utcWallClock = (ms: number) => new Date(ms).toISOString().slice(0, 16);

test("an exercise run in a workshop session: the trainer links it, approved participants join it from the agenda, others do not see its code", async ({ page: secretariat, browser, pageErrors }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `Extradition clinic ${stamp}`;
  const sessionTitle = "Mock case: the Kestrel arrest";
  await signIn(secretariat, "secretariat@comity.test");
  const workshopUrl = await createOnlineWorkshop(secretariat, {
    title,
    region: "Southern Africa",
    link: "https://meet.example.org/extradition-clinic",
    timeZone: "UTC",
    firstDay: utcWallClock(stamp).slice(0, 10),
    lastDay: utcWallClock(stamp + 24 * HOUR).slice(0, 10),
    places: 10,
    floor: ["English"],
  });
  await secretariat.getByLabel("Title").fill(sessionTitle);
  await secretariat.getByLabel("Starts").fill(utcWallClock(stamp + HOUR));
  await secretariat.getByLabel("Ends").fill(utcWallClock(stamp + 3 * HOUR));
  await secretariat.getByRole("button", { name: "Add the session" }).click();
  await expect(secretariat.getByTestId("agenda")).toContainText(sessionTitle);
  await publishWorkshop(secretariat);

  const thandi = { name: `Thandi ${stamp}`, email: `thandi.${stamp}@example.org`, country: "ZA" };
  const waiting = { name: `Waiting ${stamp}`, email: `waiting.${stamp}@example.org`, country: "BW" };
  const thandiPage = await signUpAndRegister(browser, pageErrors, workshopUrl, thandi);
  const waitingPage = await signUpAndRegister(browser, pageErrors, workshopUrl, waiting);
  await secretariat.getByRole("link", { name: "Registrations" }).click();
  await secretariat.getByTestId(`registration-${thandi.email}`).getByRole("button", { name: "Approve" }).click();
  await expect(secretariat.getByTestId(`registration-${thandi.email}`)).toContainText("Approved");

  // The trainer opens a run for that session.
  const trainer = await newPerson(browser, pageErrors);
  await signIn(trainer, "trainer@comity.test");
  await trainer.getByRole("navigation").getByRole("link", { name: "Exercises" }).click();
  await trainer.getByLabel("Scenario").selectOption({ label: "The Kestrel case: provisional arrest, a death-penalty assurance and a national who cannot be surrendered (built-in)" });
  await trainer.getByLabel("Title").fill(`Kestrel in the clinic ${stamp}`);
  const sessionOption = trainer.getByLabel("Workshop session").locator("option", { hasText: `${title} · ${sessionTitle}` });
  await trainer.getByLabel("Workshop session").selectOption((await sessionOption.getAttribute("value")) ?? "");
  await trainer.getByRole("button", { name: "Open the lobby" }).click();
  await expect(trainer.getByRole("link", { name: `${title} · ${sessionTitle}` })).toBeVisible();

  // Thandi, approved, finds it on the agenda and joins from there.
  await thandiPage.reload();
  await thandiPage.getByTestId("agenda").getByRole("link", { name: `Kestrel in the clinic ${stamp}` }).click();
  await thandiPage.getByRole("button", { name: "Continue" }).click();
  await thandiPage.getByLabel("Country").selectOption({ label: "South Africa" });
  await thandiPage.getByLabel("Language you read the case in").selectOption({ label: "English" });
  await thandiPage.getByLabel("Profession").selectOption({ label: "Prosecutor" });
  await thandiPage.getByRole("button", { name: "Enter the lobby" }).click();
  await expect(thandiPage.getByTestId("waiting-seat")).toBeVisible();
  await expect(trainer.getByTestId("members")).toContainText(thandi.name);

  // Someone still waiting for approval sees the session, not the exercise's code.
  await waitingPage.reload();
  await expect(waitingPage.getByTestId("agenda")).toContainText(sessionTitle);
  await expect(waitingPage.getByTestId("agenda")).not.toContainText("Kestrel in the clinic");
});
