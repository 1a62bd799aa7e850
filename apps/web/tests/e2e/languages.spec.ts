import { expect, signIn, test } from "./fixtures.ts";

test("switching to Arabic lays the page out right-to-left, in Arabic", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByLabel("Language").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("التدريب على التعاون الدولي في المسائل الجنائية");

  // Right-to-left for real: the brand sits at the right edge and the account links at the left.
  const viewport = page.viewportSize();
  const brand = await page.getByRole("link", { name: "Comity" }).first().boundingBox();
  const signInLink = await page.getByRole("link", { name: "تسجيل الدخول" }).first().boundingBox();
  expect(viewport && brand && signInLink).toBeTruthy();
  if (!viewport || !brand || !signInLink) return;
  expect(brand.x).toBeGreaterThan(viewport.width / 2);
  expect(signInLink.x).toBeLessThan(brand.x);
  await page.screenshot({ path: "test-results/home-arabic.png", fullPage: true });
});

test("French is offered too, and the choice survives navigation", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Language").selectOption("fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer un compte");
});

test("signing in switches the interface to the account's language", async ({ page }) => {
  // The demo participant Amina's account language is Arabic.
  await signIn(page, "participant@comity.test");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("signed-in-as")).toContainText("مشارك");
});
