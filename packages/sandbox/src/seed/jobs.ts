import { certificationSector, certifications } from './catalog.js';
import { createRandom } from './random.js';
import { skill } from './taxonomy.js';
import { SEED_REFERENCE_DATE, type SeedJob, type Sector } from './types.js';

type Lang = 'en' | 'fr' | 'es';

interface TitleTemplate {
  title: [en: string, fr: string, es: string];
  /** Skill keys the role always asks for (most of them required). */
  core: string[];
}

/** Job titles per sector, each with the skills at the heart of the role. */
const TITLES: Record<Sector, TitleTemplate[]> = {
  retail: [
    { title: ['Store Operations Manager', 'Responsable des opérations magasin', 'Responsable de operaciones de tienda'], core: ['store_operations', 'kpi_design'] },
    { title: ['Retail Data Analyst', 'Analyste de données retail', 'Analista de datos de retail'], core: ['spreadsheet_analysis', 'data_visualisation', 'customer_insights'] },
    { title: ['Customer Service Team Lead', "Chef d'équipe service client", 'Jefe de equipo de atención al cliente'], core: ['ai_customer_service', 'store_operations'] },
    { title: ['Assortment Planner', "Planificateur d'assortiment", 'Planificador de surtido'], core: ['assortment_planning', 'demand_forecasting'] },
    { title: ['Loss Prevention Analyst', 'Analyste prévention de la démarque', 'Analista de prevención de pérdidas'], core: ['loss_prevention', 'data_quality'] },
    { title: ['Omnichannel Coordinator', 'Coordinateur omnicanal', 'Coordinador omnicanal'], core: ['omnichannel', 'last_mile'] },
    { title: ['Pricing Analyst', 'Analyste pricing', 'Analista de precios'], core: ['pricing_analytics', 'statistics'] },
    { title: ['Department Supervisor', 'Responsable de rayon', 'Encargado de sección'], core: ['store_operations', 'ai_literacy'] },
    { title: ['Customer Insights Specialist', "Chargé d'études clients", 'Especialista en conocimiento del cliente'], core: ['customer_insights', 'recommendations'] },
  ],
  'supply-chain': [
    { title: ['Demand Planner', 'Prévisionniste de la demande', 'Planificador de la demanda'], core: ['demand_forecasting', 'spreadsheet_analysis'] },
    { title: ['Supply Planner', 'Planificateur approvisionnements', 'Planificador de aprovisionamiento'], core: ['inventory_optimisation', 'sales_operations_planning'] },
    { title: ['Procurement Analyst', 'Analyste achats', 'Analista de compras'], core: ['procurement_analytics', 'spreadsheet_analysis'] },
    { title: ['Supplier Quality Engineer', 'Ingénieur qualité fournisseurs', 'Ingeniero de calidad de proveedores'], core: ['quality_control', 'supplier_risk'] },
    { title: ['S&OP Coordinator', 'Coordinateur PIC (S&OP)', 'Coordinador de S&OP'], core: ['sales_operations_planning', 'dashboards'] },
    { title: ['Inventory Analyst', 'Analyste des stocks', 'Analista de inventario'], core: ['inventory_optimisation', 'data_cleaning'] },
    { title: ['Buyer', 'Acheteur', 'Comprador'], core: ['procurement_analytics', 'supplier_risk'] },
    { title: ['Supply Chain Data Analyst', 'Analyste de données supply chain', 'Analista de datos de la cadena de suministro'], core: ['sql_basics', 'supply_chain_visibility', 'dashboards'] },
    { title: ['Sustainability Reporting Analyst', 'Analyste reporting RSE', 'Analista de informes de sostenibilidad'], core: ['carbon_accounting', 'data_quality'] },
  ],
  logistics: [
    { title: ['Warehouse Team Leader', "Chef d'équipe entrepôt", 'Jefe de equipo de almacén'], core: ['warehouse_management', 'workplace_safety'] },
    { title: ['Logistics Coordinator', 'Coordinateur logistique', 'Coordinador de logística'], core: ['supply_chain_visibility', 'freight_documentation'] },
    { title: ['Transport Planner', 'Planificateur transport', 'Planificador de transporte'], core: ['route_optimisation', 'fleet_management'] },
    { title: ['Fleet Manager', 'Responsable de flotte', 'Responsable de flota'], core: ['fleet_management', 'predictive_maintenance'] },
    { title: ['Automation Technician', 'Technicien automatisme', 'Técnico de automatización'], core: ['warehouse_robotics', 'workplace_safety'] },
    { title: ['Last-Mile Delivery Supervisor', 'Superviseur livraison dernier kilomètre', 'Supervisor de última milla'], core: ['last_mile', 'route_optimisation'] },
    { title: ['Customs and Freight Administrator', 'Déclarant en douane', 'Declarante de aduanas'], core: ['freight_documentation', 'document_ai'] },
    { title: ['Cold Chain Coordinator', 'Coordinateur chaîne du froid', 'Coordinador de cadena de frío'], core: ['cold_chain', 'workplace_safety'] },
    { title: ['Inventory Control Clerk', 'Gestionnaire de stocks', 'Auxiliar de control de inventario'], core: ['warehouse_management', 'spreadsheet_analysis'] },
  ],
  agriculture: [
    { title: ['Farm Data Technician', 'Technicien données agricoles', 'Técnico de datos agrícolas'], core: ['farm_management_software', 'data_quality'] },
    { title: ['Precision Agriculture Advisor', 'Conseiller en agriculture de précision', 'Asesor de agricultura de precisión'], core: ['precision_agriculture', 'soil_weather_data'] },
    { title: ['Crop Survey Drone Pilot', 'Télépilote de drone agricole', 'Piloto de dron agrícola'], core: ['crop_monitoring', 'computer_vision'] },
    { title: ['Irrigation Technician', 'Technicien irrigation', 'Técnico de riego'], core: ['irrigation_planning', 'soil_weather_data'] },
    { title: ['Herd Manager', "Responsable d'élevage", 'Responsable de explotación ganadera'], core: ['livestock_monitoring', 'farm_management_software'] },
    { title: ['Agronomist', 'Agronome', 'Ingeniero agrónomo'], core: ['crop_monitoring', 'precision_agriculture', 'statistics'] },
    { title: ['Farm Operations Manager', "Responsable d'exploitation agricole", 'Jefe de explotación agrícola'], core: ['farm_management_software', 'kpi_design'] },
    { title: ['Agri-food Supply Planner', 'Planificateur approvisionnement agroalimentaire', 'Planificador de suministro agroalimentario'], core: ['demand_forecasting', 'cold_chain'] },
  ],
  office: [
    { title: ['Operations Assistant', 'Assistant opérations', 'Asistente de operaciones'], core: ['request_triage', 'ai_writing'] },
    { title: ['AI Adoption Lead', "Responsable de l'adoption de l'IA", 'Responsable de adopción de IA'], core: ['change_management', 'ai_literacy', 'responsible_ai'] },
    { title: ['Business Analyst', 'Analyste métier', 'Analista de negocio'], core: ['process_mapping', 'data_storytelling'] },
    { title: ['Automation Specialist', 'Spécialiste automatisation', 'Especialista en automatización'], core: ['workflow_automation', 'api_integration'] },
    { title: ['Project Coordinator', 'Coordinateur de projets', 'Coordinador de proyectos'], core: ['project_coordination', 'meeting_productivity'] },
    { title: ['Knowledge Manager', 'Responsable de la gestion des connaissances', 'Gestor del conocimiento'], core: ['knowledge_management', 'chatbot_design'] },
    { title: ['Office Manager', 'Office manager', 'Responsable de oficina'], core: ['project_coordination', 'ai_writing'] },
    { title: ['Data Protection Officer', 'Délégué à la protection des données', 'Delegado de protección de datos'], core: ['data_privacy', 'ai_risk'] },
    { title: ['Customer Support Specialist', 'Chargé de support client', 'Especialista de soporte al cliente'], core: ['ai_customer_service', 'request_triage'] },
  ],
};

/** Skills any sector may also ask for: the AI and data basics. */
const CROSS_CUTTING = [
  'ai_literacy', 'prompt_writing', 'genai_tools', 'ai_output_review', 'data_privacy',
  'spreadsheet_analysis', 'data_visualisation', 'dashboards', 'workflow_automation', 'ai_writing',
];

/** Further skills per sector, to add variety around each role's core skills. */
const SECTOR_EXTRAS: Record<Sector, string[]> = {
  retail: ['customer_insights', 'omnichannel', 'loss_prevention', 'recommendations', 'pricing_analytics', 'kpi_design', 'computer_vision', 'demand_forecasting'],
  'supply-chain': ['demand_forecasting', 'supplier_risk', 'document_ai', 'lean_operations', 'python_data', 'statistics', 'kpi_design', 'supply_chain_visibility'],
  logistics: ['warehouse_management', 'route_optimisation', 'computer_vision', 'process_mapping', 'predictive_maintenance', 'carbon_accounting', 'sql_basics', 'kpi_design'],
  agriculture: ['precision_agriculture', 'crop_monitoring', 'irrigation_planning', 'python_data', 'ml_basics', 'computer_vision', 'sales_operations_planning', 'farm_management_software'],
  office: ['knowledge_management', 'no_code_apps', 'rpa', 'presentation_design', 'meeting_productivity', 'project_coordination', 'chatbot_design', 'document_ai'],
};

type City = [city: string, region: string];

/** Cities per country (ISO 3166-1 alpha-2), and the language postings there are written in. */
const COUNTRIES: { country: string; lang: Lang; cities: City[] }[] = [
  { country: 'FR', lang: 'fr', cities: [['Lyon', 'Auvergne-Rhône-Alpes'], ['Lille', 'Hauts-de-France'], ['Toulouse', 'Occitanie'], ['Nantes', 'Pays de la Loire'], ['Bordeaux', 'Nouvelle-Aquitaine'], ['Marseille', "Provence-Alpes-Côte d'Azur"], ['Rennes', 'Bretagne'], ['Paris', 'Île-de-France'], ['Strasbourg', 'Grand Est']] },
  { country: 'ES', lang: 'es', cities: [['Madrid', 'Comunidad de Madrid'], ['Barcelona', 'Cataluña'], ['Valencia', 'Comunidad Valenciana'], ['Sevilla', 'Andalucía'], ['Zaragoza', 'Aragón'], ['Bilbao', 'País Vasco'], ['Murcia', 'Región de Murcia']] },
  { country: 'US', lang: 'en', cities: [['Chicago', 'Illinois'], ['Dallas', 'Texas'], ['Atlanta', 'Georgia'], ['Columbus', 'Ohio'], ['Memphis', 'Tennessee'], ['Sacramento', 'California'], ['Denver', 'Colorado'], ['Kansas City', 'Missouri'], ['Fresno', 'California']] },
  { country: 'GB', lang: 'en', cities: [['Manchester', 'England'], ['Birmingham', 'England'], ['Leeds', 'England'], ['Glasgow', 'Scotland'], ['Bristol', 'England'], ['Cardiff', 'Wales']] },
  { country: 'DE', lang: 'en', cities: [['Hamburg', 'Hamburg'], ['Duisburg', 'Nordrhein-Westfalen'], ['Leipzig', 'Sachsen'], ['München', 'Bayern'], ['Köln', 'Nordrhein-Westfalen'], ['Hannover', 'Niedersachsen']] },
  { country: 'CA', lang: 'en', cities: [['Toronto', 'Ontario'], ['Calgary', 'Alberta'], ['Winnipeg', 'Manitoba'], ['Vancouver', 'British Columbia']] },
  { country: 'CA', lang: 'fr', cities: [['Montréal', 'Québec'], ['Québec', 'Québec']] },
  { country: 'MX', lang: 'es', cities: [['Monterrey', 'Nuevo León'], ['Guadalajara', 'Jalisco'], ['Querétaro', 'Querétaro'], ['Ciudad de México', 'Ciudad de México'], ['Puebla', 'Puebla']] },
];

/** Invented place-like names; combined with a sector word they make fictional employers. */
const EMPLOYER_STEMS = [
  'Amberlane', 'Birchmont', 'Brackenfield', 'Caldermoor', 'Cinderby', 'Corrowind', 'Dalewick', 'Eastmere',
  'Elmbright', 'Fallowmere', 'Fennick', 'Galewood', 'Hallowdene', 'Hazelby', 'Juniper Row', 'Kestrelford',
  'Larkholme', 'Lowenna', 'Marrowby', 'Nettlecombe', 'Norvale', 'Oakhaven', 'Pellworth', 'Quarrendon',
  'Redmarsh', 'Rookmere', 'Saltbrook', 'Sorrelby', 'Tamberly', 'Thistlewick', 'Umberfield', 'Vellmoor',
  'Wrenfold', 'Yarrowdale', 'Ashcombe', 'Brindlemoor', 'Copperlea', 'Dunharrow', 'Emberwick', 'Foxwell',
];

const EMPLOYER_WORDS: Record<Sector, string[]> = {
  retail: ['Market', 'Grocers', 'Home & Garden', 'Outfitters', 'Stores'],
  'supply-chain': ['Supply Co.', 'Sourcing', 'Components', 'Foods', 'Packaging'],
  logistics: ['Freight', 'Logistics', 'Couriers', 'Distribution', 'Transport'],
  agriculture: ['Farms', 'Growers Cooperative', 'Agritech', 'Orchards', 'Dairy'],
  office: ['Mutual', 'Insurance', 'Advisory', 'Business Services', 'Partners'],
};

const SECTORS: Sector[] = ['retail', 'supply-chain', 'logistics', 'agriculture', 'office'];

/** A fictional employer of the generated job market. */
export interface Employer {
  id: string;
  name: string;
  sector: Sector;
  /** Index into {@link COUNTRIES}: where the employer's sites are. */
  market: number;
}

/** 200 fictional employers: 40 per sector, each based in one market. */
export const employers: Employer[] = SECTORS.flatMap((sector, s) =>
  EMPLOYER_STEMS.map((_, k) => {
    const number = s * EMPLOYER_STEMS.length + k;
    const words = EMPLOYER_WORDS[sector];
    // Rotate stems per sector so that each stem meets different words across sectors.
    const stem = EMPLOYER_STEMS[(k + s * 7) % EMPLOYER_STEMS.length] ?? '';
    return {
      id: `emp_${String(number + 1).padStart(3, '0')}`,
      name: `${stem} ${words[k % words.length] ?? ''}`.trim(),
      sector,
      market: (k * 3 + s) % COUNTRIES.length,
    };
  }),
);

const employersBySector = new Map(SECTORS.map((sector) => [sector, employers.filter((e) => e.sector === sector)]));

const certificationsBySector = new Map(
  SECTORS.map((sector) => [
    sector,
    certifications
      .filter((c) => certificationSector.get(c.id) === sector || c.id === 'crt_ai_workplace')
      .map((c) => c.id),
  ]),
);

const certificationNames = new Map(certifications.map((c) => [c.id, c.name]));

const DAY_MS = 86_400_000;
const REFERENCE_MS = Date.parse(SEED_REFERENCE_DATE);

function skillName(key: string, lang: Lang): string {
  const name = skill(`skl_${key}`).name;
  return name[lang] ?? name.en;
}

function joinList(items: string[], lang: Lang): string {
  const and = { en: 'and', fr: 'et', es: 'y' }[lang];
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

function describe(lang: Lang, employer: string, title: string, city: string, remote: boolean, skillKeys: string[], certificationId?: string): string {
  const skillList = joinList(skillKeys.map((key) => skillName(key, lang)), lang);
  const certification = certificationId ? certificationNames.get(certificationId) : undefined;
  const certName = certification ? (certification[lang] ?? certification.en) : undefined;
  if (lang === 'fr') {
    return [
      `${employer} recrute à ${city}\u00a0: ${title}.`,
      `Compétences clés\u00a0: ${skillList}.`,
      remote ? `Poste en télétravail, avec quelques déplacements à ${city}.` : '',
      certName ? `La certification «\u00a0${certName}\u00a0» ou équivalent est un atout.` : '',
      'Nous vous formons aux compétences qui vous manquent encore.',
    ].filter(Boolean).join(' ');
  }
  if (lang === 'es') {
    return [
      `${employer} busca ${title} en ${city}.`,
      `Competencias clave: ${skillList}.`,
      remote ? `Puesto en remoto, con visitas puntuales a ${city}.` : '',
      certName ? `Se valorará la certificación «${certName}» o equivalente.` : '',
      'Te formamos en las competencias que aún te falten.',
    ].filter(Boolean).join(' ');
  }
  const article = /^[AEIOU]/.test(title) ? 'an' : 'a';
  return [
    `${employer} is hiring ${article} ${title} for its ${city} team.`,
    `Key skills: ${skillList}.`,
    remote ? `This is a remote role with occasional visits to ${city}.` : '',
    certName ? `The ${certName} certification, or equivalent, is a plus.` : '',
    'We train for the skills you are still building.',
  ].filter(Boolean).join(' ');
}

/**
 * Generates `count` fictional job postings. Deterministic: posting `i` is the same in every call,
 * whatever `count` (so 500 postings are the first 500 of 100,000), and its id is `job_` followed
 * by `i + 1` on seven digits. Lazy, so large counts need no large arrays.
 */
export function* generateJobs(count: number): Generator<SeedJob> {
  const random = createRandom(0x5eed_10b5);
  for (let index = 0; index < count; index++) {
    const sector = random.pick(SECTORS);
    const employer = random.pick(employersBySector.get(sector) ?? employers);
    const market = COUNTRIES[employer.market] ?? COUNTRIES[0];
    if (!market) throw new Error('unreachable: the country table is not empty');
    const [city, region] = random.pick(market.cities);
    const template = random.pick(TITLES[sector]);
    const remote = random.chance(0.15);

    // 3..7 distinct skills: the role's core, then sector extras and cross-cutting basics.
    const total = random.int(Math.max(3, template.core.length), 7);
    const chosen = new Set(template.core);
    const pools = [SECTOR_EXTRAS[sector], CROSS_CUTTING];
    while (chosen.size < total) chosen.add(random.pick(pools[random.chance(0.6) ? 0 : 1] ?? CROSS_CUTTING));
    const skillKeys = [...chosen];
    const requiredCount = Math.min(random.int(1, 4), skillKeys.length - 1);
    const seniority = random.int(0, 2);
    const skills = skillKeys.map((key, i) => {
      const required = i < requiredCount;
      const level = Math.min(5, Math.max(1, (required ? 2 : 1) + seniority + random.int(0, 1)));
      return { id: `skl_${key}`, level, required };
    });

    const sectorCertifications = certificationsBySector.get(sector) ?? [];
    const preferredCertificationIds = random.chance(0.3) && sectorCertifications.length > 0 ? [random.pick(sectorCertifications)] : [];
    const postedAt = new Date(REFERENCE_MS - Math.floor(random.next() * 90 * DAY_MS / 60_000) * 60_000).toISOString();

    const [en, fr, es] = template.title;
    const localTitle = { en, fr, es }[market.lang];
    const title = market.lang === 'fr' && market.country === 'FR' ? `${localTitle} H/F` : localTitle;
    yield {
      id: `job_${String(index + 1).padStart(7, '0')}`,
      title,
      employer: { id: employer.id, name: employer.name },
      location: { city, region, country: market.country, remote },
      skills,
      preferredCertificationIds,
      postedAt,
      description: describe(market.lang, employer.name, localTitle, city, remote, skillKeys, preferredCertificationIds[0]),
    };
  }
}
