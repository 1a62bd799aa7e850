import { expect, signIn, test } from "./fixtures.ts";

test("a trainer clones a built-in scenario, adds an inject and a task, publishes it and previews it as a participant in French", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "trainer@comity.test");
  await page.getByRole("navigation").getByRole("link", { name: "Scenarios" }).click();

  // An import that fails the format is refused with each problem and its path, and the text stays.
  const broken = '{ "format": "comity.scenario", "formatVersion": 1, "id": "Not an id" }';
  await page.getByLabel("Scenario JSON").fill(broken);
  await page.getByRole("button", { name: "Import" }).click();
  const problems = page.getByTestId("problems");
  await expect(problems).toContainText("id: Use lower-case letters, digits and hyphens");
  await expect(problems).toContainText("tasks: Required");
  await expect(page.getByLabel("Scenario JSON")).toHaveValue(broken);

  await page.getByTestId("built-in-extradition-provisional-arrest").getByRole("button", { name: "Clone and edit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("The Kestrel case");
  await expect(page.getByTestId("version-status")).toHaveText("Version 1 · draft");
  await expect(page.getByTestId("ready")).toBeVisible();

  // An inject, in both of the scenario's languages, released at minute 40 to everyone.
  const inject = page.locator("#add-inject");
  await inject.getByLabel("Identifier").fill("Press Leak");
  await inject.getByLabel("Inject title (English)").fill("A newspaper names the suspect");
  await inject.getByLabel("Inject title (French)").fill("Un journal nomme le suspect");
  await inject.getByLabel("Inject text (English)").fill("The Brevannes Courier reports that a Velorian fugitive is held in Aldoria.");
  await inject.getByLabel("Inject text (French)").fill("Le Courrier de Brevannes rapporte qu'un fugitif vélorien est détenu en Aldorie.");
  await inject.getByLabel("Minute of scenario time").fill("40");
  await inject.getByRole("button", { name: "Add the inject" }).click();
  // A wrong identifier is pointed out, and nothing typed is lost.
  await expect(inject.getByTestId("problems")).toContainText("Use lower-case letters, digits and hyphens");
  await expect(inject.getByLabel("Inject title (French)")).toHaveValue("Un journal nomme le suspect");
  await inject.getByLabel("Identifier").fill("press-leak");
  await inject.getByRole("button", { name: "Add the inject" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();

  // A short-answer task for everyone, scored on what a good answer mentions.
  const task = page.locator("#add-task");
  await task.getByLabel("Identifier").fill("press-question");
  await task.getByLabel("Task title (English)").fill("What may the press be told?");
  await task.getByLabel("Task title (French)").fill("Que peut-on dire à la presse ?");
  await task.getByLabel("Instructions (English)").fill("In three lines, say what the central authority may disclose and why.");
  await task.getByLabel("Instructions (French)").fill("En trois lignes, dites ce que l'autorité centrale peut divulguer et pourquoi.");
  await task.getByLabel("A good answer mentions (English)").fill("confidentiality, confidential");
  await task.getByLabel("A good answer mentions (French)").fill("confidentialité, confidentiel");
  await task.getByLabel("Feedback with its source (English)").fill("The request and its contents stay confidential (UNTOC art. 18(20)).");
  await task.getByLabel("Feedback with its source (French)").fill("La demande et son contenu restent confidentiels (CTO art. 18(20)).");
  await task.getByLabel("Model answer (English)").fill("Nothing beyond the fact of the arrest: the request is confidential under art. 18(20).");
  await task.getByLabel("Model answer (French)").fill("Rien au-delà de l'arrestation : la demande est confidentielle (art. 18(20)).");
  await task.getByLabel("Legal source").fill("UNTOC art. 18(20)");
  await task.getByRole("button", { name: "Add the task" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await expect(page.getByTestId("ready")).toBeVisible();

  await page.getByRole("button", { name: "Publish this version" }).click();
  await expect(page.getByTestId("published")).toContainText("Version 1 is published.");
  await expect(page.getByTestId("version-status")).toHaveText("Version 1 · published");

  // The preview, as the Aldorian central authority reading French.
  await page.getByLabel("Role played").selectOption({ label: "Officer, Federal Office of Justice of Aldoria" });
  await page.getByLabel("Reading language").selectOption("fr");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("preview");
  await expect(preview.getByRole("heading", { level: 1 })).toContainText("L'affaire Kestrel");
  await expect(page.getByTestId("preview-role")).toContainText("Agent de l'Office fédéral de la justice d'Aldorie");
  await expect(page.getByTestId("preview-inject-press-leak")).toContainText("Un journal nomme le suspect");
  await expect(page.getByTestId("preview-inject-press-leak")).toContainText("minute 40");
  await expect(page.getByTestId("preview-task-press-question")).toContainText("Que peut-on dire à la presse ?");
  await expect(preview).not.toContainText("Rien au-delà de l'arrestation");

  // A published version never changes: the next edit opens version 2 as a draft.
  await page.getByRole("link", { name: "Back to the scenario" }).click();
  await page.locator("#add-inject").getByLabel("Identifier").fill("second-thoughts");
  await page.locator("#add-inject").getByLabel("Inject title (English)").fill("A second thought");
  await page.locator("#add-inject").getByLabel("Inject text (English)").fill("The defence asks for a hearing.");
  await page.locator("#add-inject").getByRole("button", { name: "Add the inject" }).click();
  await expect(page.getByTestId("version-status")).toHaveText("Version 2 · draft");
  await expect(page.getByTestId("versions").getByRole("row")).toHaveCount(3);
  const exported = await page.request.get((await page.getByTestId("versions").getByRole("row").nth(2).getByRole("link", { name: "Download JSON" }).getAttribute("href")) ?? "");
  const versionOne = (await exported.json()) as { injects: { id: string }[] };
  expect(versionOne.injects.map((item) => item.id)).toContain("press-leak");
  expect(versionOne.injects.map((item) => item.id)).not.toContain("second-thoughts");
});

test("a trainer starts a scenario from scratch, sees what it still needs path by path, and cannot publish it yet", async ({ page }) => {
  await signIn(page, "trainer@comity.test");
  await page.goto("/scenarios");
  const form = page.locator("#new-scenario");
  await form.getByLabel("Title").fill("Confiscation of a seaside villa");
  await form.getByLabel("Case").selectOption("confiscation");
  await form.getByLabel("Main language").selectOption("fr");
  await form.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confiscation of a seaside villa");
  await expect(page.getByTestId("version-status")).toHaveText("Version 1 · draft");
  const problems = page.getByTestId("problems");
  for (const path of ["objectives", "states", "roles", "teams", "phases", "tasks"]) await expect(problems).toContainText(`${path}:`);

  await page.getByRole("button", { name: "Publish this version" }).click();
  await expect(page.locator("#publish-problems")).toContainText("states:");
  await expect(page.getByTestId("version-status")).toHaveText("Version 1 · draft");
});
