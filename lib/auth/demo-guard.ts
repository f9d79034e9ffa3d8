/** Why a production start must refuse to run, or null when it may start. */
export function demoStartRefusal(demoAccounts: number, allowDemo: boolean): string | null {
  if (demoAccounts === 0 || allowDemo) return null;
  return (
    `Refusing to start: ${demoAccounts} demo account(s) with published passwords exist in this database. ` +
    "Deactivate and remove them for a real installation, or set ALLOW_DEMO_ACCOUNTS=1 if this is a demo."
  );
}
