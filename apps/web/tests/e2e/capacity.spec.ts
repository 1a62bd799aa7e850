import { createOnlineWorkshop, expect, publishWorkshop, signIn, signUpAndRegister, test } from "./fixtures.ts";

test("the secretariat cannot cut the places below the people already approved; more places move the waiting list up", async ({ page: secretariat, browser, pageErrors }) => {
  await signIn(secretariat, "secretariat@comity.test");
  const workshopUrl = await createOnlineWorkshop(secretariat, {
    title: `Judges' seminar on ne bis in idem ${Date.now()}`,
    region: "Eastern Europe",
    link: "https://meet.example.org/ne-bis-in-idem",
    timeZone: "Europe/Chisinau",
    firstDay: "2026-09-14",
    lastDay: "2026-09-14",
    places: 2,
    floor: ["English"],
  });
  await publishWorkshop(secretariat);

  const emails: string[] = [];
  for (const name of ["Ion Rusu", "Elena Ciobanu", "Mihai Popa"]) {
    const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.org`;
    await (await signUpAndRegister(browser, pageErrors, workshopUrl, { name, email, country: "MD", profession: "judge" })).context().close();
    emails.push(email);
  }
  await secretariat.getByRole("link", { name: "Registrations" }).click();
  for (const email of emails) await secretariat.getByTestId(`registration-${email}`).getByRole("button", { name: "Approve" }).click();
  // Two places: the third approval lands on the waiting list.
  await expect(secretariat.getByTestId("seats")).toHaveText("2 of 2 places taken.");
  await expect(secretariat.getByTestId(`registration-${emails[2]}`)).toContainText("On the waiting list");

  // One place would turn away someone already accepted: refused beside the field, the typed number kept.
  await secretariat.getByLabel("Places").fill("1");
  await secretariat.getByRole("button", { name: "Change the places" }).click();
  await expect(secretariat.getByText("2 people are already approved: the places cannot be fewer.", { exact: false })).toBeVisible();
  await expect(secretariat.getByLabel("Places")).toHaveValue("1");
  await expect(secretariat.getByTestId("seats")).toHaveText("2 of 2 places taken.");

  // A number that is no number is refused too, before anything is sent.
  await secretariat.getByLabel("Places").fill("0");
  await secretariat.getByRole("button", { name: "Change the places" }).click();
  await expect(secretariat.getByText("Enter a number of places from 1 to 10,000.")).toBeVisible();

  await secretariat.getByLabel("Places").fill("3");
  await secretariat.getByRole("button", { name: "Change the places" }).click();
  await expect(secretariat.getByTestId("capacity-saved")).toHaveText("The places are changed. 1 person moved up from the waiting list.");
  await expect(secretariat.getByTestId("seats")).toHaveText("3 of 3 places taken.");
  await expect(secretariat.getByTestId(`registration-${emails[2]}`)).toContainText("Approved");
});
