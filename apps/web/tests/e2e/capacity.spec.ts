import type { Browser } from "@playwright/test";
import { expect, fillSignUp, newPerson, signIn, test } from "./fixtures.ts";

/** A new participant signs up and registers for the workshop at `url`. */
async function registerNewParticipant(browser: Browser, pageErrors: string[], url: string, name: string) {
  const page = await newPerson(browser, pageErrors);
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.org`;
  await fillSignUp(page, { name, email, password: "a sentence for a password" });
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
  await page.goto(url);
  await page.getByLabel("Profession").selectOption("judge");
  await page.getByLabel("Country").selectOption("MD");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByTestId("registration-status")).toHaveText("Pending: the secretariat will decide soon.");
  await page.context().close();
  return email;
}

test("the secretariat cannot cut the places below the people already approved; more places move the waiting list up", async ({ page: secretariat, browser, pageErrors }) => {
  await signIn(secretariat, "secretariat@comity.test");
  await secretariat.goto("/workshops/new");
  await secretariat.getByLabel("Title").fill(`Judges' seminar on ne bis in idem ${Date.now()}`);
  await secretariat.getByLabel("Region").fill("Eastern Europe");
  await secretariat.getByLabel("Format").selectOption("online");
  await secretariat.getByLabel("Time zone of the workshop").selectOption("Europe/Chisinau");
  await secretariat.getByLabel("First day").fill("2026-09-14");
  await secretariat.getByLabel("Last day").fill("2026-09-14");
  await secretariat.getByLabel("Places").fill("2");
  await secretariat.getByRole("group", { name: "Floor languages" }).getByLabel("English").check();
  await secretariat.getByLabel("Online link").fill("https://meet.example.org/ne-bis-in-idem");
  await secretariat.getByRole("button", { name: "Create the workshop" }).click();
  await secretariat.getByRole("button", { name: "Publish" }).click();
  await expect(secretariat.locator(".status")).toHaveText("Published");
  const workshopUrl = secretariat.url();

  const emails = [];
  for (const name of ["Ion Rusu", "Elena Ciobanu", "Mihai Popa"]) emails.push(await registerNewParticipant(browser, pageErrors, workshopUrl, name));
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
