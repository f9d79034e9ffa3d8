import nodemailer from "nodemailer";
import { readEnv } from "./env";

export function isMailConfigured(): boolean {
  return !!readEnv().SMTP_URL;
}

/** Sends a plain-text mail when SMTP_URL is set; returns false (and sends nothing) otherwise. */
export async function sendMail(to: string, subject: string, text: string): Promise<boolean> {
  const env = readEnv();
  if (!env.SMTP_URL) return false;
  const transport = nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, to, subject, text });
  return true;
}
