import { createOnlineWorkshop, expect, fillSignUp, newPerson, publishWorkshop, signIn, test } from "./fixtures.ts";

test("the secretariat invites a pasted list, fixes the address it names, revokes one invitation; the other invitee creates an account from the link and registers", async ({ page: secretariat, browser, pageErrors }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Workshop on mutual legal assistance ${stamp}`;
  const amal = `amal.${stamp}@example.org`;
  const bruno = `bruno.${stamp}@example.org`;

  await signIn(secretariat, "secretariat@comity.test");
  const workshopPath = new URL(
    await createOnlineWorkshop(secretariat, {
      title,
      region: "North Africa",
      link: "https://meet.example.org/mla",
      timeZone: "Africa/Tunis",
      firstDay: "2026-09-15",
      lastDay: "2026-09-16",
      places: 10,
      floor: ["English"],
    }),
  ).pathname;
  await publishWorkshop(secretariat);

  // A pasted list with one mistake: the error names it, and the list stays as typed.
  await secretariat.getByRole("link", { name: "Invitations", exact: true }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("Invitations");
  const pasted = `${amal.toUpperCase()}, not-an-address\n${bruno}; ${amal}`;
  await secretariat.getByLabel("E-mail addresses").fill(pasted);
  await secretariat.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(secretariat.getByText("This is not a valid e-mail address: not-an-address. Correct or remove it; no one was invited.")).toBeVisible();
  await expect(secretariat.getByLabel("E-mail addresses")).toHaveValue(pasted);
  await expect(secretariat.getByText("No one has been invited yet.")).toBeVisible();

  // The server answers the same without the browser's checks.
  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const serverOnly = await withoutScript.newPage();
  await signIn(serverOnly, "secretariat@comity.test");
  await serverOnly.goto(secretariat.url());
  await serverOnly.getByLabel("E-mail addresses").fill(`${pasted}\nbad@`);
  await serverOnly.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(serverOnly.getByText("These are not valid e-mail addresses: not-an-address, bad@. Correct or remove them; no one was invited.")).toBeVisible();
  await expect(serverOnly.getByLabel("E-mail addresses")).toHaveValue(`${pasted}\nbad@`);
  await withoutScript.close();

  await secretariat.getByLabel("E-mail addresses").fill(pasted.replace("not-an-address", ""));
  await secretariat.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(secretariat.getByTestId("invitation-summary")).toHaveText("2 invited; 0 already had a pending or accepted invitation.");
  await expect(secretariat.getByLabel("E-mail addresses")).toHaveValue("");
  const amalRow = secretariat.getByTestId(`invitation-${amal}`);
  const brunoRow = secretariat.getByTestId(`invitation-${bruno}`);
  await expect(amalRow.getByTestId("invitation-state")).toHaveText("Pending");
  await expect(brunoRow.getByTestId("invitation-state")).toHaveText("Pending");
  await expect(secretariat.getByRole("columnheader", { name: "Expires (Africa/Tunis)" })).toBeVisible();
  const amalLink = (await amalRow.getByTestId("invitation-link").getAttribute("href")) ?? "";
  const brunoLink = (await brunoRow.getByTestId("invitation-link").getAttribute("href")) ?? "";
  expect(amalLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/[\w-]+$/);
  // No mail server yet: the link opens the officer's own mail program with the message written.
  const mailto = (await amalRow.getByRole("link", { name: "Write an e-mail" }).getAttribute("href")) ?? "";
  expect(mailto.startsWith(`mailto:${amal}?subject=`)).toBe(true);
  expect(decodeURIComponent(mailto)).toContain(amalLink);

  // Inviting Amal again changes nothing: her link stays valid.
  await secretariat.getByLabel("E-mail addresses").fill(amal);
  await secretariat.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(secretariat.getByTestId("invitation-summary")).toHaveText("0 invited; 1 already had a pending or accepted invitation.");

  await brunoRow.getByRole("button", { name: "Revoke" }).click();
  await expect(brunoRow.getByTestId("invitation-state")).toHaveText("Revoked");
  await expect(brunoRow.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  const brunoPage = await newPerson(browser, pageErrors);
  await brunoPage.goto(brunoLink);
  await expect(brunoPage.getByTestId("invitation-message")).toHaveText("This invitation was withdrawn by the secretariat.");

  await brunoPage.goto("/invitations/not-a-real-token");
  await expect(brunoPage.getByRole("alert")).toHaveText("This invitation link is not valid. Check that the whole link was copied, or ask the secretariat for a new one.");

  // Someone signed in with another address cannot use Amal's link, and is told why.
  await secretariat.goto(amalLink);
  await expect(secretariat.getByTestId("invitation-message")).toHaveText(`This invitation is for ${amal}, but you are signed in as secretariat@comity.test. Sign out, then sign in with the invited address.`);
  await expect(secretariat.getByRole("button", { name: "Register" })).toHaveCount(0);

  // Amal has no account: the link sends her to create one, and back to the invitation.
  const amalPage = await newPerson(browser, pageErrors);
  await amalPage.goto(amalLink);
  await expect(amalPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(amalPage.getByText(`This invitation is for ${amal}.`)).toBeVisible();
  await amalPage.getByTestId("invitation-message").getByRole("link", { name: "Create an account" }).click();
  await fillSignUp(amalPage, { name: "Amal Haddad", email: amal, password: "a long enough passphrase" }, { keepPage: true });
  await expect(amalPage).toHaveURL(amalLink);
  await expect(amalPage.getByTestId("signed-in-as")).toContainText("Amal Haddad");
  await amalPage.getByLabel("Profession").selectOption("central_authority");
  await amalPage.getByLabel("Country").selectOption("TN");
  await amalPage.getByLabel("Language you will listen in").selectOption("fr");
  await amalPage.getByRole("button", { name: "Register" }).click();
  // An invitation needs no decision: a place is given while there are free ones.
  await expect(amalPage).toHaveURL((url) => url.pathname === workshopPath);
  await expect(amalPage.getByTestId("registration-status")).toHaveText("Approved");
  await amalPage.goto(amalLink);
  await expect(amalPage.getByTestId("invitation-message")).toHaveText("This invitation has already been accepted. Open the workshop page");

  await secretariat.goto(`${workshopPath}/invitations`);
  await expect(amalRow.getByTestId("invitation-state")).toHaveText("Accepted");
  await secretariat.goto(`${workshopPath}/registrations`);
  await expect(secretariat.getByTestId(`registration-${amal}`)).toContainText("Amal Haddad");
  await expect(secretariat.getByTestId(`registration-${amal}`)).toContainText("Approved");
});
