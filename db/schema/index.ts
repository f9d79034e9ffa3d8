export * from "./auth";
export * from "./countries";
export * from "./frameworks";
export * from "./security";
export * from "./assessments";
export * from "./evidence";
export * from "./render-cache";
