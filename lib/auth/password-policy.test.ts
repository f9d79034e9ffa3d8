import { describe, expect, it } from "vitest";
import { checkPassword, passwordMaxLength } from "./password-policy";

describe("checkPassword", () => {
  it("refuses fewer than 12 characters", () => {
    expect(checkPassword("short-pass1")).toBe("tooShort");
    expect(checkPassword("twelve chars")).toBeNull();
  });

  it("counts characters, not bytes", () => {
    expect(checkPassword("éàüöçñøåßðþæ")).toBeNull(); // 12 characters, 24 bytes
    expect(checkPassword("éàüöçñ")).toBe("tooShort"); // 12 bytes, 6 characters
  });

  it("allows 64 characters and more, up to the maximum", () => {
    expect(checkPassword("a quiet river runs under the old stone bridge at dawn, every day")).toBeNull();
    expect(checkPassword("x".repeat(30) + "y".repeat(40) + "z")).toBeNull();
    expect(checkPassword("ab1".repeat(Math.ceil((passwordMaxLength + 1) / 3)))).toBe("tooLong");
  });

  it("has no composition rules", () => {
    expect(checkPassword("correct horse battery staple")).toBeNull();
    expect(checkPassword("alllowercaseletters")).toBeNull();
  });

  it("refuses common passwords whatever their case", () => {
    expect(checkPassword("123456789012")).toBe("common");
    expect(checkPassword("1Q2W3E4R5T6Y")).toBe("common");
    expect(checkPassword("aaaaaaaaaaaaaa")).toBe("common");
    expect(checkPassword("abababababababab")).toBe("common");
  });

  it("refuses a password made of the email address", () => {
    expect(checkPassword("amina.k@gov.example", { email: "amina.k@gov.example" })).toBe("containsEmail");
    expect(checkPassword("my amina.k@gov.example pass", { email: "Amina.K@gov.example" })).toBe("containsEmail");
  });
});
