import { test as base, expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "comity-demo-2026";

// Remix's single fetch logs the AbortError of a data request it cut short itself: a page reload
// (revalidation after a live event) that the person's own click interrupted. Nothing is lost or shown.
const INTERRUPTED_RELOAD = /^AbortError: signal is aborted without reason\b/;

/** A console error or an uncaught page error fails the test: it is a bug a person would hit. */
export function watchForPageErrors(page: Page, errors: string[]): void {
  page.on("console", (message) => {
    // 4xx answers are the app refusing bad input or a wrong role on purpose, and ERR_INTERNET_DISCONNECTED is
    // a test cutting the network on purpose; the browser logs those too.
    if (message.type() === "error" && !/Failed to load resource: (the server responded with a status of 4\d\d|net::ERR_INTERNET_DISCONNECTED)/.test(message.text()) && !INTERRUPTED_RELOAD.test(message.text())) {
      errors.push(`console on ${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(`page: ${error.message}`));
}

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchForPageErrors(page, errors);
      await use(errors);
      expect(errors, "the page logged errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/^password$/i).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** Fills the sign-up form as a person would and submits it. */
export async function fillSignUp(
  page: Page,
  person: { name: string; email: string; password: string; confirmPassword?: string },
  options: { keepPage?: boolean } = {},
): Promise<void> {
  if (!options.keepPage) await page.goto("/signup");
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel(/e-mail/i).fill(person.email);
  await page.getByLabel(/^password$/i).fill(person.password);
  await page.getByLabel("Repeat the password").fill(person.confirmPassword ?? person.password);
  await page.getByRole("button", { name: "Create the account" }).click();
}

/** A separate browser context, as a second person on another computer would have. */
export async function newPerson(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  watchForPageErrors(page, errors);
  return page;
}

export interface OnlineWorkshopForm {
  title: string;
  region: string;
  link: string;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  places: number;
  floor: string[];
  interpretedInto?: string[];
}

/**
 * Fills the new-workshop form for an online workshop as the secretariat would and waits for its page.
 * Returns the workshop page's address, taken before any post (a post without scripts to an index
 * route leaves "?index" in the address).
 */
export async function createOnlineWorkshop(page: Page, workshop: OnlineWorkshopForm): Promise<string> {
  await page.goto("/workshops/new");
  await page.getByLabel("Title").fill(workshop.title);
  await page.getByLabel("Region").fill(workshop.region);
  await page.getByLabel("Format").selectOption("online");
  await page.getByLabel("Online link").fill(workshop.link);
  await page.getByLabel("Time zone of the workshop").selectOption(workshop.timeZone);
  await page.getByLabel("First day").fill(workshop.firstDay);
  await page.getByLabel("Last day").fill(workshop.lastDay);
  await page.getByLabel("Places").fill(String(workshop.places));
  for (const language of workshop.floor) await page.getByRole("group", { name: "Floor languages" }).getByLabel(language).check();
  for (const language of workshop.interpretedInto ?? []) await page.getByRole("group", { name: "Interpreted into" }).getByLabel(language).check();
  await page.getByRole("button", { name: "Create the workshop" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(workshop.title);
  return page.url();
}

export async function publishWorkshop(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator(".status")).toHaveText("Published");
}

/** A new person, in a browser of their own, signs up and registers for the workshop; the page stays open. */
export async function signUpAndRegister(
  browser: Browser,
  errors: string[],
  workshopUrl: string,
  person: { name: string; email: string; country: string; profession?: string },
): Promise<Page> {
  const page = await newPerson(browser, errors);
  await fillSignUp(page, { name: person.name, email: person.email, password: "a sentence for a password" });
  await expect(page.getByTestId("signed-in-as")).toContainText(person.name);
  await page.goto(workshopUrl);
  await page.getByLabel("Profession").selectOption(person.profession ?? "prosecutor");
  await page.getByLabel("Country").selectOption(person.country);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByTestId("registration-status")).toHaveText("Pending: the secretariat will decide soon.");
  return page;
}
