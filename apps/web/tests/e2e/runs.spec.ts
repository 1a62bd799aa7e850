import type { Page } from "@playwright/test";
import { expect, newPerson, test } from "./fixtures.ts";
import { joinAsNewParticipant, openKestrelRun } from "./run-fixtures.ts";

/** Scenario time shown by a page's clock, in seconds. */
async function clockSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId("scenario-clock").locator("time").textContent()) ?? "";
  return text
    .split(":")
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

test("a trainer runs the extradition case live with two teams: code, seats, phases, French inject, reload mid-task, pause, a request refused on a stated ground, scores", async ({ page, browser, pageErrors }) => {
  test.setTimeout(180_000);
  const code = await openKestrelRun(page, "Kestrel, morning group");

  const claire = await newPerson(browser, pageErrors);
  const budi = await newPerson(browser, pageErrors);
  await joinAsNewParticipant(claire, { name: "Claire", country: "France", language: "French", profession: "Prosecutor" }, code);
  await joinAsNewParticipant(budi, { name: "Budi", country: "Indonesia", language: "English", profession: "Judge" }, code);

  // The lobby fills in on the trainer's console as people join; the trainer places them.
  const members = page.getByTestId("members");
  await expect(members.getByRole("row")).toHaveCount(3);
  await page.getByLabel("Team and role of Claire").selectOption({ label: "Requesting State: Veloria · Prosecutor, Santa Leda Regional Prosecution Office" });
  await page.getByLabel("Team and role of Budi").selectOption({ label: "Requested State: Aldoria · Judge, Extradition Chamber of the Brevannes Court of Appeal" });
  await page.getByRole("button", { name: "Save teams and roles" }).click();

  // Each participant's page takes the new seat by itself.
  for (const person of [claire, budi]) await expect(person.getByTestId("lobby-wait")).toBeVisible();
  await expect(claire.getByTestId("my-seat")).toContainText("État requérant : Vélorie");
  await expect(budi.getByTestId("my-seat")).toContainText("Requested State: Aldoria");

  // Start: the first phase's inject reaches everyone, Claire in French.
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(claire.getByTestId("inject-feed")).toContainText("Kestrel localisé à Brevannes");
  await expect(budi.getByTestId("inject-feed")).toContainText("Kestrel located in Brevannes");
  await expect(page.getByTestId("phase-timeline").locator('[aria-current="step"]')).toContainText("Urgent provisional arrest");

  // The trainer moves to the next phase by hand: its inject follows.
  await page.getByRole("button", { name: "Start the next phase now" }).click();
  await expect(page.getByTestId("phase-timeline").locator('[aria-current="step"]')).toContainText("Formal extradition request");
  await expect(claire.getByTestId("inject-feed")).toContainText("Arrestation à la porte d'embarquement");

  // Claire starts the provisional-arrest request, then her page reloads mid-task: the text is still there.
  const request = claire.getByTestId("task-provisional-arrest-request");
  const firstSection = request.getByRole("textbox").first();
  await firstSection.fill("Le Parquet de Veloria demande l'arrestation provisoire de M. Kestrel, recherché pour fraude.");
  await expect(claire.getByTestId("save-state-provisional-arrest-request")).toHaveAttribute("data-state", "saved");
  await claire.reload();
  await expect(claire.getByTestId("task-provisional-arrest-request").getByRole("textbox").first()).toHaveValue("Le Parquet de Veloria demande l'arrestation provisoire de M. Kestrel, recherché pour fraude.");

  // Pause: the clock stops for everyone, and an answer is refused but kept; resume continues from where it stood.
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(budi.getByTestId("paused-banner")).toBeVisible();
  await expect(budi.getByTestId("scenario-clock")).toHaveAttribute("data-status", "paused");
  const pausedAt = await clockSeconds(budi);
  const pauseStarted = Date.now();
  const decision = budi.getByTestId("task-decision");
  await decision.getByLabel("Refuse extradition on the ground of nationality and submit the case to the Aldorian authorities for prosecution").check();
  await decision
    .getByLabel("Your reasons")
    .fill("Mr Kestrel is an Aldorian national, so section 7(1) bars his extradition; under article 16(10) Aldoria must submit the case for prosecution without undue delay.");
  await decision.getByRole("button", { name: "Hand in" }).click();
  await expect(decision.getByRole("alert")).toContainText("paused");
  expect(await clockSeconds(budi)).toBe(pausedAt);
  await expect.poll(() => Date.now() - pauseStarted).toBeGreaterThan(2_000);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(budi.getByTestId("scenario-clock")).toHaveAttribute("data-status", "running");
  const resumedAt = await clockSeconds(budi);
  expect(resumedAt).toBeGreaterThanOrEqual(pausedAt);
  // The pause lasted over two seconds; the clock did not jump by it.
  expect(resumedAt - pausedAt).toBeLessThanOrEqual(1);

  await decision.getByRole("button", { name: "Hand in" }).click();
  await expect(budi.getByTestId("handed-in-decision")).toBeVisible();

  // Claire hands in the request and sends it to Aldoria's central authority; Aldoria refuses it on a stated ground.
  const claireRequest = claire.getByTestId("task-provisional-arrest-request");
  await expect(claireRequest.getByLabel("Send to, through its central authority")).toHaveValue("requested");
  await claireRequest.getByRole("button", { name: "Hand in" }).click();
  await expect(claire.getByTestId("handed-in-provisional-arrest-request")).toBeVisible();
  const received = budi.getByTestId("cooperation").getByRole("listitem").filter({ hasText: "Requesting State: Veloria → Requested State: Aldoria" }).first();
  await expect(received).toContainText("Le Parquet de Veloria demande l'arrestation provisoire de M. Kestrel");
  const refusal = received.getByTestId("step-refuse");
  await refusal.getByText("Refuse", { exact: true }).first().click();
  await refusal.getByLabel("Ground for refusal").selectOption({ label: "The person is a national" });
  await refusal.getByLabel("Reasons (owed for any refusal)").fill("Mr Kestrel is an Aldorian national: section 7(1) of our Act bars his extradition, and we will submit the case for prosecution.");
  await refusal.getByLabel("This is also our decision on").selectOption({ label: "Decide on Veloria's request · Refuse extradition on the ground of nationality and submit the case to the Aldorian authorities for prosecution" });
  await refusal.getByRole("button", { name: "Refuse" }).click();
  await expect(received.getByTestId("request-status")).toHaveText("Refused");
  // The requesting team sees the refusal and its ground, in scenario time.
  await expect(claire.getByTestId("cooperation").getByTestId("request-status")).toHaveText("Refused");
  await expect(claire.getByTestId("cooperation")).toContainText("The person is a national");

  // The trainer sees the score come in, and the projector shows it as a table.
  await expect(page.getByTestId("team-progress")).toContainText("passed");
  // The trainer reads Budi's latest answer (the refusal, handed in as the decision) and the rubric's verdict on it.
  const handedIn = page.getByTestId("submission").filter({ hasText: "Read the answer handed in by Budi" });
  await handedIn.getByText("Read the answer handed in by Budi").click();
  await expect(handedIn).toContainText("Refuse extradition on the ground of nationality");
  await expect(handedIn).toContainText("section 7(1) of our Act bars his extradition");
  await expect(handedIn.getByRole("row").nth(1)).toContainText("%");
  await page.getByRole("link", { name: "Projector view" }).click();
  const board = page.getByTestId("scoreboard");
  await expect(board).toContainText("Requested State: Aldoria");
  await expect(board).toContainText("Budi");
  await page.getByLabel("Hide names").check();
  await expect(board).not.toContainText("Budi");
  await expect(board.getByRole("row")).toHaveCount(3);
});
