import { expect, newPerson, test } from "./fixtures.ts";
import { joinAsNewParticipant, openKestrelRun } from "./run-fixtures.ts";

test("a request between States goes back and forth: more information asked and given, postponed on a legal ground, then executed, each step seen by both teams and the trainer", async ({ page, browser, pageErrors }) => {
  test.setTimeout(180_000);
  const code = await openKestrelRun(page, "Kestrel, requests drill");
  const lena = await newPerson(browser, pageErrors);
  const omar = await newPerson(browser, pageErrors);
  await joinAsNewParticipant(lena, { name: "Lena", country: "Germany", language: "English", profession: "Prosecutor" }, code);
  await joinAsNewParticipant(omar, { name: "Omar", country: "Jordan", language: "English", profession: "Central-authority officer" }, code);
  await expect(page.getByTestId("members").getByRole("row")).toHaveCount(3);
  await page.getByLabel("Team and role of Lena").selectOption({ label: "Requesting State: Veloria · Prosecutor, Santa Leda Regional Prosecution Office" });
  await page.getByLabel("Team and role of Omar").selectOption({ label: "Requested State: Aldoria · Officer, Federal Office of Justice of Aldoria" });
  await page.getByRole("button", { name: "Save teams and roles" }).click();
  await expect(lena.getByTestId("my-seat")).toContainText("Requesting State: Veloria");
  await expect(omar.getByTestId("my-seat")).toContainText("Requested State: Aldoria");
  await page.getByRole("button", { name: "Start", exact: true }).click();

  // Veloria drafts the provisional-arrest request and sends it to Aldoria on hand-in.
  const task = lena.getByTestId("task-provisional-arrest-request");
  await task.getByRole("textbox").first().fill("The Santa Leda Regional Prosecution Office asks, through INTERPOL, for the provisional arrest of Dario Kestrel.");
  await expect(lena.getByTestId("save-state-provisional-arrest-request")).toHaveAttribute("data-state", "saved");
  await task.getByRole("button", { name: "Hand in" }).click();
  await expect(lena.getByTestId("handed-in-provisional-arrest-request")).toBeVisible();

  const received = omar.getByTestId("cooperation").locator("> li").first();
  await expect(received.getByTestId("request-status")).toHaveText("Sent, awaiting an answer");
  await expect(received).toContainText("asks, through INTERPOL, for the provisional arrest of Dario Kestrel");

  // Aldoria asks for more; only the requested side has these forms.
  await expect(lena.getByTestId("step-refuse")).toHaveCount(0);
  const ask = received.getByTestId("step-request-more-information");
  await ask.locator("summary").click();
  await ask.getByLabel("What do you need?").fill("Send the arrest warrant's date and the authority that issued it.");
  await ask.getByRole("button", { name: "Ask for more information" }).click();
  await expect(received.getByTestId("request-status")).toHaveText("More information requested");

  // Veloria sees the question and supplies the information.
  const sent = lena.getByTestId("cooperation").locator("> li").first();
  await expect(sent.getByTestId("request-status")).toHaveText("More information requested");
  await expect(sent).toContainText("Send the arrest warrant's date");
  const supply = sent.getByTestId("step-answer");
  await supply.locator("summary").click();
  await supply.getByLabel("The information asked for").fill("Warrant of 12 May, issued by the investigating judge of Santa Leda.");
  await supply.getByRole("button", { name: "Supply the information" }).click();
  await expect(sent.getByTestId("request-status")).toHaveText("Sent, awaiting an answer");

  // Aldoria postpones on a stated ground, then executes.
  await expect(received).toContainText("Warrant of 12 May");
  const postpone = received.getByTestId("step-postpone");
  await postpone.locator("summary").click();
  await postpone.getByLabel("Why postpone?").fill("The police must first confirm he is still at the hotel.");
  await postpone.getByLabel("Legal ground").fill("UNTOC art. 18(25)");
  await postpone.getByRole("button", { name: "Postpone" }).click();
  await expect(received.getByTestId("request-status")).toHaveText("Postponed");
  await expect(sent.getByTestId("request-status")).toHaveText("Postponed");

  const execute = received.getByTestId("step-execute");
  await execute.locator("summary").click();
  await execute.getByLabel("Note").fill("Arrested at 06:10 at the hotel Ardenne.");
  await execute.getByRole("button", { name: "Execute" }).click();
  await expect(received.getByTestId("request-status")).toHaveText("Executed");
  await expect(sent.getByTestId("request-status")).toHaveText("Executed");
  // Once executed, no step is left to take.
  await expect(received.getByTestId("step-refuse")).toHaveCount(0);

  // The trainer's console holds the whole exchange, step by step.
  await page.reload();
  const onConsole = page.getByTestId("cooperation").locator("> li").first();
  await expect(onConsole.getByTestId("request-status")).toHaveText("Executed");
  await expect(onConsole.locator("ol.messages > li")).toHaveCount(5);
  await expect(onConsole).toContainText("UNTOC art. 18(25)");
});
