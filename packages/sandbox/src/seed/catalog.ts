import type { CourseLevel, Localized, SeedCertification, SeedCourse, Sector } from './types.js';

/** English only, all three languages as `[en, fr, es]`, or a partial translation. */
type Text = string | [en: string, fr: string, es: string] | Localized;

interface CourseRow {
  key: string;
  sector: Sector;
  level: CourseLevel;
  minutes: number;
  /** Skill keys (without the `skl_` prefix). */
  skills: string[];
  title: Text;
  summary: Text;
  lessons: Text[];
}

const COURSES: CourseRow[] = [
  // ── Office work ────────────────────────────────────────────────────────────────────────────
  {
    key: 'ai_at_work', sector: 'office', level: 'foundation', minutes: 60,
    skills: ['ai_literacy', 'genai_tools', 'prompt_writing', 'ai_output_review'],
    title: ['AI at work: the essentials', "L'IA au travail\u00a0: l'essentiel", 'La IA en el trabajo: lo esencial'],
    summary: [
      "What today's AI tools do well, where they go wrong, and how to use them safely in your daily tasks.",
      "Ce que les outils d'IA actuels font bien, où ils se trompent, et comment les utiliser sans risque au quotidien.",
      'Qué hacen bien las herramientas de IA actuales, en qué se equivocan y cómo usarlas con seguridad en el día a día.'],
    lessons: [
      ['What AI is, and what it is not', "Ce qu'est l'IA, et ce qu'elle n'est pas", 'Qué es la IA y qué no es'],
      ['A tour of everyday AI tools', "Tour d'horizon des outils d'IA du quotidien", 'Recorrido por las herramientas de IA cotidianas'],
      ['Your first useful prompt', 'Votre premier prompt utile', 'Tu primer prompt útil'],
      ['Checking what the AI tells you', "Vérifier ce que l'IA vous répond", 'Comprobar lo que te dice la IA'],
      ['Keeping data safe', 'Protéger les données', 'Proteger los datos'],
    ],
  },
  {
    key: 'prompt_writing_basics', sector: 'office', level: 'foundation', minutes: 75,
    skills: ['prompt_writing', 'ai_writing'],
    title: ['Prompt writing for everyday tasks', 'Rédiger des prompts pour les tâches courantes', 'Redactar prompts para las tareas diarias'],
    summary: [
      'Give AI assistants the context, constraints and examples they need to produce work you can use.',
      "Donnez aux assistants IA le contexte, les contraintes et les exemples dont ils ont besoin pour produire un travail exploitable.",
      'Da a los asistentes de IA el contexto, las restricciones y los ejemplos que necesitan para producir un trabajo aprovechable.'],
    lessons: [
      ['Anatomy of a good prompt', "Anatomie d'un bon prompt", 'Anatomía de un buen prompt'],
      ['Giving context and examples', 'Donner du contexte et des exemples', 'Aportar contexto y ejemplos'],
      ['Iterating on an answer', 'Affiner une réponse', 'Pulir una respuesta'],
      ['Reusable prompt templates', 'Des modèles de prompts réutilisables', 'Plantillas de prompts reutilizables'],
    ],
  },
  {
    key: 'smarter_meetings', sector: 'office', level: 'foundation', minutes: 60,
    skills: ['meeting_productivity', 'request_triage', 'ai_writing'],
    title: 'Smarter meetings and inboxes',
    summary: 'Summarise meetings, track actions and triage requests with AI, so that less falls through the cracks.',
    lessons: ['Preparing a meeting with AI', 'Live notes and summaries', 'Turning decisions into actions', 'Triage rules for a shared inbox'],
  },
  {
    key: 'office_automation', sector: 'office', level: 'practitioner', minutes: 180,
    skills: ['workflow_automation', 'no_code_apps', 'process_mapping'],
    title: { en: 'Automating office workflows', fr: 'Automatiser les flux de travail administratifs' },
    summary: {
      en: 'Map a process, then automate its approvals, reminders and hand-offs with no-code tools.',
      fr: 'Cartographiez un processus, puis automatisez ses validations, relances et transmissions avec des outils sans code.',
    },
    lessons: [
      { en: 'Mapping the process as it is', fr: 'Cartographier le processus existant' },
      { en: 'Choosing what to automate', fr: "Choisir ce qu'il faut automatiser" },
      { en: 'Forms and trackers without code', fr: 'Formulaires et outils de suivi sans code' },
      { en: 'Approvals and reminders', fr: 'Validations et relances' },
      { en: 'Handling errors and exceptions', fr: 'Gérer les erreurs et les exceptions' },
      { en: 'Measuring the time saved', fr: 'Mesurer le temps gagné' },
    ],
  },
  {
    key: 'knowledge_base', sector: 'office', level: 'practitioner', minutes: 150,
    skills: ['knowledge_management', 'chatbot_design', 'data_privacy'],
    title: 'Building a team knowledge base for AI',
    summary: "Organise your team's documents so that colleagues and AI assistants find reliable answers.",
    lessons: ['Auditing what the team knows', 'Structuring documents for search', 'Access rights and sensitive content', 'An internal question-and-answer assistant', 'Keeping content fresh'],
  },
  {
    key: 'presenting_data', sector: 'office', level: 'practitioner', minutes: 150,
    skills: ['data_storytelling', 'presentation_design', 'data_visualisation'],
    title: { en: 'Presenting data with impact', es: 'Presentar datos con impacto' },
    summary: {
      en: 'Turn an analysis into a short, convincing story, with charts and slides drafted with AI.',
      es: 'Convierte un análisis en una historia breve y convincente, con gráficos y diapositivas preparados con ayuda de la IA.',
    },
    lessons: [
      { en: 'Finding the message', es: 'Encontrar el mensaje' },
      { en: 'Charts that make the point', es: 'Gráficos que transmiten la idea' },
      { en: 'Drafting slides with AI', es: 'Preparar diapositivas con IA' },
      { en: 'Presenting to decision makers', es: 'Presentar ante quienes deciden' },
    ],
  },
  {
    key: 'responsible_ai_practice', sector: 'office', level: 'specialist', minutes: 300,
    skills: ['responsible_ai', 'ai_risk', 'data_privacy'],
    title: ['Responsible AI in practice', "L'IA responsable en pratique", 'La IA responsable en la práctica'],
    summary: [
      'Assess an AI use case for fairness, privacy and security risks, and set up the human oversight it needs.',
      "Évaluez un cas d'usage de l'IA sous l'angle de l'équité, de la vie privée et de la sécurité, et mettez en place le contrôle humain nécessaire.",
      'Evalúa un caso de uso de IA en cuanto a equidad, privacidad y seguridad, y establece la supervisión humana necesaria.'],
    lessons: [
      ['Principles and regulation', 'Principes et réglementation', 'Principios y normativa'],
      ['Mapping the risks of a use case', "Cartographier les risques d'un cas d'usage", 'Mapear los riesgos de un caso de uso'],
      ['Bias and fairness checks', "Détecter les biais et vérifier l'équité", 'Detectar sesgos y comprobar la equidad'],
      ['Personal data and AI services', "Données personnelles et services d'IA", 'Datos personales y servicios de IA'],
      ['Designing human oversight', 'Organiser le contrôle humain', 'Diseñar la supervisión humana'],
      ['Documenting and auditing', 'Documenter et auditer', 'Documentar y auditar'],
    ],
  },
  {
    key: 'ai_adoption_leadership', sector: 'office', level: 'specialist', minutes: 240,
    skills: ['change_management', 'project_coordination', 'ai_literacy'],
    title: 'Leading AI adoption in your team',
    summary: 'Plan, pilot and scale an AI tool in your team, and bring the sceptics along.',
    lessons: ['Picking the right first use case', 'Running a pilot', 'Training and support', 'Measuring adoption', 'Scaling what works'],
  },
  {
    key: 'api_automation', sector: 'office', level: 'specialist', minutes: 360,
    skills: ['api_integration', 'workflow_automation', 'rpa'],
    title: 'Connecting business tools with APIs',
    summary: 'Move data between business systems with APIs, connectors and software robots, reliably and securely.',
    lessons: ['How APIs work', 'Authentication and secrets', 'Building a connector flow', 'When to use a software robot', 'Monitoring and error handling', 'The security review'],
  },

  // ── Retail ─────────────────────────────────────────────────────────────────────────────────
  {
    key: 'retail_ai_intro', sector: 'retail', level: 'foundation', minutes: 60,
    skills: ['ai_literacy', 'store_operations', 'ai_customer_service'],
    title: ['AI on the shop floor', "L'IA en magasin", 'La IA en la tienda'],
    summary: [
      'How AI already helps stores with staffing, replenishment and customer questions, and what it means for your role.',
      "Comment l'IA aide déjà les magasins pour les plannings, le réassort et les questions des clients, et ce que cela change pour votre métier.",
      'Cómo la IA ya ayuda a las tiendas con los turnos, la reposición y las preguntas de los clientes, y qué supone para tu puesto.'],
    lessons: [
      ['Where AI shows up in a store', "Où l'IA intervient en magasin", 'Dónde aparece la IA en una tienda'],
      ['Smarter staff scheduling', 'Des plannings mieux ajustés', 'Turnos mejor ajustados'],
      ['Replenishment suggestions', 'Les suggestions de réassort', 'Sugerencias de reposición'],
      ['Answering customers with AI help', "Répondre aux clients avec l'aide de l'IA", 'Atender a los clientes con ayuda de la IA'],
    ],
  },
  {
    key: 'customer_service_ai', sector: 'retail', level: 'foundation', minutes: 90,
    skills: ['ai_customer_service', 'prompt_writing', 'data_privacy'],
    title: { en: 'AI-assisted customer service', es: 'Atención al cliente asistida por IA' },
    summary: {
      en: 'Use AI suggestions, summaries and translation to serve customers faster, while staying in charge of the answer.',
      es: 'Usa sugerencias, resúmenes y traducciones de la IA para atender más rápido, sin perder el control de la respuesta.',
    },
    lessons: [
      { en: 'Suggested replies, used well', es: 'Respuestas sugeridas, bien usadas' },
      { en: "Summarising a customer's history", es: 'Resumir el historial de un cliente' },
      { en: 'Serving customers in another language', es: 'Atender en otro idioma' },
      { en: 'When to hand over to a person', es: 'Cuándo pasar a una persona' },
      { en: 'What never goes into a prompt', es: 'Lo que nunca va en un prompt' },
    ],
  },
  {
    key: 'store_numbers', sector: 'retail', level: 'foundation', minutes: 75,
    skills: ['spreadsheet_analysis', 'kpi_design', 'data_visualisation'],
    title: "Reading your store's numbers",
    summary: 'Sales, footfall, conversion and basket size: read the figures that matter and spot what changed.',
    lessons: ['The key store indicators', 'Spreadsheets without fear', 'Comparing weeks and stores', 'Charts for the morning briefing'],
  },
  {
    key: 'customer_insights', sector: 'retail', level: 'practitioner', minutes: 180,
    skills: ['customer_insights', 'data_cleaning', 'statistics'],
    title: { en: 'Customer insights from loyalty data', fr: 'Mieux connaître ses clients grâce aux données de fidélité' },
    summary: {
      en: 'Segment shoppers, understand baskets and measure what brings customers back.',
      fr: 'Segmentez la clientèle, comprenez les paniers et mesurez ce qui fait revenir les clients.',
    },
    lessons: [
      { en: 'What loyalty data can tell', fr: 'Ce que disent les données de fidélité' },
      { en: 'Preparing clean customer data', fr: 'Préparer des données clients fiables' },
      { en: 'Segmenting shoppers', fr: 'Segmenter la clientèle' },
      { en: 'Basket analysis', fr: 'Analyser les paniers' },
      { en: 'Testing an offer properly', fr: 'Tester une offre avec rigueur' },
    ],
  },
  {
    key: 'omnichannel_ops', sector: 'retail', level: 'practitioner', minutes: 150,
    skills: ['omnichannel', 'store_operations', 'last_mile'],
    title: 'Running omnichannel operations',
    summary: 'Click-and-collect, ship-from-store and returns: keep the promise made to online customers, store by store.',
    lessons: ['Click-and-collect that works', 'Shipping from the store', 'Returns across channels', 'Stock accuracy for online orders', 'Measuring the customer promise'],
  },
  {
    key: 'loss_prevention', sector: 'retail', level: 'practitioner', minutes: 180,
    skills: ['loss_prevention', 'computer_vision', 'data_quality'],
    title: ['Loss prevention with data', 'Prévenir la démarque grâce aux données', 'Prevenir pérdidas con datos'],
    summary: [
      'Find shrink and fraud patterns in transactions and camera alerts, and act on them fairly.',
      'Repérez les schémas de vol et de fraude dans les transactions et les alertes vidéo, et agissez avec discernement.',
      'Detecta patrones de hurto y fraude en las transacciones y las alertas de vídeo, y actúa con criterio.'],
    lessons: [
      ['Where losses come from', "D'où vient la démarque", 'De dónde vienen las pérdidas'],
      ['Exception reports at the till', "Les rapports d'anomalies en caisse", 'Informes de anomalías en caja'],
      ['Camera alerts and their limits', 'Les alertes vidéo et leurs limites', 'Las alertas de vídeo y sus límites'],
      ['Acting fairly on a signal', 'Agir équitablement face à une alerte', 'Actuar con equidad ante una alerta'],
    ],
  },
  {
    key: 'retail_forecasting', sector: 'retail', level: 'specialist', minutes: 420,
    skills: ['demand_forecasting', 'inventory_optimisation', 'ml_basics', 'statistics'],
    title: ['Demand forecasting for retail', 'Prévision de la demande dans le commerce', 'Previsión de la demanda en el comercio minorista'],
    summary: [
      'Build and judge forecasts by store and product, including promotions, weather and public holidays.',
      'Construisez et évaluez des prévisions par magasin et par produit, en tenant compte des promotions, de la météo et des jours fériés.',
      'Construye y evalúa previsiones por tienda y producto, teniendo en cuenta promociones, meteorología y festivos.'],
    lessons: [
      ['Why forecasts fail', 'Pourquoi les prévisions échouent', 'Por qué fallan las previsiones'],
      ['Seasonality and trends', 'Saisonnalité et tendances', 'Estacionalidad y tendencias'],
      ['Promotions and events', 'Promotions et événements', 'Promociones y eventos'],
      ['Machine learning forecasts', 'Prévoir par apprentissage automatique', 'Previsiones con aprendizaje automático'],
      ['Measuring forecast accuracy', 'Mesurer la fiabilité des prévisions', 'Medir la precisión de las previsiones'],
      ['From forecast to orders', 'De la prévision aux commandes', 'De la previsión a los pedidos'],
      ['Overriding the model wisely', 'Corriger le modèle à bon escient', 'Corregir el modelo con criterio'],
    ],
  },
  {
    key: 'pricing_assortment', sector: 'retail', level: 'specialist', minutes: 360,
    skills: ['pricing_analytics', 'assortment_planning', 'statistics', 'python_data'],
    title: 'Pricing, promotion and assortment analytics',
    summary: 'Measure price elasticity and promotion uplift, and decide what each store should carry.',
    lessons: ['Price elasticity explained', 'Measuring promotion uplift', 'Markdown optimisation', 'Assortment and space decisions', 'Testing prices responsibly'],
  },
  {
    key: 'personalisation', sector: 'retail', level: 'specialist', minutes: 300,
    skills: ['recommendations', 'customer_insights', 'responsible_ai'],
    title: 'Personalisation and product recommendations',
    summary: 'How recommendation engines work, how to evaluate them, and how to keep them fair and transparent for shoppers.',
    lessons: ['How recommenders work', 'The data behind personalisation', 'Evaluating recommendations', 'Fairness and transparency for shoppers', 'Running an A/B test'],
  },

  // ── Supply chain ───────────────────────────────────────────────────────────────────────────
  {
    key: 'supply_chain_ai_intro', sector: 'supply-chain', level: 'foundation', minutes: 75,
    skills: ['ai_literacy', 'supply_chain_visibility', 'demand_forecasting'],
    title: ['AI across the supply chain', "L'IA dans la chaîne d'approvisionnement", 'La IA en la cadena de suministro'],
    summary: [
      'From forecasting to supplier alerts: where AI helps plan, buy and deliver, and where people remain essential.',
      "De la prévision aux alertes fournisseurs\u00a0: où l'IA aide à planifier, acheter et livrer, et où l'humain reste indispensable.",
      'De la previsión a las alertas de proveedores: dónde ayuda la IA a planificar, comprar y entregar, y dónde las personas siguen siendo imprescindibles.'],
    lessons: [
      ['The supply chain in five minutes', "La chaîne d'approvisionnement en cinq minutes", 'La cadena de suministro en cinco minutos'],
      ['Forecasts and plans', 'Prévisions et plans', 'Previsiones y planes'],
      ['Seeing orders end to end', 'Suivre les commandes de bout en bout', 'Seguir los pedidos de principio a fin'],
      ['Alerts you can trust', 'Des alertes fiables', 'Alertas fiables'],
    ],
  },
  {
    key: 'spreadsheets_for_operations', sector: 'supply-chain', level: 'foundation', minutes: 90,
    skills: ['spreadsheet_analysis', 'data_cleaning'],
    title: { en: 'Spreadsheets for operations', es: 'Hojas de cálculo para operaciones' },
    summary: {
      en: 'Lookups, pivot tables and clean data: the spreadsheet skills every planner and buyer uses daily.',
      es: 'Búsquedas, tablas dinámicas y datos limpios: las habilidades de hoja de cálculo que todo planificador y comprador usa a diario.',
    },
    lessons: [
      { en: 'Clean data first', es: 'Primero, datos limpios' },
      { en: "Lookups that don't break", es: 'Búsquedas que no fallan' },
      { en: 'Pivot tables', es: 'Tablas dinámicas' },
      { en: 'A weekly stock report', es: 'Un informe semanal de existencias' },
    ],
  },
  {
    key: 'document_automation', sector: 'supply-chain', level: 'foundation', minutes: 60,
    skills: ['document_ai', 'ai_output_review', 'workflow_automation'],
    title: 'Automating documents: invoices and delivery notes',
    summary: 'Let AI read invoices and delivery notes, and keep people in the loop for what it is unsure about.',
    lessons: ['How document AI reads a page', 'Setting up extraction', 'Checking low-confidence fields', 'Routing exceptions'],
  },
  {
    key: 'supplier_risk', sector: 'supply-chain', level: 'practitioner', minutes: 180,
    skills: ['supplier_risk', 'procurement_analytics', 'data_quality'],
    title: { en: 'Supplier risk monitoring', fr: 'Surveiller les risques fournisseurs' },
    summary: {
      en: 'Combine delivery, financial and news signals into an early warning of supplier problems.',
      fr: 'Combinez données de livraison, signaux financiers et actualités pour détecter tôt les difficultés des fournisseurs.',
    },
    lessons: [
      { en: 'What makes a supplier risky', fr: 'Ce qui rend un fournisseur risqué' },
      { en: 'Performance and delivery data', fr: 'Données de performance et de livraison' },
      { en: 'External signals', fr: 'Les signaux externes' },
      { en: 'A supplier risk score', fr: 'Un score de risque fournisseur' },
      { en: 'Acting on alerts', fr: 'Réagir aux alertes' },
    ],
  },
  {
    key: 'sop_with_data', sector: 'supply-chain', level: 'practitioner', minutes: 240,
    skills: ['sales_operations_planning', 'demand_forecasting', 'kpi_design', 'dashboards'],
    title: 'Sales and operations planning with data',
    summary: 'Run a monthly planning cycle that aligns demand, supply and finance on shared numbers.',
    lessons: ['The S&OP cycle', 'A consensus forecast', 'Supply constraints', 'Scenarios and trade-offs', 'The executive dashboard', 'Running the monthly meeting'],
  },
  {
    key: 'quality_lean', sector: 'supply-chain', level: 'practitioner', minutes: 180,
    skills: ['quality_control', 'lean_operations', 'computer_vision'],
    title: ['Quality and lean with AI', "Qualité et lean avec l'IA", 'Calidad y lean con IA'],
    summary: [
      'Use data and vision systems to catch defects early and remove waste from your processes.',
      'Utilisez les données et la vision par ordinateur pour détecter tôt les défauts et éliminer les gaspillages.',
      'Usa datos y visión artificial para detectar defectos a tiempo y eliminar desperdicios de los procesos.'],
    lessons: [
      ['Lean principles in brief', 'Les principes du lean en bref', 'Los principios lean en resumen'],
      ['Sampling and inspection', 'Échantillonnage et inspection', 'Muestreo e inspección'],
      ['Visual inspection with AI', "L'inspection visuelle par l'IA", 'La inspección visual con IA'],
      ['Root cause analysis', 'Analyse des causes profondes', 'Análisis de causas raíz'],
      ['Making improvements last', 'Pérenniser les progrès', 'Consolidar las mejoras'],
    ],
  },
  {
    key: 'inventory_optimisation', sector: 'supply-chain', level: 'specialist', minutes: 480,
    skills: ['inventory_optimisation', 'demand_forecasting', 'python_data', 'statistics'],
    title: ['Inventory optimisation', 'Optimisation des stocks', 'Optimización de inventario'],
    summary: [
      'Set safety stocks and reorder points with probabilistic forecasts and simulation.',
      "Fixez stocks de sécurité et points de commande à l'aide de prévisions probabilistes et de simulations.",
      'Fija existencias de seguridad y puntos de pedido con previsiones probabilísticas y simulación.'],
    lessons: [
      ['Service level and cost', 'Taux de service et coût', 'Nivel de servicio y coste'],
      ['Safety stock, done properly', 'Le stock de sécurité, bien calculé', 'Las existencias de seguridad, bien calculadas'],
      ['Probabilistic forecasts', 'Les prévisions probabilistes', 'Previsiones probabilísticas'],
      ['Multi-echelon inventory', 'Les stocks multi-échelons', 'Inventario multinivel'],
      ['Simulating policies in Python', 'Simuler des politiques de stock en Python', 'Simular políticas de inventario en Python'],
      ['Slow movers and obsolescence', 'Faible rotation et obsolescence', 'Baja rotación y obsolescencia'],
      ['Rolling out new parameters', 'Déployer de nouveaux paramètres', 'Desplegar nuevos parámetros'],
    ],
  },
  {
    key: 'carbon_accounting', sector: 'supply-chain', level: 'specialist', minutes: 300,
    skills: ['carbon_accounting', 'supplier_risk', 'data_quality'],
    title: 'Carbon accounting for supply chains',
    summary: 'Measure the emissions of your operations and suppliers, plan reductions and report them with confidence.',
    lessons: ['Scopes 1, 2 and 3', 'Collecting supplier data', 'Emission factors and estimates', 'Reduction plans', 'Reporting with confidence'],
  },
  {
    key: 'procurement_ai', sector: 'supply-chain', level: 'specialist', minutes: 300,
    skills: ['procurement_analytics', 'document_ai', 'genai_tools'],
    title: { en: 'AI for procurement', es: 'IA para compras' },
    summary: {
      en: 'Classify spend, analyse contracts and prepare tenders with AI, under sound controls.',
      es: 'Clasifica el gasto, analiza contratos y prepara licitaciones con IA, con los controles adecuados.',
    },
    lessons: [
      { en: 'Spend classification', es: 'Clasificación del gasto' },
      { en: 'Reading contracts with AI', es: 'Leer contratos con IA' },
      { en: 'Preparing a tender', es: 'Preparar una licitación' },
      { en: 'Negotiation support', es: 'Apoyo a la negociación' },
      { en: 'Controls and audit trail', es: 'Controles y trazabilidad' },
    ],
  },

  // ── Logistics ──────────────────────────────────────────────────────────────────────────────
  {
    key: 'warehouse_today', sector: 'logistics', level: 'foundation', minutes: 60,
    skills: ['warehouse_management', 'workplace_safety', 'ai_literacy'],
    title: ['Warehouse operations today', "L'entrepôt aujourd'hui", 'El almacén hoy'],
    summary: [
      'Receiving, picking and shipping in a modern warehouse, and how scanners, software and AI support each step.',
      "Réception, préparation et expédition dans un entrepôt moderne, et comment scanners, logiciels et IA accompagnent chaque étape.",
      'Recepción, preparación y expedición en un almacén moderno, y cómo los escáneres, el software y la IA apoyan cada paso.'],
    lessons: [
      ['The flow of goods', 'Le parcours des marchandises', 'El recorrido de la mercancía'],
      ['Receiving and put-away', 'Réception et rangement', 'Recepción y ubicación'],
      ['Picking and packing', 'Préparation et emballage', 'Preparación y embalaje'],
      ['Safety first', 'La sécurité avant tout', 'La seguridad, lo primero'],
      ['Where AI helps', "Là où l'IA aide", 'Dónde ayuda la IA'],
    ],
  },
  {
    key: 'working_with_robots', sector: 'logistics', level: 'foundation', minutes: 45,
    skills: ['warehouse_robotics', 'workplace_safety'],
    title: { en: 'Working safely with warehouse robots', fr: "Travailler en sécurité avec des robots d'entrepôt" },
    summary: {
      en: 'Share the floor with mobile robots and automated storage: signals, zones and what to do when something stops.',
      fr: "Partagez l'espace avec des robots mobiles et des stockages automatisés\u00a0: signaux, zones et conduite à tenir en cas d'arrêt.",
    },
    lessons: [
      { en: 'Types of warehouse robots', fr: "Les différents robots d'entrepôt" },
      { en: 'Zones and signals', fr: 'Zones et signalisation' },
      { en: 'When a robot stops', fr: "Quand un robot s'arrête" },
    ],
  },
  {
    key: 'delivery_basics', sector: 'logistics', level: 'foundation', minutes: 60,
    skills: ['last_mile', 'fleet_management'],
    title: 'Last-mile delivery basics',
    summary: 'Delivery slots, routes, failed deliveries and proof of delivery: how the last mile works and where it costs.',
    lessons: ['The delivery promise', 'Slots and routes', 'Failed deliveries', 'Proof of delivery'],
  },
  {
    key: 'route_planning', sector: 'logistics', level: 'practitioner', minutes: 180,
    skills: ['route_optimisation', 'last_mile', 'fleet_management'],
    title: ['Route planning with optimisation tools', "Planifier ses tournées avec des outils d'optimisation", 'Planificar rutas con herramientas de optimización'],
    summary: [
      "Set up an optimisation tool, check its plans and handle the day's surprises.",
      "Paramétrez un outil d'optimisation, contrôlez ses plans et gérez les imprévus de la journée.",
      'Configura una herramienta de optimización, revisa sus planes y gestiona los imprevistos del día.'],
    lessons: [
      ['Constraints that matter', 'Les contraintes qui comptent', 'Las restricciones que importan'],
      ['Preparing clean address data', 'Préparer des adresses fiables', 'Preparar direcciones fiables'],
      ['Reading an optimised plan', 'Lire un plan optimisé', 'Interpretar un plan optimizado'],
      ['Re-planning during the day', 'Replanifier en cours de journée', 'Replanificar durante el día'],
      ['Measuring cost per drop', 'Mesurer le coût par livraison', 'Medir el coste por entrega'],
    ],
  },
  {
    key: 'cold_chain', sector: 'logistics', level: 'practitioner', minutes: 150,
    skills: ['cold_chain', 'predictive_maintenance'],
    title: { en: 'Cold chain monitoring', es: 'Control de la cadena de frío' },
    summary: {
      en: 'Keep chilled and frozen goods in range with sensors, alerts and well-maintained equipment.',
      es: 'Mantén los productos refrigerados y congelados en su rango con sensores, alertas y equipos bien mantenidos.',
    },
    lessons: [
      { en: 'Temperature rules by product', es: 'Normas de temperatura por producto' },
      { en: 'Sensors and data loggers', es: 'Sensores y registradores de datos' },
      { en: 'Alerts that people act on', es: 'Alertas que se atienden' },
      { en: 'Predicting equipment failures', es: 'Anticipar averías de los equipos' },
      { en: 'Audits and records', es: 'Auditorías y registros' },
    ],
  },
  {
    key: 'freight_documents', sector: 'logistics', level: 'practitioner', minutes: 120,
    skills: ['freight_documentation', 'document_ai'],
    title: 'Freight and customs documents with AI',
    summary: 'Prepare and check the paperwork of a shipment faster, with AI extraction and human review.',
    lessons: ['The documents of a shipment', 'Customs basics', 'Extracting data with AI', 'Checking for errors', 'Dangerous goods'],
  },
  {
    key: 'warehouse_automation', sector: 'logistics', level: 'specialist', minutes: 480,
    skills: ['warehouse_robotics', 'warehouse_management', 'process_mapping', 'computer_vision'],
    title: ['Warehouse automation design', "Concevoir l'automatisation d'un entrepôt", 'Diseñar la automatización de un almacén'],
    summary: [
      'Choose, size and deploy robots, sorters and vision systems, from business case to go-live.',
      'Choisissez, dimensionnez et déployez robots, trieurs et systèmes de vision, du business case à la mise en service.',
      'Elige, dimensiona y despliega robots, clasificadores y sistemas de visión, desde el caso de negocio hasta la puesta en marcha.'],
    lessons: [
      ['Mapping the current flows', 'Cartographier les flux actuels', 'Mapear los flujos actuales'],
      ['Automation options', "Les options d'automatisation", 'Las opciones de automatización'],
      ['Sizing with data', 'Dimensionner à partir des données', 'Dimensionar con datos'],
      ['Vision systems for sorting and checks', 'La vision pour le tri et les contrôles', 'Visión artificial para la clasificación y los controles'],
      ['The business case', 'Le business case', 'El caso de negocio'],
      ['Integration with the warehouse system', "L'intégration au logiciel de gestion d'entrepôt", 'La integración con el sistema de gestión del almacén'],
      ['Safety and people', 'Sécurité et équipes', 'Seguridad y equipos'],
      ['Go-live and ramp-up', 'Démarrage et montée en charge', 'Arranque y puesta a punto'],
    ],
  },
  {
    key: 'fleet_analytics', sector: 'logistics', level: 'specialist', minutes: 360,
    skills: ['fleet_management', 'predictive_maintenance', 'dashboards', 'python_data'],
    title: 'Fleet analytics and predictive maintenance',
    summary: 'Use telematics data to cut fuel, plan maintenance before breakdowns and keep vehicles on the road.',
    lessons: ['Telematics data', 'Fuel and driving behaviour', 'Predicting failures', 'Maintenance planning', 'A fleet dashboard'],
  },
  {
    key: 'network_design', sector: 'logistics', level: 'specialist', minutes: 420,
    skills: ['route_optimisation', 'carbon_accounting', 'sql_basics'],
    title: 'Logistics network design',
    summary: 'Decide where depots and cross-docks should be, weighing cost, service and carbon with real shipment data.',
    lessons: ['Network questions worth asking', 'Data for network models', 'Querying shipment history', 'Scenario modelling', 'Cost, service and carbon', 'Presenting the recommendation'],
  },

  // ── Agriculture ────────────────────────────────────────────────────────────────────────────
  {
    key: 'digital_farming_intro', sector: 'agriculture', level: 'foundation', minutes: 60,
    skills: ['precision_agriculture', 'farm_management_software', 'ai_literacy'],
    title: ['Digital farming: first steps', 'Premiers pas en agriculture numérique', 'Primeros pasos en agricultura digital'],
    summary: [
      'Sensors, drones, satellites and farm software: what they offer a farm of any size, and what they cost.',
      "Capteurs, drones, satellites et logiciels\u00a0: ce qu'ils apportent à une exploitation de toute taille, et ce qu'ils coûtent.",
      'Sensores, drones, satélites y software: qué aportan a una explotación de cualquier tamaño y cuánto cuestan.'],
    lessons: [
      ['The connected farm', "L'exploitation connectée", 'La explotación conectada'],
      ['Data from the field', 'Les données du terrain', 'Los datos del campo'],
      ['Farm management software', "Les logiciels de gestion d'exploitation", 'El software de gestión agrícola'],
      ['Costs and benefits', 'Coûts et bénéfices', 'Costes y beneficios'],
    ],
  },
  {
    key: 'weather_soil_data', sector: 'agriculture', level: 'foundation', minutes: 75,
    skills: ['soil_weather_data', 'spreadsheet_analysis'],
    title: { en: 'Using weather and soil data', es: 'Usar datos meteorológicos y de suelo' },
    summary: {
      en: 'Read soil analyses, weather stations and forecasts to time field work better.',
      es: 'Interpreta análisis de suelo, estaciones meteorológicas y previsiones para elegir mejor el momento de las labores.',
    },
    lessons: [
      { en: 'Reading a soil analysis', es: 'Interpretar un análisis de suelo' },
      { en: 'On-farm weather stations', es: 'Estaciones meteorológicas en la finca' },
      { en: 'Forecasts and decision windows', es: 'Previsiones y ventanas de decisión' },
      { en: 'Keeping field records', es: 'Llevar el registro de parcelas' },
    ],
  },
  {
    key: 'farm_records', sector: 'agriculture', level: 'foundation', minutes: 60,
    skills: ['farm_management_software', 'data_quality'],
    title: 'Farm records and traceability',
    summary: 'Record operations, inputs and treatments once, and answer buyers, auditors and subsidies from the same data.',
    lessons: ['What to record and why', 'Inputs and treatments', 'Traceability for buyers', 'Data you can trust'],
  },
  {
    key: 'crop_monitoring', sector: 'agriculture', level: 'practitioner', minutes: 180,
    skills: ['crop_monitoring', 'computer_vision', 'precision_agriculture'],
    title: ['Crop monitoring from above', 'Surveiller ses cultures vues du ciel', 'Seguimiento de cultivos desde el aire'],
    summary: [
      'Use drone and satellite imagery to find crop stress early and target interventions.',
      'Utilisez les images de drones et de satellites pour repérer tôt le stress des cultures et cibler les interventions.',
      'Usa imágenes de drones y satélites para detectar a tiempo el estrés de los cultivos y focalizar las intervenciones.'],
    lessons: [
      ['Satellite and drone imagery', 'Images satellites et drones', 'Imágenes de satélite y de dron'],
      ['Vegetation indices', 'Les indices de végétation', 'Los índices de vegetación'],
      ['Detecting pests and disease', 'Détecter ravageurs et maladies', 'Detectar plagas y enfermedades'],
      ['From map to action', "De la carte à l'intervention", 'Del mapa a la intervención'],
      ['Checking on the ground', 'Vérifier sur le terrain', 'Comprobar sobre el terreno'],
    ],
  },
  {
    key: 'smart_irrigation', sector: 'agriculture', level: 'practitioner', minutes: 150,
    skills: ['irrigation_planning', 'soil_weather_data'],
    title: { en: 'Smart irrigation', es: 'Riego inteligente' },
    summary: {
      en: 'Schedule irrigation from soil moisture, weather and crop needs, and save water without losing yield.',
      es: 'Programa el riego según la humedad del suelo, el tiempo y las necesidades del cultivo, y ahorra agua sin perder rendimiento.',
    },
    lessons: [
      { en: 'Crop water needs', es: 'Necesidades hídricas del cultivo' },
      { en: 'Soil moisture sensors', es: 'Sensores de humedad del suelo' },
      { en: 'Scheduling with forecasts', es: 'Programar con previsiones' },
      { en: 'Automated controllers', es: 'Controladores automáticos' },
      { en: 'Measuring water savings', es: 'Medir el ahorro de agua' },
    ],
  },
  {
    key: 'livestock_tech', sector: 'agriculture', level: 'practitioner', minutes: 150,
    skills: ['livestock_monitoring', 'dashboards'],
    title: { en: 'Livestock monitoring technology', fr: 'Les technologies de suivi du troupeau' },
    summary: {
      en: 'Collars, cameras and feeding sensors: follow herd health and welfare, and act on early warnings.',
      fr: "Colliers, caméras et capteurs d'alimentation\u00a0: suivez la santé et le bien-être du troupeau, et agissez dès les premières alertes.",
    },
    lessons: [
      { en: 'Sensors for animals', fr: 'Les capteurs pour les animaux' },
      { en: 'Health and welfare indicators', fr: 'Indicateurs de santé et de bien-être' },
      { en: 'Early warnings', fr: 'Les alertes précoces' },
      { en: 'A herd dashboard', fr: 'Un tableau de bord du troupeau' },
    ],
  },
  {
    key: 'precision_ag_data', sector: 'agriculture', level: 'specialist', minutes: 480,
    skills: ['precision_agriculture', 'python_data', 'ml_basics', 'statistics'],
    title: 'Data science for precision agriculture',
    summary: 'Turn yield maps, imagery and soil data into variable-rate prescriptions, and prove they work with on-farm trials.',
    lessons: ['Field data pipelines', 'Yield maps', 'Variable-rate prescriptions', 'Models for yield prediction', 'Validating on-farm trials', 'Sharing results with growers'],
  },
  {
    key: 'farm_to_shelf', sector: 'agriculture', level: 'specialist', minutes: 300,
    skills: ['demand_forecasting', 'cold_chain', 'sales_operations_planning'],
    title: 'From farm to shelf: agri-food supply planning',
    summary: 'Match seasonal harvests with retail demand, from grower contracts to the cold chain.',
    lessons: ['Seasonal supply', 'Forecasting harvests', 'Contracts with growers', 'The cold chain from field to store', 'Balancing supply and demand'],
  },
  {
    key: 'farm_ai_strategy', sector: 'agriculture', level: 'specialist', minutes: 240,
    skills: ['ai_risk', 'change_management', 'farm_management_software'],
    title: { en: 'AI strategy for agricultural businesses', es: 'Estrategia de IA para empresas agrarias' },
    summary: {
      en: 'Choose the AI projects that pay off on a farm or in a cooperative, and manage their data and risks.',
      es: 'Elige los proyectos de IA que compensan en una explotación o una cooperativa, y gestiona sus datos y sus riesgos.',
    },
    lessons: [
      { en: 'Where AI pays off in farming', es: 'Dónde compensa la IA en el campo' },
      { en: 'Data ownership and sharing', es: 'Propiedad y uso compartido de los datos' },
      { en: 'Assessing vendors and risks', es: 'Evaluar proveedores y riesgos' },
      { en: 'Bringing the team along', es: 'Implicar al equipo' },
    ],
  },
];

interface CertificationRow {
  key: string;
  validityMonths: number;
  /** Course keys (without the `crs_` prefix). */
  courses: string[];
  name: [en: string, fr: string, es: string];
  description: [en: string, fr: string, es: string];
}

const CERTIFICATIONS: CertificationRow[] = [
  {
    key: 'ai_workplace', validityMonths: 24,
    courses: ['ai_at_work', 'prompt_writing_basics', 'smarter_meetings'],
    name: ['AI Workplace Essentials', "Les essentiels de l'IA au travail", 'Fundamentos de la IA en el trabajo'],
    description: [
      'Uses everyday AI tools safely and effectively: clear prompts, checked answers, protected data.',
      "Utilise les outils d'IA du quotidien avec efficacité et prudence\u00a0: prompts clairs, réponses vérifiées, données protégées.",
      'Usa las herramientas de IA cotidianas con eficacia y prudencia: prompts claros, respuestas verificadas y datos protegidos.'],
  },
  {
    key: 'retail_ai', validityMonths: 24,
    courses: ['retail_ai_intro', 'customer_service_ai', 'store_numbers'],
    name: ['Retail AI Associate', 'IA appliquée au commerce, niveau associé', 'IA aplicada al comercio, nivel asociado'],
    description: [
      'Applies AI and store data to staffing, replenishment and customer service.',
      "Applique l'IA et les données du magasin aux plannings, au réassort et au service client.",
      'Aplica la IA y los datos de la tienda a los turnos, la reposición y la atención al cliente.'],
  },
  {
    key: 'retail_analytics', validityMonths: 36,
    courses: ['customer_insights', 'loss_prevention', 'retail_forecasting'],
    name: ['Retail Analytics Practitioner', 'Analyse de données commerciales, niveau praticien', 'Análisis de datos comerciales, nivel profesional'],
    description: [
      'Analyses customer, loss and sales data, and builds forecasts a store network can act on.',
      'Analyse les données clients, de démarque et de ventes, et construit des prévisions exploitables par un réseau de magasins.',
      'Analiza datos de clientes, pérdidas y ventas, y elabora previsiones que una red de tiendas puede aplicar.'],
  },
  {
    key: 'supply_chain_planning', validityMonths: 36,
    courses: ['supply_chain_ai_intro', 'sop_with_data', 'inventory_optimisation'],
    name: ['Supply Chain Planning with AI', "Planification de la chaîne d'approvisionnement avec l'IA", 'Planificación de la cadena de suministro con IA'],
    description: [
      'Plans demand, supply and inventory with data and AI, from the monthly S&OP cycle to safety stocks.',
      "Planifie la demande, les approvisionnements et les stocks avec les données et l'IA, du PIC mensuel aux stocks de sécurité.",
      'Planifica la demanda, el suministro y el inventario con datos e IA, desde el ciclo mensual de S&OP hasta las existencias de seguridad.'],
  },
  {
    key: 'logistics_automation', validityMonths: 24,
    courses: ['warehouse_today', 'working_with_robots', 'route_planning', 'warehouse_automation'],
    name: ['Logistics Operations and Automation', 'Opérations logistiques et automatisation', 'Operaciones logísticas y automatización'],
    description: [
      'Runs warehouse and transport operations alongside robots and optimisation tools, safely and efficiently.',
      "Pilote les opérations d'entrepôt et de transport aux côtés de robots et d'outils d'optimisation, en sécurité et avec efficacité.",
      'Dirige operaciones de almacén y transporte junto a robots y herramientas de optimización, con seguridad y eficacia.'],
  },
  {
    key: 'digital_agriculture', validityMonths: 36,
    courses: ['digital_farming_intro', 'crop_monitoring', 'smart_irrigation'],
    name: ['Digital Agriculture Practitioner', 'Agriculture numérique, niveau praticien', 'Agricultura digital, nivel profesional'],
    description: [
      'Uses farm software, imagery and sensor data to monitor crops and manage water.',
      "Utilise logiciels d'exploitation, imagerie et données de capteurs pour suivre les cultures et gérer l'eau.",
      'Utiliza software agrícola, imágenes y datos de sensores para seguir los cultivos y gestionar el agua.'],
  },
  {
    key: 'responsible_ai', validityMonths: 12,
    courses: ['ai_at_work', 'responsible_ai_practice'],
    name: ['Responsible AI Practitioner', 'IA responsable, niveau praticien', 'IA responsable, nivel profesional'],
    description: [
      'Assesses AI use cases for fairness, privacy and security, and puts human oversight in place.',
      "Évalue les cas d'usage de l'IA sous l'angle de l'équité, de la vie privée et de la sécurité, et met en place le contrôle humain.",
      'Evalúa casos de uso de IA en cuanto a equidad, privacidad y seguridad, y establece la supervisión humana.'],
  },
  {
    key: 'office_automation', validityMonths: 24,
    courses: ['office_automation', 'api_automation'],
    name: ['Office Automation Specialist', 'Automatisation des processus administratifs, niveau spécialiste', 'Automatización de procesos administrativos, nivel especialista'],
    description: [
      'Maps office processes and automates them with no-code tools, APIs and software robots.',
      'Cartographie les processus administratifs et les automatise avec des outils sans code, des API et des robots logiciels.',
      'Mapea los procesos administrativos y los automatiza con herramientas sin código, API y robots de software.'],
  },
];

function localized(text: Text): Localized {
  if (typeof text === 'string') return { en: text };
  if (Array.isArray(text)) return { en: text[0], fr: text[1], es: text[2] };
  return { ...text };
}

const SECTOR_ORDER: Sector[] = ['retail', 'supply-chain', 'logistics', 'agriculture', 'office'];
const LEVEL_ORDER: Record<CourseLevel, number> = { foundation: 0, practitioner: 1, specialist: 2 };

/**
 * Catalog order: the first foundation, practitioner and specialist course of every sector, then
 * the second of each, and so on, so that any page of the catalog mixes sectors and levels.
 */
function catalogOrder(rows: CourseRow[]): CourseRow[] {
  const rank = new Map<CourseRow, number>();
  for (const sector of SECTOR_ORDER) {
    const seen: Record<CourseLevel, number> = { foundation: 0, practitioner: 0, specialist: 0 };
    for (const row of rows.filter((r) => r.sector === sector)) {
      const round = seen[row.level]++;
      rank.set(row, (round * 3 + LEVEL_ORDER[row.level]) * SECTOR_ORDER.length + SECTOR_ORDER.indexOf(sector));
    }
  }
  return [...rows].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/** The course catalog: five sectors, three levels, English with French and Spanish for some. */
export const courses: SeedCourse[] = catalogOrder(COURSES).map((row) => ({
  id: `crs_${row.key}`,
  title: localized(row.title),
  summary: localized(row.summary),
  level: row.level,
  durationMinutes: row.minutes,
  sector: row.sector,
  skills: row.skills.map((key) => `skl_${key}`),
  lessons: row.lessons.map((title, index) => ({ id: `les_${row.key}_${index + 1}`, title: localized(title) })),
}));

const courseById = new Map(courses.map((course) => [course.id, course]));

/** The certification programs; each certifies every skill its courses teach. */
export const certifications: SeedCertification[] = CERTIFICATIONS.map((row) => {
  const courseIds = row.courses.map((key) => `crs_${key}`);
  const skillIds = courseIds.flatMap((id) => {
    const course = courseById.get(id);
    if (!course) throw new Error(`certification "crt_${row.key}" refers to unknown course "${id}"`);
    return course.skills;
  });
  return {
    id: `crt_${row.key}`,
    name: { en: row.name[0], fr: row.name[1], es: row.name[2] },
    description: { en: row.description[0], fr: row.description[1], es: row.description[2] },
    courseIds,
    skills: [...new Set(skillIds)],
    validityMonths: row.validityMonths,
  };
});

/** The sector each certification belongs to (that of its last, most advanced course). */
export const certificationSector: ReadonlyMap<string, Sector> = new Map(
  certifications.map((certification) => [
    certification.id,
    courseById.get(certification.courseIds[certification.courseIds.length - 1] as string)?.sector ?? 'office',
  ]),
);
