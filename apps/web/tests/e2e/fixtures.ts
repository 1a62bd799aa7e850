import { test as base, expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "comity-demo-2026";

/** A console error or an uncaught page error fails the test: it is a bug a person would hit. */
export function watchForPageErrors(page: Page, errors: string[]): void {
  page.on("console", (message) => {
    // 4xx answers are the app refusing bad input or a wrong role on purpose; the browser logs those too.
    if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
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
