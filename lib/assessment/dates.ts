/** Today's date in UTC as YYYY-MM-DD: the day boundary used for due dates everywhere. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
