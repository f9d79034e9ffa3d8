import type { Audience } from "./cycle-rows";

// The demo history: which countries, which years, and the mean level each cycle should land
// near. Regions and income groups follow db/seed/data/countries.json. Ghana is left out on
// purpose: the end-to-end full cycle opens Ghana's first assessment on a fresh demo database.

export interface DemoCountry {
  iso2: string;
  /** Title of each cycle, followed by its year. */
  title: string;
  years: number[];
  /** Mean level wanted per cycle (same length as years). */
  path: number[];
  /** Coordination, criminal justice, victim support, education and society, industry and media. */
  agencies: [string, string, string, string, string];
  /** Audiences the latest `cycles` cycles are shared with. */
  share?: { audiences: Audience[]; cycles: number };
  /** A capability not applicable in the first `cycles` cycles. */
  notApplicable?: { capability: string; reason: string; cycles: number };
  /** How many of the latest cycles carry evidence references (default 1). */
  evidenceCycles?: number;
  /** For KE and UG: the existing demo cycle these earlier ones lead up to (levels never above it). */
  leadsTo?: "KE" | "UG";
}

export const demoCountries: DemoCountry[] = [
  // Earlier cycles before the existing KE 2023/2024 and UG 2024 demo cycles.
  {
    iso2: "KE", title: "National assessment", years: [2020, 2021, 2022], path: [0.3, 0.45, 0.6], leadsTo: "KE",
    agencies: ["Ministry of Interior and National Administration", "Directorate of Criminal Investigations", "Directorate of Children Services", "Ministry of Education", "Communications Authority of Kenya"],
  },
  {
    iso2: "UG", title: "Uganda national assessment", years: [2021, 2022, 2023], path: [0.25, 0.4, 0.55], leadsTo: "UG",
    agencies: ["Ministry of Gender, Labour and Social Development", "Uganda Police Force", "Ministry of Gender, Labour and Social Development", "Ministry of Education and Sports", "Uganda Communications Commission"],
  },
  {
    iso2: "MA", title: "Morocco national assessment", years: [2019, 2021, 2023, 2025], path: [0.9, 1.4, 1.9, 2.3],
    agencies: ["Ministry of Justice", "Directorate-General for National Security", "Ministry of Solidarity and Family", "Ministry of National Education", "National Telecommunications Regulatory Agency"],
    share: { audiences: ["advisory"], cycles: 2 },
  },
  {
    iso2: "RW", title: "Rwanda national assessment", years: [2021, 2022, 2023, 2024, 2025], path: [0.6, 0.8, 2.1, 2.4, 2.6],
    agencies: ["Ministry of Gender and Family Promotion", "Rwanda Investigation Bureau", "National Child Development Agency", "Ministry of Education", "Rwanda Utilities Regulatory Authority"],
    notApplicable: { capability: "image-databases", reason: "Demo reason: no national image database yet; cases go through a regional partner.", cycles: 2 },
  },
  {
    iso2: "ZA", title: "South Africa national assessment", years: [2019, 2020, 2021, 2022, 2023], path: [2.4, 2.3, 2.0, 1.8, 1.6],
    agencies: ["Department of Social Development", "South African Police Service", "Department of Social Development", "Department of Basic Education", "Film and Publication Board"],
    share: { audiences: ["advisory"], cycles: 2 },
  },
  {
    iso2: "SN", title: "Senegal national assessment", years: [2019, 2021, 2023, 2025], path: [0.5, 0.9, 1.2, 1.6],
    agencies: ["Ministry of Women, Family and Child Protection", "National Police", "Child Protection Directorate", "Ministry of National Education", "Telecommunications and Postal Regulatory Authority"],
  },
  {
    iso2: "CO", title: "Colombia national assessment", years: [2019, 2020, 2021, 2022, 2023, 2024], path: [1.2, 1.4, 1.7, 2.0, 2.2, 2.5],
    agencies: ["Colombian Family Welfare Institute", "National Police", "Colombian Family Welfare Institute", "Ministry of Education", "Ministry of ICT"],
    share: { audiences: ["advisory", "ngo"], cycles: 3 }, evidenceCycles: 2,
  },
  {
    iso2: "PE", title: "Peru national assessment", years: [2020, 2021, 2022, 2023, 2024], path: [1.5, 1.6, 1.5, 1.6, 1.5],
    agencies: ["Ministry of Women and Vulnerable Populations", "National Police of Peru", "Ministry of Women and Vulnerable Populations", "Ministry of Education", "Ministry of Transport and Communications"],
  },
  {
    iso2: "CL", title: "Chile national assessment", years: [2020, 2021, 2022, 2023, 2024, 2025], path: [2.0, 2.2, 2.5, 2.7, 3.0, 3.2],
    agencies: ["Ministry of Social Development and Family", "Investigations Police of Chile", "Children's Ombudsman", "Ministry of Education", "Undersecretariat of Telecommunications"],
    share: { audiences: ["advisory"], cycles: 2 }, evidenceCycles: 2,
  },
  {
    iso2: "PH", title: "Philippines national assessment", years: [2019, 2020, 2021, 2022, 2023, 2024], path: [1.0, 1.3, 1.5, 1.8, 2.0, 2.2],
    agencies: ["Council for the Welfare of Children", "Women and Children Protection Center", "Department of Social Welfare and Development", "Department of Education", "Department of Information and Communications Technology"],
    share: { audiences: ["advisory", "ngo"], cycles: 2 },
  },
  {
    iso2: "ID", title: "Indonesia national assessment", years: [2019, 2021, 2023, 2025], path: [1.8, 1.8, 1.9, 1.8],
    agencies: ["Ministry of Women's Empowerment and Child Protection", "Indonesian National Police", "Ministry of Social Affairs", "Ministry of Education", "Ministry of Communication and Digital Affairs"],
  },
  {
    iso2: "RO", title: "Romania national assessment", years: [2021, 2022, 2023, 2024, 2025], path: [2.2, 2.4, 2.7, 2.9, 3.1],
    agencies: ["National Authority for the Protection of Child Rights", "Romanian Police", "County child protection directorates", "Ministry of Education", "National Authority for Management and Regulation in Communications"],
    share: { audiences: ["advisory", "ngo", "public"], cycles: 2 }, evidenceCycles: 2,
  },
  {
    iso2: "FJ", title: "Fiji national assessment", years: [2019, 2021, 2023, 2025], path: [0.7, 1.0, 1.2, 1.5],
    agencies: ["Ministry of Women, Children and Social Protection", "Fiji Police Force", "Department of Social Welfare", "Ministry of Education", "Online Safety Commission"],
    notApplicable: { capability: "offender-support-systems", reason: "Demo reason: too few cases for a national programme; handled case by case by probation.", cycles: 2 },
  },
];
