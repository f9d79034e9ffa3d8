// Public API of the export module: pure functions from plain data to files, no database,
// React or Next imports. Routes load a ReportInput, call buildReport, then one serialiser.
export type {
  ActionRecord,
  AnswerRecord,
  AssessmentInfo,
  Audience,
  CommentRecord,
  CountryInfo,
  EnablerRecord,
  EvidenceRecord,
  Report,
  ReportInput,
} from "./model";
export { buildReport, toCycleInput } from "./build-report";
export { reportAudienceFor } from "./audience";
export { englishLabels, englishProblemMessages, type LabelKey, type ReportLabels } from "./labels";
export { CSV_BOM, escapeFormula, reportCsvColumns, reportToCsv, reportToCsvRows, toCsv, type CsvCell } from "./csv";
export {
  OPEN_DATA_SCHEMA,
  OPEN_DATA_SCHEMA_VERSION,
  capabilityRowsForCycles,
  streamOpenDataCsv,
  streamOpenDataJson,
  toOpenDataCycle,
  toOpenDataRecord,
  type OpenDataAnswer,
  type OpenDataCycle,
  type OpenDataRecord,
} from "./open-data";
export { capabilityColumns, openDataDictionary } from "./open-data-columns";
export {
  EXPORT_SCHEMA,
  EXPORT_SCHEMA_VERSION,
  IMPORT_LIMITS,
  assessmentExportSchema,
  parseAssessmentImport,
  toExportDocument,
  toExportJson,
  type AssessmentExport,
} from "./json";
export { problemCodes, renderProblem, type ImportProblem, type ImportResult, type ProblemCode } from "./problems";
export { reportToXlsx } from "./xlsx";
export { TEMPLATE_SHEET, importTemplateXlsx, templateColumns } from "./xlsx-template";
export { parseTemplateXlsx, type TemplateImport } from "./xlsx-template-parse";
export { receiveUpload, type UploadRefusal } from "./import-upload";
export { TEMPLATE_MAX_ROWS, ZIP_LIMITS } from "./import-limits";
export { reportToDocx } from "./docx";
export { reportToPdf } from "./pdf";
