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

  // The unfinished draft is built with the forms all the same: a State's own fields are checked, the rest stays listed.
  await page.getByTestId("edit-sections").getByRole("link", { name: "States" }).click();
  await page.getByTestId("states-new").locator("summary").click();
  const state = page.locator("#states-new");
  await state.getByLabel("Identifier").fill("costa-azul");
  await state.getByLabel("Name (French)").fill("République de Costa Azul");
  await state.getByRole("group", { name: "Languages it accepts requests in" }).getByLabel("French").check();
  await state.getByRole("button", { name: "Add a State" }).click();
  await expect(state.getByLabel("Central authority (French)")).toHaveAccessibleDescription(/Give the text in at least one language/);
  await state.getByLabel("Central authority (French)").fill("Ministère de la justice");
  await state.getByRole("button", { name: "Add a State" }).click();
  await expect(state.getByTestId("saved")).toBeVisible();
  await expect(page.getByTestId("states-costa-azul")).toContainText("République de Costa Azul");
});

test("a trainer edits a cloned scenario with forms only: metadata, a State, a role and a team, a document, a phase and a rubric criterion", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "trainer@comity.test");
  await page.goto("/scenarios");
  await page.getByTestId("built-in-extradition-provisional-arrest").getByRole("button", { name: "Clone and edit" }).click();
  await expect(page.getByTestId("ready")).toBeVisible();
  const sections = page.getByTestId("edit-sections");
  /** Unfolds a list's "Add…" form and returns it. */
  const addForm = async (list: string) => {
    await page.getByTestId(`${list}-new`).locator("summary").click();
    return page.locator(`#${list}-new`);
  };

  // Metadata: a new title, a level, and one more learning objective.
  await sections.getByRole("link", { name: "Title and objectives" }).click();
  const metadata = page.locator("#metadata");
  await metadata.getByLabel("Title (English)", { exact: true }).fill("The Kestrel case, revised");
  await metadata.getByLabel("Level").selectOption("advanced");
  const objective = metadata.getByRole("group", { name: "New objective" });
  await objective.getByLabel("Objective (English)").fill("Plan the time limit of a provisional arrest");
  await objective.getByLabel("Legal source").fill("ETS 24 art. 16(4)");
  await metadata.getByRole("button", { name: "Save" }).click();
  await expect(metadata.getByTestId("saved")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Kestrel case, revised");

  // A new State: a wrong identifier is refused beside its field, and what was typed stays.
  await sections.getByRole("link", { name: "States" }).click();
  const state = await addForm("states");
  await state.getByLabel("Identifier").fill("Norland");
  await state.getByLabel("Name (English)", { exact: true }).fill("Kingdom of Norland");
  await state.getByLabel("Name (French)", { exact: true }).fill("Royaume de Norlande");
  await state.getByLabel("It extradites its own nationals").check();
  await state.getByRole("group", { name: "Languages it accepts requests in" }).getByLabel("English").check();
  await state.getByLabel("Central authority (English)").fill("Ministry of Justice of Norland");
  await state.getByRole("button", { name: "Add a State" }).click();
  await expect(state.getByLabel("Identifier")).toHaveAccessibleDescription(/Use lower-case letters, digits and hyphens/);
  await expect(state.getByLabel("Name (French)", { exact: true })).toHaveValue("Royaume de Norlande");
  await expect(state.getByLabel("Central authority (English)")).toHaveValue("Ministry of Justice of Norland");
  await state.getByLabel("Identifier").fill("norland");
  await state.getByRole("button", { name: "Add a State" }).click();
  await expect(state.getByTestId("saved")).toBeVisible();
  await expect(page.getByTestId("states-norland")).toContainText("Kingdom of Norland");
  // A State that roles and teams still belong to cannot be removed; the page says what uses it.
  const aldoria = page.getByTestId("states-aldoria");
  await aldoria.locator("summary").click();
  await aldoria.getByRole("button", { name: "Remove" }).click();
  await expect(aldoria.getByTestId("problems")).toContainText('It is still used by roles "aldorian-central-authority"');
  await expect(aldoria.getByTestId("problems")).toContainText('teams "requested"');

  // A role of that State, and a team holding it.
  await sections.getByRole("link", { name: "Roles and teams" }).click();
  const role = await addForm("roles");
  await role.getByLabel("Identifier").fill("norland-prosecutor");
  await role.getByLabel("State").selectOption({ label: "Kingdom of Norland" });
  await role.getByLabel("Name (English)", { exact: true }).fill("Prosecutor of Norland");
  await role.getByRole("button", { name: "Add a role" }).click();
  await expect(role.getByTestId("saved")).toBeVisible();
  const team = await addForm("teams");
  await team.getByLabel("Identifier").fill("norland-team");
  await team.getByLabel("State").selectOption({ label: "Kingdom of Norland" });
  await team.getByLabel("Name (English)", { exact: true }).fill("Observers: Norland");
  await team.getByRole("group", { name: "Roles" }).getByLabel("Prosecutor of Norland (Kingdom of Norland)").check();
  await team.getByRole("button", { name: "Add a team" }).click();
  await expect(team.getByTestId("saved")).toBeVisible();
  await expect(page.getByTestId("teams-norland-team")).toContainText("Observers: Norland");

  // A document for the Aldorian central authority only.
  await sections.getByRole("link", { name: "Documents" }).click();
  const document = await addForm("documents");
  await document.getByLabel("Identifier").fill("hearing-note");
  await document.getByLabel("Title (English)").fill("Hearing note");
  await document.getByLabel("Text (English)").fill("The hearing is **tomorrow** at nine.");
  await document.getByLabel("Who reads it").selectOption({ label: "Role: Officer, Federal Office of Justice of Aldoria" });
  await document.getByRole("button", { name: "Add a document" }).click();
  await expect(document.getByTestId("saved")).toBeVisible();

  // A phase renamed and moved.
  await sections.getByRole("link", { name: "Phases, deadlines and traps" }).click();
  await page.getByTestId("phases-debrief").locator("summary").click();
  const phase = page.getByTestId("phases-debrief").locator("form").first();
  await phase.getByLabel("Title (English)").fill("Debrief and lessons learnt");
  await phase.getByLabel("Starts at minute").fill("160");
  await phase.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("phases-debrief").getByTestId("saved")).toBeVisible();
  await expect(page.getByTestId("phases-debrief").locator("summary")).toContainText("Debrief and lessons learnt");

  // A rubric criterion of the decision task: its weight and its terms.
  await sections.getByRole("link", { name: "Tasks and rubrics" }).click();
  await page.getByTestId("tasks-decision").locator("summary").click();
  const task = page.getByTestId("tasks-decision").locator("form").first();
  const criterion = task.getByRole("group", { name: "Criterion 3" });
  await criterion.getByLabel("Weight").fill("0");
  await criterion.getByLabel("Grounds: terms, separated by commas (English)").fill("prosecute, prosecution, aut dedere aut judicare");
  await task.getByRole("button", { name: "Save" }).click();
  // A weight of zero is refused beside the weight, and the terms typed are still there.
  await expect(criterion.getByLabel("Weight")).toHaveAccessibleDescription(/greater than 0/);
  await expect(criterion.getByLabel("Grounds: terms, separated by commas (English)")).toHaveValue("prosecute, prosecution, aut dedere aut judicare");
  await criterion.getByLabel("Weight").fill("3");
  await task.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("tasks-decision").getByTestId("saved")).toBeVisible();
  await expect(criterion.getByLabel("Weight")).toHaveValue("3");

  // Still ready to publish, and the preview shows the edits to the role they reach.
  await page.getByRole("link", { name: "Back to the scenario" }).click();
  await expect(page.getByTestId("ready")).toBeVisible();
  await page.getByLabel("Role played").selectOption({ label: "Officer, Federal Office of Justice of Aldoria" });
  await page.getByLabel("Reading language").selectOption("en");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("preview");
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("The Kestrel case, revised");
  await expect(preview.getByRole("heading", { name: "Hearing note" })).toBeVisible();
  await expect(preview.getByText("tomorrow", { exact: true })).toHaveJSProperty("tagName", "STRONG");
});
