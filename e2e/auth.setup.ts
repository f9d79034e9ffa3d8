import { test as setup } from "@playwright/test";
import { accountOf, signedInActors, storageStateOf } from "./support/roles";
import { signIn } from "./support/sign-in";

// Signs each demo actor in once; the access tests reuse these sessions.
for (const actor of signedInActors) {
  setup(`sign in as ${actor}`, async ({ page }) => {
    const account = accountOf(actor);
    await signIn(page, account.email, account.password);
    await page.context().storageState({ path: storageStateOf(actor)! });
  });
}
