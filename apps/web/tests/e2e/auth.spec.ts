import { expect, fillSignUp, signIn, test } from "./fixtures.ts";

const DEMO_USERS = [
  { email: "secretariat@comity.test", role: "Secretariat", seesAccounts: true },
  { email: "trainer@comity.test", role: "Trainer", seesAccounts: false },
  { email: "participant2@comity.test", role: "Participant", seesAccounts: false },
  // The demo interpreter's account language is French: the page follows it after sign-in.
  { email: "interpreter@comity.test", role: "Interprète", seesAccounts: false },
];

test.describe("signing in", () => {
  for (const user of DEMO_USERS) {
    test(`the demo ${user.role.toLowerCase()} signs in and sees what the role allows`, async ({ page }) => {
      await signIn(page, user.email);
      await expect(page.getByTestId("signed-in-as")).toContainText(user.role);
      await expect(page.getByRole("navigation").getByRole("link", { name: "Accounts", exact: true })).toHaveCount(user.seesAccounts ? 1 : 0);
      const response = await page.goto("/admin/users");
      if (user.seesAccounts) {
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { name: "Accounts and roles" })).toBeVisible();
      } else {
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("alert").getByRole("heading", { level: 1 })).toBeVisible();
      }
      await page.locator("form[action='/signout'] button").click();
      await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
      await page.goto("/live");
      await expect(page).toHaveURL(/\/signin\?redirectTo=%2Flive/);
    });
  }

  test("a wrong password is refused with a clear message and the address is kept", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel(/e-mail/i).fill("trainer@comity.test");
    await page.getByLabel(/^password$/i).fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("The e-mail address or the password is not right.");
    await expect(page.getByLabel(/e-mail/i)).toHaveValue("trainer@comity.test");
  });

  test("sign-in comes back to the page that asked for it", async ({ page }) => {
    await page.goto("/settings");
    await page.getByLabel(/e-mail/i).fill("participant2@comity.test");
    await page.getByLabel(/^password$/i).fill("comity-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { name: "Your settings" })).toBeVisible();
  });
});

test.describe("signing up", () => {
  test("invalid fields are shown beside each field, typed values stay, and a valid form makes a participant", async ({ page }) => {
    await fillSignUp(page, { name: "Nadia Rahman", email: "nadia.rahman@", password: "short", confirmPassword: "different" });

    await expect(page.getByText("Enter a valid e-mail address, such as name@example.org.")).toBeVisible();
    await expect(page.getByText("The password needs at least 10 characters.")).toBeVisible();
    // Once the password is long enough, a confirmation that differs is pointed out.
    await page.getByLabel(/^password$/i).fill("a sentence for a password");
    await page.getByRole("button", { name: "Create the account" }).click();
    await expect(page.getByText("The two passwords are not the same.")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Nadia Rahman");
    await expect(page.getByLabel(/e-mail/i)).toHaveValue("nadia.rahman@");

    const email = `nadia.${Date.now()}@example.org`;
    await page.getByLabel(/e-mail/i).fill(email);
    await page.getByLabel(/^password$/i).fill("a sentence for a password");
    await page.getByLabel("Repeat the password").fill("a sentence for a password");
    await page.getByLabel("Time zone").selectOption("Asia/Jakarta");
    await page.getByRole("button", { name: "Create the account" }).click();

    await expect(page.getByTestId("signed-in-as")).toContainText("Nadia Rahman · Participant");
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Jakarta");
  });

  test("the server refuses a taken address beside the e-mail field, even without browser checks", async ({ browser }) => {
    // No JavaScript: what the server answers is what the person sees.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await fillSignUp(page, { name: "Someone Else", email: "trainer@comity.test", password: "a sentence for a password" });
    await expect(page.getByText("An account with this e-mail address already exists. Sign in instead.")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Someone Else");
    await context.close();
  });

  test("the secretariat grants the trainer role to a participant", async ({ page, browser }) => {
    const email = `grant.${Date.now()}@example.org`;
    const newcomer = await browser.newContext();
    const newcomerPage = await newcomer.newPage();
    await fillSignUp(newcomerPage, { name: "Grace Newcomer", email, password: "a sentence for a password" });
    await expect(newcomerPage.getByTestId("signed-in-as")).toContainText("Participant");

    await signIn(page, "secretariat@comity.test");
    await page.goto("/admin/users");
    const row = page.getByTestId(`user-row-${email}`);
    await row.getByLabel("Trainer").check();
    await row.getByRole("button", { name: "Save roles" }).click();
    await expect(page.getByTestId(`user-row-${email}`).getByText("Roles saved.")).toBeVisible();

    await newcomerPage.reload();
    await expect(newcomerPage.getByTestId("signed-in-as")).toContainText("Trainer, Participant");
    await newcomer.close();
  });
});
