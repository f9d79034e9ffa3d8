export * from "./countries";
export * from "./frameworks";
