// Run by bench:import before its server starts: one focal point for a country with no cycle in
// progress (the demo focal point's Kenya has one, and the import would refuse on that first).
import { getDatabase } from "@/db/client";
import { createAccount } from "@/lib/auth/accounts";

async function main() {
  const [email, password] = process.argv.slice(2);
  if (!email || !password) throw new Error("usage: import-bomb-account.ts <email> <password>");
  const handle = await getDatabase();
  try {
    await createAccount({ email, password, name: "Bench importer", role: "focal_point", countryIso2: "BW", isDemo: true });
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
