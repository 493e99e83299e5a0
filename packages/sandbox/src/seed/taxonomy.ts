import type { SeedSkill } from './types.js';

type Row = [key: string, name: [en: string, fr: string, es: string], description: [en: string, fr: string, es: string]];

/** Skill rows by category; ids are `skl_<key>`. */
const TAXONOMY: Record<string, Row[]> = {
  'ai-foundations': [
    ['ai_literacy', ['AI literacy', "Culture de l'IA", 'Alfabetización en IA'], [
      'Understanding what AI systems can and cannot do, and where they fit in daily work.',
      "Comprendre ce que les systèmes d'IA savent faire ou non, et leur place dans le travail quotidien.",
      'Comprender qué pueden y qué no pueden hacer los sistemas de IA y dónde encajan en el trabajo diario.']],
    ['prompt_writing', ['Prompt writing', 'Rédaction de prompts', 'Redacción de prompts'], [
      'Writing clear instructions, context and examples so that AI assistants give useful answers.',
      'Rédiger des instructions claires, avec contexte et exemples, pour obtenir des réponses utiles des assistants IA.',
      'Redactar instrucciones claras, con contexto y ejemplos, para obtener respuestas útiles de los asistentes de IA.']],
    ['genai_tools', ['Generative AI tools', "Outils d'IA générative", 'Herramientas de IA generativa'], [
      'Choosing and using text, image and speech generation tools for everyday tasks.',
      "Choisir et utiliser des outils de génération de texte, d'images et de voix pour les tâches courantes.",
      'Elegir y usar herramientas de generación de texto, imagen y voz para las tareas cotidianas.']],
    ['ai_output_review', ['Reviewing AI output', "Vérification des résultats de l'IA", 'Revisión de resultados de la IA'], [
      'Checking AI answers for errors, invented facts and bias before they are used.',
      "Repérer les erreurs, les faits inventés et les biais dans les réponses de l'IA avant de les utiliser.",
      'Detectar errores, datos inventados y sesgos en las respuestas de la IA antes de usarlas.']],
    ['ml_basics', ['Machine learning basics', "Bases de l'apprentissage automatique", 'Fundamentos del aprendizaje automático'], [
      'How models learn from data, how they are evaluated and why they fail.',
      "Comment les modèles apprennent à partir des données, comment on les évalue et pourquoi ils échouent.",
      'Cómo aprenden los modelos a partir de los datos, cómo se evalúan y por qué fallan.']],
    ['responsible_ai', ['Responsible AI', 'IA responsable', 'IA responsable'], [
      'Fairness, transparency and human oversight when AI supports decisions.',
      "Équité, transparence et contrôle humain lorsque l'IA aide à décider.",
      'Equidad, transparencia y supervisión humana cuando la IA apoya las decisiones.']],
    ['data_privacy', ['Data privacy', 'Protection des données personnelles', 'Protección de datos personales'], [
      'Handling personal data lawfully, including what may be shared with AI services.',
      "Traiter les données personnelles dans le respect de la loi, y compris ce qui peut être confié à un service d'IA.",
      'Tratar los datos personales conforme a la ley, incluido lo que puede compartirse con un servicio de IA.']],
    ['ai_risk', ['AI risk assessment', "Évaluation des risques liés à l'IA", 'Evaluación de riesgos de la IA'], [
      'Identifying and reducing the operational, legal and security risks of an AI use case.',
      "Identifier et réduire les risques opérationnels, juridiques et de sécurité d'un cas d'usage de l'IA.",
      'Identificar y reducir los riesgos operativos, legales y de seguridad de un caso de uso de IA.']],
  ],
  data: [
    ['spreadsheet_analysis', ['Spreadsheet analysis', 'Analyse sur tableur', 'Análisis con hojas de cálculo'], [
      'Formulas, pivot tables and lookups to answer operational questions.',
      'Formules, tableaux croisés dynamiques et recherches pour répondre aux questions opérationnelles.',
      'Fórmulas, tablas dinámicas y búsquedas para responder preguntas operativas.']],
    ['data_cleaning', ['Data cleaning', 'Nettoyage des données', 'Limpieza de datos'], [
      'Finding and fixing duplicates, gaps and inconsistent formats in a dataset.',
      "Repérer et corriger les doublons, les valeurs manquantes et les formats incohérents d'un jeu de données.",
      'Detectar y corregir duplicados, valores ausentes y formatos incoherentes en un conjunto de datos.']],
    ['data_visualisation', ['Data visualisation', 'Visualisation de données', 'Visualización de datos'], [
      'Choosing charts that make a trend or a comparison obvious at a glance.',
      "Choisir les graphiques qui rendent une tendance ou une comparaison évidente au premier coup d'œil.",
      'Elegir gráficos que hagan evidente una tendencia o una comparación de un vistazo.']],
    ['sql_basics', ['SQL basics', 'Bases de SQL', 'Fundamentos de SQL'], [
      'Querying, filtering and joining tables in a relational database.',
      'Interroger, filtrer et joindre des tables dans une base de données relationnelle.',
      'Consultar, filtrar y combinar tablas en una base de datos relacional.']],
    ['dashboards', ['Dashboard design', 'Conception de tableaux de bord', 'Diseño de cuadros de mando'], [
      'Building dashboards that teams actually use to run their day.',
      'Créer des tableaux de bord que les équipes utilisent vraiment pour piloter leur journée.',
      'Crear cuadros de mando que los equipos usen de verdad para organizar su jornada.']],
    ['statistics', ['Applied statistics', 'Statistiques appliquées', 'Estadística aplicada'], [
      'Averages, variation, sampling and significance for everyday decisions.',
      'Moyennes, dispersion, échantillonnage et significativité pour les décisions courantes.',
      'Medias, dispersión, muestreo y significación para las decisiones cotidianas.']],
    ['data_quality', ['Data quality management', 'Gestion de la qualité des données', 'Gestión de la calidad de los datos'], [
      'Defining, monitoring and improving the quality of the data a team relies on.',
      "Définir, suivre et améliorer la qualité des données dont dépend une équipe.",
      'Definir, supervisar y mejorar la calidad de los datos de los que depende un equipo.']],
    ['python_data', ['Python for data analysis', "Python pour l'analyse de données", 'Python para el análisis de datos'], [
      'Loading, transforming and analysing data with Python notebooks.',
      'Charger, transformer et analyser des données dans des notebooks Python.',
      'Cargar, transformar y analizar datos con cuadernos de Python.']],
    ['data_storytelling', ['Data storytelling', 'Storytelling avec les données', 'Comunicar con datos'], [
      'Turning an analysis into a clear message and a recommendation.',
      'Transformer une analyse en un message clair et une recommandation.',
      'Convertir un análisis en un mensaje claro y una recomendación.']],
    ['kpi_design', ['KPI design', "Définition d'indicateurs clés", 'Diseño de indicadores clave'], [
      'Choosing measures that reflect real performance and encourage the right behaviour.',
      'Choisir des indicateurs qui reflètent la performance réelle et encouragent les bons comportements.',
      'Elegir indicadores que reflejen el rendimiento real y fomenten los comportamientos adecuados.']],
  ],
  automation: [
    ['workflow_automation', ['Workflow automation', 'Automatisation des flux de travail', 'Automatización de flujos de trabajo'], [
      'Automating repetitive hand-offs, approvals and notifications between tools.',
      'Automatiser les transmissions, validations et notifications répétitives entre outils.',
      'Automatizar traspasos, aprobaciones y notificaciones repetitivas entre herramientas.']],
    ['rpa', ['Robotic process automation', 'Automatisation robotisée des processus', 'Automatización robótica de procesos'], [
      'Software robots that carry out rule-based screen and data-entry tasks.',
      'Des robots logiciels qui exécutent des tâches de saisie fondées sur des règles.',
      'Robots de software que ejecutan tareas de pantalla y de introducción de datos basadas en reglas.']],
    ['no_code_apps', ['No-code app building', "Création d'applications sans code", 'Creación de aplicaciones sin código'], [
      'Building simple forms, trackers and apps without writing code.',
      'Créer des formulaires, des outils de suivi et des applications simples sans écrire de code.',
      'Crear formularios, registros y aplicaciones sencillas sin escribir código.']],
    ['chatbot_design', ['Conversational assistant design', "Conception d'assistants conversationnels", 'Diseño de asistentes conversacionales'], [
      'Designing chat assistants that answer questions and hand over to a person when needed.',
      'Concevoir des assistants conversationnels qui répondent aux questions et passent la main à un humain si besoin.',
      'Diseñar asistentes conversacionales que respondan preguntas y deriven a una persona cuando haga falta.']],
    ['document_ai', ['Document processing with AI', "Traitement de documents par l'IA", 'Procesamiento de documentos con IA'], [
      'Extracting data from invoices, delivery notes and forms with AI.',
      "Extraire les données des factures, bons de livraison et formulaires grâce à l'IA.",
      'Extraer datos de facturas, albaranes y formularios con IA.']],
    ['api_integration', ['Connecting tools with APIs', "Connexion d'outils par API", 'Conexión de herramientas mediante API'], [
      'Using APIs and connectors to move data between business systems.',
      "Utiliser des API et des connecteurs pour faire circuler les données entre les systèmes de l'entreprise.",
      'Usar API y conectores para mover datos entre los sistemas de la empresa.']],
    ['process_mapping', ['Process mapping', 'Cartographie des processus', 'Mapeo de procesos'], [
      'Describing how work flows today to find what to simplify or automate.',
      'Décrire le déroulement actuel du travail pour savoir quoi simplifier ou automatiser.',
      'Describir cómo fluye hoy el trabajo para saber qué simplificar o automatizar.']],
  ],
  optimisation: [
    ['demand_forecasting', ['Demand forecasting', 'Prévision de la demande', 'Previsión de la demanda'], [
      'Predicting sales and volumes from history, seasonality and events.',
      "Prévoir ventes et volumes à partir de l'historique, de la saisonnalité et des événements.",
      'Prever ventas y volúmenes a partir del histórico, la estacionalidad y los eventos.']],
    ['inventory_optimisation', ['Inventory optimisation', 'Optimisation des stocks', 'Optimización de inventario'], [
      'Setting stock levels and reorder points that balance availability and cost.',
      'Fixer des niveaux de stock et des seuils de réapprovisionnement qui concilient disponibilité et coût.',
      'Fijar niveles de existencias y puntos de pedido que equilibren disponibilidad y coste.']],
    ['route_optimisation', ['Route optimisation', 'Optimisation des tournées', 'Optimización de rutas'], [
      'Planning vehicle routes that respect time windows, capacity and driving hours.',
      'Planifier des tournées qui respectent les créneaux, la capacité des véhicules et les temps de conduite.',
      'Planificar rutas que respeten las franjas horarias, la capacidad de los vehículos y las horas de conducción.']],
    ['pricing_analytics', ['Pricing analytics', 'Analyse des prix', 'Análisis de precios'], [
      'Measuring price elasticity and the effect of promotions and markdowns.',
      "Mesurer l'élasticité-prix et l'effet des promotions et des démarques.",
      'Medir la elasticidad del precio y el efecto de promociones y rebajas.']],
    ['computer_vision', ['Computer vision for operations', 'Vision par ordinateur pour les opérations', 'Visión artificial para operaciones'], [
      'Using cameras and image models to count, inspect and detect.',
      "Utiliser des caméras et des modèles d'image pour compter, inspecter et détecter.",
      'Usar cámaras y modelos de imagen para contar, inspeccionar y detectar.']],
    ['predictive_maintenance', ['Predictive maintenance', 'Maintenance prédictive', 'Mantenimiento predictivo'], [
      'Anticipating equipment failures from sensor data and service history.',
      "Anticiper les pannes d'équipement à partir des données de capteurs et de l'historique d'entretien.",
      'Anticipar averías de los equipos a partir de datos de sensores y del historial de mantenimiento.']],
  ],
  retail: [
    ['customer_insights', ['Customer insights', 'Connaissance client', 'Conocimiento del cliente'], [
      'Understanding shopper behaviour from loyalty, basket and feedback data.',
      "Comprendre le comportement d'achat grâce aux données de fidélité, de panier et d'avis clients.",
      'Entender el comportamiento de compra a partir de datos de fidelización, cestas y opiniones.']],
    ['assortment_planning', ['Assortment planning', "Gestion de l'assortiment", 'Planificación del surtido'], [
      'Deciding which products each store carries, and in what depth.',
      'Décider quels produits chaque magasin propose, et en quelle profondeur.',
      'Decidir qué productos ofrece cada tienda y con qué profundidad.']],
    ['omnichannel', ['Omnichannel operations', 'Opérations omnicanales', 'Operaciones omnicanal'], [
      'Running click-and-collect, ship-from-store and returns across channels.',
      "Piloter le retrait en magasin, l'expédition depuis le magasin et les retours entre canaux.",
      'Gestionar la recogida en tienda, el envío desde tienda y las devoluciones entre canales.']],
    ['ai_customer_service', ['AI-assisted customer service', "Service client assisté par l'IA", 'Atención al cliente asistida por IA'], [
      'Serving customers with AI suggestions, summaries and translation while staying in charge.',
      "Servir les clients avec des suggestions, des synthèses et des traductions de l'IA, tout en gardant la main.",
      'Atender a los clientes con sugerencias, resúmenes y traducciones de la IA sin perder el control.']],
    ['loss_prevention', ['Loss prevention', 'Prévention de la démarque', 'Prevención de pérdidas'], [
      'Spotting shrink, fraud and waste patterns in store and transaction data.',
      'Repérer vols, fraudes et pertes dans les données des magasins et des transactions.',
      'Detectar hurtos, fraudes y mermas en los datos de tiendas y transacciones.']],
    ['store_operations', ['Store operations', 'Gestion opérationnelle du magasin', 'Operaciones de tienda'], [
      'Scheduling, replenishment and task management on the shop floor.',
      'Plannings, réassort et organisation des tâches en surface de vente.',
      'Turnos, reposición y organización de tareas en la sala de ventas.']],
    ['recommendations', ['Product recommendations', 'Recommandation de produits', 'Recomendación de productos'], [
      'How recommendation engines personalise offers, and how to judge them.',
      'Comment les moteurs de recommandation personnalisent les offres, et comment les évaluer.',
      'Cómo los motores de recomendación personalizan las ofertas y cómo evaluarlos.']],
  ],
  'supply-chain': [
    ['supplier_risk', ['Supplier risk management', 'Gestion des risques fournisseurs', 'Gestión de riesgos de proveedores'], [
      'Monitoring suppliers for delays, financial stress and compliance issues.',
      'Surveiller les fournisseurs\u00a0: retards, fragilité financière et non-conformités.',
      'Vigilar a los proveedores: retrasos, dificultades financieras e incumplimientos.']],
    ['procurement_analytics', ['Procurement analytics', 'Analyse des achats', 'Análisis de compras'], [
      'Analysing spend, contracts and tenders to buy better.',
      "Analyser les dépenses, les contrats et les appels d'offres pour mieux acheter.",
      'Analizar el gasto, los contratos y las licitaciones para comprar mejor.']],
    ['sales_operations_planning', ['Sales and operations planning', 'Plan industriel et commercial', 'Planificación de ventas y operaciones'], [
      'Aligning demand, supply and finance in one monthly plan.',
      'Aligner demande, approvisionnement et finance dans un plan mensuel unique.',
      'Alinear demanda, suministro y finanzas en un único plan mensual.']],
    ['supply_chain_visibility', ['Supply chain visibility', "Visibilité de la chaîne d'approvisionnement", 'Visibilidad de la cadena de suministro'], [
      'Tracking orders and shipments end to end and reacting to exceptions.',
      'Suivre commandes et expéditions de bout en bout et réagir aux aléas.',
      'Seguir pedidos y envíos de principio a fin y reaccionar ante las incidencias.']],
    ['carbon_accounting', ['Carbon accounting', 'Bilan carbone', 'Contabilidad de carbono'], [
      'Measuring and reporting the emissions of operations and suppliers.',
      'Mesurer et déclarer les émissions des opérations et des fournisseurs.',
      'Medir y comunicar las emisiones de las operaciones y de los proveedores.']],
    ['quality_control', ['Quality control', 'Contrôle qualité', 'Control de calidad'], [
      'Inspections, sampling plans and the handling of non-conformities.',
      "Inspections, plans d'échantillonnage et traitement des non-conformités.",
      'Inspecciones, planes de muestreo y gestión de no conformidades.']],
    ['lean_operations', ['Lean operations', 'Lean management', 'Gestión lean'], [
      'Removing waste and improving flow with lean methods.',
      'Éliminer les gaspillages et fluidifier les flux avec les méthodes lean.',
      'Eliminar desperdicios y mejorar el flujo con métodos lean.']],
  ],
  logistics: [
    ['warehouse_management', ['Warehouse management', "Gestion d'entrepôt", 'Gestión de almacenes'], [
      'Receiving, slotting, picking and shipping with a warehouse management system.',
      "Réception, adressage, préparation et expédition avec un logiciel de gestion d'entrepôt.",
      'Recepción, ubicación, preparación y expedición con un sistema de gestión de almacenes.']],
    ['fleet_management', ['Fleet management', 'Gestion de flotte', 'Gestión de flotas'], [
      'Running vehicles, drivers, fuel and maintenance with telematics data.',
      'Gérer véhicules, conducteurs, carburant et entretien grâce aux données télématiques.',
      'Gestionar vehículos, conductores, combustible y mantenimiento con datos telemáticos.']],
    ['last_mile', ['Last-mile delivery planning', 'Planification du dernier kilomètre', 'Planificación de la última milla'], [
      'Organising home and store deliveries, time slots and failed-delivery recovery.',
      'Organiser les livraisons à domicile et en magasin, les créneaux et la reprise des échecs de livraison.',
      'Organizar las entregas a domicilio y en tienda, las franjas y la gestión de entregas fallidas.']],
    ['freight_documentation', ['Freight and customs documentation', 'Documents de transport et de douane', 'Documentación de transporte y aduanas'], [
      'Preparing and checking transport, customs and dangerous-goods paperwork.',
      'Préparer et vérifier les documents de transport, de douane et de marchandises dangereuses.',
      'Preparar y revisar la documentación de transporte, aduanas y mercancías peligrosas.']],
    ['workplace_safety', ['Health and safety compliance', 'Santé et sécurité au travail', 'Seguridad y salud laboral'], [
      'Applying safety rules and using data to prevent incidents.',
      'Appliquer les règles de sécurité et utiliser les données pour prévenir les accidents.',
      'Aplicar las normas de seguridad y usar los datos para prevenir accidentes.']],
    ['cold_chain', ['Cold chain management', 'Gestion de la chaîne du froid', 'Gestión de la cadena de frío'], [
      'Keeping temperature-sensitive goods in range, with sensor monitoring.',
      'Maintenir les produits sensibles à la bonne température grâce au suivi par capteurs.',
      'Mantener los productos sensibles en su rango de temperatura con monitorización por sensores.']],
    ['warehouse_robotics', ['Working with warehouse robots', "Travail avec des robots d'entrepôt", 'Trabajo con robots de almacén'], [
      'Working alongside mobile robots and automated storage, safely and productively.',
      "Travailler aux côtés de robots mobiles et de stockages automatisés, en sécurité et efficacement.",
      'Trabajar junto a robots móviles y almacenes automatizados con seguridad y eficacia.']],
  ],
  agriculture: [
    ['precision_agriculture', ['Precision agriculture', 'Agriculture de précision', 'Agricultura de precisión'], [
      'Adjusting seeding, spraying and fertilising field by field from data.',
      'Moduler semis, traitements et fertilisation parcelle par parcelle à partir des données.',
      'Ajustar la siembra, los tratamientos y el abonado parcela a parcela a partir de datos.']],
    ['crop_monitoring', ['Crop monitoring', 'Suivi des cultures', 'Seguimiento de cultivos'], [
      'Reading drone and satellite imagery to spot stress, pests and disease early.',
      'Lire les images de drones et de satellites pour repérer tôt le stress, les ravageurs et les maladies.',
      'Interpretar imágenes de drones y satélites para detectar a tiempo estrés, plagas y enfermedades.']],
    ['soil_weather_data', ['Soil and weather data', 'Données de sol et météo', 'Datos de suelo y meteorología'], [
      'Using soil analyses, weather stations and forecasts to plan field work.',
      'Utiliser analyses de sol, stations météo et prévisions pour planifier les travaux des champs.',
      'Usar análisis de suelo, estaciones meteorológicas y previsiones para planificar las labores.']],
    ['farm_management_software', ['Farm management software', "Logiciels de gestion d'exploitation", 'Software de gestión agrícola'], [
      'Recording operations, inputs and traceability in farm software.',
      "Enregistrer interventions, intrants et traçabilité dans un logiciel de gestion d'exploitation.",
      'Registrar labores, insumos y trazabilidad en un software de gestión agrícola.']],
    ['livestock_monitoring', ['Livestock monitoring', 'Suivi du troupeau', 'Seguimiento del ganado'], [
      'Using sensors and cameras to follow animal health and welfare.',
      'Utiliser capteurs et caméras pour suivre la santé et le bien-être des animaux.',
      'Usar sensores y cámaras para seguir la salud y el bienestar de los animales.']],
    ['irrigation_planning', ['Irrigation planning', "Pilotage de l'irrigation", 'Planificación del riego'], [
      'Scheduling irrigation from soil moisture, weather and crop needs.',
      "Programmer l'irrigation selon l'humidité du sol, la météo et les besoins des cultures.",
      'Programar el riego según la humedad del suelo, el tiempo y las necesidades del cultivo.']],
  ],
  office: [
    ['ai_writing', ['Writing with AI assistants', 'Rédaction avec un assistant IA', 'Redacción con asistentes de IA'], [
      'Drafting, editing and translating documents with AI while keeping your own voice.',
      "Rédiger, relire et traduire des documents avec l'IA, en gardant son propre style.",
      'Redactar, corregir y traducir documentos con IA manteniendo el estilo propio.']],
    ['meeting_productivity', ['Meeting notes and follow-up', 'Comptes rendus et suivi de réunion', 'Actas y seguimiento de reuniones'], [
      'Using AI to summarise meetings and track decisions and actions.',
      "Utiliser l'IA pour résumer les réunions et suivre décisions et actions.",
      'Usar la IA para resumir reuniones y seguir decisiones y tareas.']],
    ['knowledge_management', ['Knowledge management', 'Gestion des connaissances', 'Gestión del conocimiento'], [
      'Organising documents and know-how so that people and AI can find answers.',
      "Organiser documents et savoir-faire pour que les personnes comme l'IA trouvent les réponses.",
      'Organizar documentos y conocimientos para que tanto las personas como la IA encuentren respuestas.']],
    ['project_coordination', ['Project coordination', 'Coordination de projets', 'Coordinación de proyectos'], [
      'Planning tasks, owners and deadlines, and keeping a project on track.',
      "Planifier tâches, responsables et échéances, et tenir le cap d'un projet.",
      'Planificar tareas, responsables y plazos, y mantener un proyecto en marcha.']],
    ['request_triage', ['Inbox and request triage', 'Tri des demandes et du courrier', 'Clasificación de solicitudes y correo'], [
      'Sorting, routing and answering incoming requests with AI help.',
      "Trier, orienter et traiter les demandes entrantes avec l'aide de l'IA.",
      'Clasificar, derivar y responder las solicitudes entrantes con ayuda de la IA.']],
    ['presentation_design', ['Presentation design', 'Conception de présentations', 'Diseño de presentaciones'], [
      'Building clear slides and visuals, with AI for first drafts.',
      "Concevoir des diapositives et des visuels clairs, avec l'IA pour les premières versions.",
      'Crear diapositivas y elementos visuales claros, con la IA para los primeros borradores.']],
    ['change_management', ['Leading change', 'Conduite du changement', 'Gestión del cambio'], [
      'Helping a team adopt new tools and ways of working.',
      "Accompagner une équipe dans l'adoption de nouveaux outils et de nouvelles façons de travailler.",
      'Acompañar a un equipo en la adopción de nuevas herramientas y formas de trabajar.']],
  ],
};

/** The skills taxonomy: AI, data, automation and operations skills, in English, French and Spanish. */
export const skills: SeedSkill[] = Object.entries(TAXONOMY).flatMap(([category, rows]) =>
  rows.map(([key, [en, fr, es], [dEn, dFr, dEs]]) => ({
    id: `skl_${key}`,
    name: { en, fr, es },
    category,
    description: { en: dEn, fr: dFr, es: dEs },
  })),
);

const byId = new Map(skills.map((skill) => [skill.id, skill]));

/** The skill with this id; throws naming the id when the seed data refers to an unknown skill. */
export function skill(id: string): SeedSkill {
  const found = byId.get(id);
  if (!found) throw new Error(`seed data refers to unknown skill "${id}"`);
  return found;
}
