import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, fillSignUp, newPerson, test } from "./fixtures.ts";
import { openKestrelRun } from "./run-fixtures.ts";

const TEAMS = { requesting: "Requesting State: Veloria", requested: "Requested State: Aldoria" } as const;
type TeamId = keyof typeof TEAMS;

interface Joiner {
  name: string;
  country: string;
  language: string;
  profession: string;
}

/** Someone without an account opens a page that needs one: sign-in asks, they create an account and come back to it. */
async function signUpOnTheWay(page: Page, name: string): Promise<void> {
  await expect(page).toHaveURL(/\/signin\?redirectTo=/);
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await fillSignUp(page, { name, email: `${name.toLowerCase()}.${Date.now()}@example.org`, password: "a sentence for a password" }, { keepPage: true });
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
}

/** The second step of joining, the same after a link or a code: who they are, then the lobby. */
async function enterTheLobby(page: Page, person: Joiner, runTitle: string): Promise<void> {
  await expect(page.getByText(`You are joining “${runTitle}”.`)).toBeVisible();
  await page.getByLabel("Name shown to your team").fill(person.name);
  await page.getByLabel("Country").selectOption({ label: person.country });
  await page.getByLabel("Language you read the case in").selectOption({ label: person.language });
  await page.getByLabel("Profession").selectOption({ label: person.profession });
  await page.getByRole("button", { name: "Enter the lobby" }).click();
  await expect(page.getByTestId("waiting-seat")).toBeVisible();
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
}

/** After the trainer places them, a participant's page shows their new seat by itself; they read which team they are in. */
async function openNewSeat(page: Page): Promise<TeamId> {
  await expect(page.getByTestId("lobby-wait")).toBeVisible();
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  const seat = page.getByTestId("my-seat");
  await expect(seat).toContainText(/Your team: (Requesting State: Veloria|Requested State: Aldoria) · your role: \S/);
  const text = (await seat.textContent()) ?? "";
  return text.includes(TEAMS.requesting) ? "requesting" : "requested";
}

test("a trainer runs the console: a join link made and withdrawn, balanced teams, the inject queue, a message and a chat for one team, the log downloaded", async ({ page, browser, pageErrors }) => {
  test.setTimeout(180_000);
  const runTitle = `Kestrel console ${Date.now()}`;
  const code = await openKestrelRun(page, runTitle);

  const amaraPerson: Joiner = { name: "Amara", country: "Kenya", language: "English", profession: "Prosecutor" };
  const tomasPerson: Joiner = { name: "Tomas", country: "Lithuania", language: "English", profession: "Judge" };
  const amara = await newPerson(browser, pageErrors);
  const tomas = await newPerson(browser, pageErrors);

  await test.step("join by a link, then the link is withdrawn and the code still works", async () => {
    await expect(page.getByLabel("Valid for (hours)")).toHaveValue("8");
    await page.getByRole("button", { name: "Make a link" }).click();
    const shown = page.getByTestId("new-link");
    await expect(shown).toContainText("Copy this link now; it is shown only once:");
    const link = (await shown.locator("code").textContent()) ?? "";
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/\S+$/);
    const links = page.getByTestId("links").getByRole("listitem");
    await expect(links).toHaveCount(1);
    await expect(links.first()).toContainText("Active until");

    await amara.goto(link);
    await signUpOnTheWay(amara, amaraPerson.name);
    await expect(amara).toHaveURL(new URL(link).pathname);
    await enterTheLobby(amara, amaraPerson, runTitle);
    await expect(page.getByTestId("members").getByRole("row")).toHaveCount(2);
    // The console reloaded its data as Amara joined: the link is still there for the next person.
    await expect(shown.locator("code")).toHaveText(link);

    await links.first().getByRole("button", { name: "Revoke" }).click();
    await expect(links.first()).toContainText("Revoked");
    await expect(links.first().getByRole("button", { name: "Revoke" })).toHaveCount(0);
    // The next console action replaces the answer that showed it: the link is not on the page any more.
    await expect(page.getByTestId("new-link")).toHaveCount(0);

    await tomas.goto(link);
    await signUpOnTheWay(tomas, tomasPerson.name);
    await expect(tomas.getByTestId("link-refused")).toHaveText("This link was withdrawn by the trainer. Ask for a new one, or use the code.");
    await expect(tomas.getByLabel("Name shown to your team")).toHaveCount(0);
    await tomas.getByRole("navigation").getByRole("link", { name: "Exercises" }).click();
    await tomas.getByLabel("Code").fill(code);
    await tomas.getByRole("button", { name: "Continue" }).click();
    await enterTheLobby(tomas, tomasPerson, runTitle);
    await expect(page.getByTestId("members").getByRole("row")).toHaveCount(3);
  });

  const seats = new Map<Page, TeamId>();
  await test.step("balanced teams: everyone gets a seat, and both teams are used", async () => {
    await expect(page.getByLabel("Team and role of Amara")).toHaveValue("");
    await expect(page.getByLabel("Team and role of Tomas")).toHaveValue("");
    await page.getByRole("button", { name: "Place the others in balanced teams" }).click();
    for (const person of [amara, tomas]) seats.set(person, await openNewSeat(person));
    expect(new Set(seats.values())).toEqual(new Set(["requesting", "requested"]));

    // The trainer's console shows the placements too: in each person's seat select and in the team table.
    for (const [person, name] of [
      [amara, "Amara"],
      [tomas, "Tomas"],
    ] as const) {
      const team = seats.get(person) ?? "requesting";
      await expect(page.getByLabel(`Team and role of ${name}`).locator("option:checked")).toContainText(TEAMS[team]);
      await expect(page.getByTestId("team-progress").getByRole("row").filter({ has: page.getByRole("rowheader", { name: TEAMS[team] }) })).toContainText(name);
    }
  });
  const requesting = [...seats].find(([, team]) => team === "requesting")?.[0] ?? amara;
  const requested = [...seats].find(([, team]) => team === "requested")?.[0] ?? tomas;

  const adhoc = page.locator(".card").filter({ has: page.getByRole("heading", { name: "Send a message to the teams" }) });
  await test.step("the inject queue: one inject skipped, another released now, while a message is being written", async () => {
    await page.getByRole("button", { name: "Start", exact: true }).click();
    for (const person of [requesting, requested]) await expect(person.getByTestId("inject-feed")).toContainText("Kestrel located in Brevannes");
    // The trainer starts writing a message to one team, then sees to the queue before sending it.
    await adhoc.getByLabel("Title").fill("Interpreter delayed");
    await adhoc.getByLabel("Message").fill("Your interpreter arrives in twenty minutes: carry on in English.");

    const queue = page.getByTestId("inject-queue");
    const flight = queue.getByTestId("inject-flight-booked");
    const nationality = queue.getByTestId("inject-nationality-confirmed");
    await expect(flight.getByRole("cell").nth(2)).toHaveText("Waiting");
    await expect(nationality.getByRole("cell").nth(2)).toHaveText("Waiting");
    await expect(queue.getByTestId("inject-case-opens").getByRole("cell").nth(2)).toHaveText(/^Released · \d\d:\d\d/);

    await flight.getByRole("button", { name: "Skip" }).click();
    await expect(flight.getByRole("cell").nth(2)).toHaveText(/^Skipped · \d\d:\d\d/);
    await expect(flight.getByRole("button")).toHaveCount(0);
    await nationality.getByRole("button", { name: "Release now" }).click();
    await expect(nationality.getByRole("cell").nth(2)).toHaveText(/^Released · \d\d:\d\d/);
    await expect(nationality.getByRole("button")).toHaveCount(0);

    // Released to the requested team only.
    await expect(requested.getByTestId("inject-feed")).toContainText("Civil registry answer and Veloria's note");
    // What the trainer had typed is still there.
    await expect(adhoc.getByLabel("Title")).toHaveValue("Interpreter delayed");
    await expect(adhoc.getByLabel("Message")).toHaveValue("Your interpreter arrives in twenty minutes: carry on in English.");
  });

  await test.step("a message to one team", async () => {
    await adhoc.getByLabel("To").selectOption({ label: TEAMS.requesting });
    await adhoc.getByRole("button", { name: "Send now" }).click();
    await expect(requesting.getByTestId("inject-feed")).toContainText("Interpreter delayed");
    await expect(requesting.getByTestId("inject-feed")).toContainText("Your interpreter arrives in twenty minutes: carry on in English.");
    // The form is ready for the next message.
    await expect(adhoc.getByLabel("Title")).toHaveValue("");
  });

  await test.step("a team chat: a participant writes, the trainer answers", async () => {
    const ownChat = requesting.getByTestId("chat-requesting");
    await ownChat.getByLabel("Message").fill("Do we send the provisional-arrest request through INTERPOL as well?");
    // A message half-written survives a reload until it is sent.
    await requesting.reload();
    await expect(ownChat.getByLabel("Message")).toHaveValue("Do we send the provisional-arrest request through INTERPOL as well?");
    await expect(requesting.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
    await ownChat.getByRole("button", { name: "Send" }).click();
    await expect(ownChat.getByLabel("Message")).toHaveValue("");
    await expect(ownChat.getByRole("listitem").first()).toContainText("Do we send the provisional-arrest request through INTERPOL as well?");

    const consoleChat = page.getByTestId("chat-requesting");
    await expect(consoleChat.getByRole("listitem").filter({ hasText: "Do we send the provisional-arrest request through INTERPOL as well?" })).toContainText(requesting === amara ? "Amara" : "Tomas");
    await expect(page.getByTestId("chat-requested").getByRole("listitem")).toHaveCount(0);
    await consoleChat.getByLabel("Message").fill("Yes: a red notice diffusion alongside the central-authority channel.");
    await consoleChat.getByRole("button", { name: "Send" }).click();
    await expect(consoleChat.getByLabel("Message")).toHaveValue("");

    const answer = ownChat.getByRole("listitem").filter({ hasText: "Yes: a red notice diffusion alongside the central-authority channel." });
    await expect(answer).toContainText("(trainer)");
    await expect(ownChat.getByRole("listitem")).toHaveCount(2);
    await expect(page.getByTestId("chat-requested").getByRole("listitem")).toHaveCount(0);
  });

  await test.step("what one team was sent never reaches the other", async () => {
    // A message to everyone, sent last: once the requested team's member has it, anything sent before it has reached them too.
    await adhoc.getByLabel("Title").fill("Coffee break");
    await adhoc.getByLabel("Message").fill("Back in ten minutes.");
    await adhoc.getByLabel("To").selectOption({ label: "Everyone" });
    await adhoc.getByRole("button", { name: "Send now" }).click();
    for (const person of [requesting, requested]) await expect(person.getByTestId("inject-feed")).toContainText("Coffee break");

    for (const reloaded of [false, true]) {
      if (reloaded) {
        for (const person of [requesting, requested]) {
          await person.reload();
          await expect(person.getByTestId("inject-feed")).toContainText("Coffee break");
        }
        await expect(requesting.getByTestId("chat-requesting").getByRole("listitem")).toHaveCount(2);
      }
      await expect(requested.getByTestId("inject-feed")).not.toContainText("Interpreter delayed");
      await expect(requested.getByText("Do we send the provisional-arrest request through INTERPOL as well?")).toHaveCount(0);
      await expect(requested.getByText("Yes: a red notice diffusion alongside the central-authority channel.")).toHaveCount(0);
      await expect(requested.getByTestId("chat-requested").getByRole("listitem")).toHaveCount(0);
      await expect(requesting.getByTestId("inject-feed")).not.toContainText("Civil registry answer and Veloria's note");
      for (const person of [requesting, requested]) await expect(person.getByTestId("inject-feed")).not.toContainText("A flight to Marvessa");
    }
    await expect(page.getByTestId("inject-queue").getByTestId("inject-flight-booked").getByRole("cell").nth(2)).toHaveText(/^Skipped · \d\d:\d\d/);
  });

  await test.step("the run log, downloaded for audit", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the whole log (JSON) for audit and replay" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const log = JSON.parse(await fs.readFile(await download.path(), "utf8")) as {
      format: string;
      version: number;
      run: { id: string; title: string };
      events: { seq: number; type: string; data: Record<string, unknown> }[];
    };
    expect(log.format).toBe("comity.run-log");
    expect(log.version).toBe(1);
    expect(log.run.title).toBe(runTitle);
    expect(log.events.map((event) => event.seq)).toEqual(log.events.map((_, index) => index + 1));
    const types = log.events.map((event) => event.type);
    for (const type of ["member.joined", "run.started", "inject.released", "inject.skipped", "adhoc-inject.released", "chat.posted"]) expect(types, type).toContain(type);
    expect(types.filter((type) => type === "member.joined")).toHaveLength(2);
    expect(types.filter((type) => type === "adhoc-inject.released")).toHaveLength(2);
    expect(types.filter((type) => type === "chat.posted")).toHaveLength(2);
    expect(types.indexOf("run.started")).toBeLessThan(types.indexOf("inject.skipped"));
    const chatBodies = log.events.filter((event) => event.type === "chat.posted").map((event) => event.data.body);
    expect(chatBodies).toEqual(["Do we send the provisional-arrest request through INTERPOL as well?", "Yes: a red notice diffusion alongside the central-authority channel."]);
  });
});
