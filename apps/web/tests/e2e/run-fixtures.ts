import type { Page } from "@playwright/test";
import { expect, fillSignUp, signIn } from "./fixtures.ts";

export const KESTREL = "The Kestrel case: provisional arrest, a death-penalty assurance and a national who cannot be surrendered (built-in)";

/** The demo trainer opens the lobby of a run of the Kestrel case; returns its join code. */
export async function openKestrelRun(page: Page, title: string): Promise<string> {
  await signIn(page, "trainer@comity.test");
  await page.getByRole("navigation").getByRole("link", { name: "Exercises" }).click();
  await page.getByLabel("Scenario").selectOption({ label: KESTREL });
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Open the lobby" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const code = (await page.getByTestId("join-code").textContent()) ?? "";
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  return code;
}

/** Signs up a new participant in their own browser and joins the run with its code. */
export async function joinAsNewParticipant(page: Page, person: { name: string; country: string; language: string; profession: string }, code: string): Promise<void> {
  await fillSignUp(page, { name: person.name, email: `${person.name.toLowerCase()}.${Date.now()}@example.org`, password: "a sentence for a password" });
  await expect(page.getByTestId("signed-in-as")).toContainText(person.name);
  await page.getByRole("navigation").getByRole("link", { name: "Exercises" }).click();
  await page.getByLabel("Code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Name shown to your team").fill(person.name);
  await page.getByLabel("Country").selectOption({ label: person.country });
  await page.getByLabel("Language you read the case in").selectOption({ label: person.language });
  await page.getByLabel("Profession").selectOption({ label: person.profession });
  await page.getByRole("button", { name: "Enter the lobby" }).click();
  await expect(page.getByTestId("waiting-seat")).toBeVisible();
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
}
