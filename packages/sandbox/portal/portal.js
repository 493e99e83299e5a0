// The demo intranet page of the Upskill sandbox: a partner's "People Hub" embedding the Upskill
// web components. Plain JavaScript, no build step, no inline script or style (strict CSP).

/** The three demo learners of the seed data (Northwind Retail). */
const DEMO_LEARNERS = [
  { id: 'lrn_demo_amara', name: 'Amara Okafor', locale: 'en' },
  { id: 'lrn_demo_lucie', name: 'Lucie Marchand', locale: 'fr' },
  { id: 'lrn_demo_mateo', name: 'Mateo Fernández', locale: 'es' },
];
const ORG_ID = 'org_northwind';
const LANGUAGES = ['en', 'fr', 'es'];
const API = `${location.origin}/v1`;

/** The portal's own text; the components translate themselves from `<html lang>`. */
const MESSAGES = {
  en: {
    title: 'People Hub · {org}',
    skip: 'Skip to content',
    product: 'People Hub',
    intranetNav: 'Intranet',
    navHome: 'Home',
    navLearning: 'Learning',
    navCareers: 'Careers',
    navPeople: 'People',
    viewingAs: 'Viewing as',
    language: 'Language',
    darkTheme: 'Dark theme',
    academy: 'Northwind Academy',
    welcome: 'Welcome',
    hello: 'Hello, {name}',
    lede: 'Build the AI and operations skills that matter for your next role. Your progress, badges and job matches stay yours.',
    statInProgress: 'In progress',
    statCompleted: 'Completed',
    statBadges: 'Badges',
    statOverall: 'Overall progress',
    dashboardNav: 'Dashboard',
    continueTitle: 'Continue learning',
    continueSubtitle: 'Pick up where you left off.',
    badgesTitle: 'My badges',
    badgesSubtitle: 'Open Badges you own: download them or share their public verification link.',
    jobsTitle: 'Your next role',
    jobsSubtitle: 'Roles that fit your skills, with the courses that close each gap.',
    consent: 'Share my profile with employers',
    consentOn: 'Your profile is now visible to employers.',
    consentOff: 'Your profile is no longer shared with employers.',
    catalogTitle: 'Catalog',
    catalogSubtitle: 'Courses from foundation to specialist, in retail, supply chain, logistics, agriculture and office work.',
    levelFilter: 'Level',
    levelAll: 'All levels',
    levelFoundation: 'Foundation',
    levelPractitioner: 'Practitioner',
    levelSpecialist: 'Specialist',
    footer: 'Demo intranet of the Upskill sandbox. Every person, employer and job here is fictional.',
    apiLink: 'API reference (OpenAPI)',
    emptyContinue: 'No course in progress yet. Choose one from the catalog below.',
    emptyBadges: 'No badge yet. Complete every course of a certification to earn one.',
    emptyJobs: 'No match yet. Declare your skills or complete a course to see roles that fit.',
    sectionError: 'This section could not be loaded.',
    retry: 'Try again',
    sessionError: 'The demo session could not be started. Is the sandbox running?',
    fallback: 'Showing a simplified view: the Upskill components could not be loaded.',
    minutes: '{n} min',
    hours: '{h} h {m} min',
    lessons: '{n} lessons',
    percentDone: '{n}% complete',
    statusActive: 'Verified',
    statusExpired: 'Expired',
    statusRevoked: 'Revoked',
    issued: 'Issued {date}',
    expires: 'Valid until {date}',
    expired: 'Expired on {date}',
    verify: 'Verification page',
    download: 'Download',
    match: '{n}% match',
    remote: 'Remote',
    youHave: 'You have',
    toBuild: 'To build',
    enrolled: 'Enrolled: your course is in Continue learning.',
  },
  fr: {
    title: 'Espace collaborateurs · {org}',
    skip: 'Aller au contenu',
    product: 'Espace collaborateurs',
    intranetNav: 'Intranet',
    navHome: 'Accueil',
    navLearning: 'Formation',
    navCareers: 'Carrières',
    navPeople: 'Annuaire',
    viewingAs: 'Afficher en tant que',
    language: 'Langue',
    darkTheme: 'Thème sombre',
    academy: 'Académie Northwind',
    welcome: 'Bienvenue',
    hello: 'Bonjour, {name}',
    lede: "Développez les compétences en IA et en opérations qui comptent pour votre prochain poste. Vos progrès, vos badges et vos offres d'emploi vous appartiennent.",
    statInProgress: 'En cours',
    statCompleted: 'Terminés',
    statBadges: 'Badges',
    statOverall: 'Progression globale',
    dashboardNav: 'Tableau de bord',
    continueTitle: 'Reprendre ma formation',
    continueSubtitle: 'Reprenez là où vous en étiez.',
    badgesTitle: 'Mes badges',
    badgesSubtitle: 'Des Open Badges qui vous appartiennent : téléchargez-les ou partagez leur lien de vérification public.',
    jobsTitle: 'Votre prochain poste',
    jobsSubtitle: 'Les postes qui correspondent à vos compétences, avec les formations qui comblent chaque écart.',
    consent: 'Partager mon profil avec les employeurs',
    consentOn: 'Votre profil est désormais visible des employeurs.',
    consentOff: "Votre profil n'est plus partagé avec les employeurs.",
    catalogTitle: 'Catalogue',
    catalogSubtitle: "Des formations des fondamentaux au niveau spécialiste : commerce, chaîne d'approvisionnement, logistique, agriculture et travail de bureau.",
    levelFilter: 'Niveau',
    levelAll: 'Tous les niveaux',
    levelFoundation: 'Fondamentaux',
    levelPractitioner: 'Praticien',
    levelSpecialist: 'Spécialiste',
    footer: "Intranet de démonstration du bac à sable Upskill. Les personnes, employeurs et offres d'emploi présentés sont fictifs.",
    apiLink: "Référence de l'API (OpenAPI)",
    emptyContinue: 'Aucune formation en cours. Choisissez-en une dans le catalogue ci-dessous.',
    emptyBadges: "Pas encore de badge. Terminez toutes les formations d'une certification pour en obtenir un.",
    emptyJobs: 'Aucune offre pour le moment. Déclarez vos compétences ou terminez une formation pour voir les postes qui vous correspondent.',
    sectionError: "Cette section n'a pas pu être chargée.",
    retry: 'Réessayer',
    sessionError: "La session de démonstration n'a pas pu démarrer. Le bac à sable est-il lancé ?",
    fallback: "Affichage simplifié : les composants Upskill n'ont pas pu être chargés.",
    minutes: '{n} min',
    hours: '{h} h {m} min',
    lessons: '{n} leçons',
    percentDone: '{n} % terminé',
    statusActive: 'Vérifié',
    statusExpired: 'Expiré',
    statusRevoked: 'Révoqué',
    issued: 'Délivré le {date}',
    expires: "Valable jusqu'au {date}",
    expired: 'Expiré le {date}',
    verify: 'Page de vérification',
    download: 'Télécharger',
    match: 'Correspondance : {n} %',
    remote: 'Télétravail',
    youHave: 'Acquis',
    toBuild: 'À développer',
    enrolled: 'Inscription confirmée : la formation apparaît dans « Reprendre ma formation ».',
  },
  es: {
    title: 'Portal del empleado · {org}',
    skip: 'Ir al contenido',
    product: 'Portal del empleado',
    intranetNav: 'Intranet',
    navHome: 'Inicio',
    navLearning: 'Formación',
    navCareers: 'Empleo',
    navPeople: 'Personas',
    viewingAs: 'Ver como',
    language: 'Idioma',
    darkTheme: 'Tema oscuro',
    academy: 'Academia Northwind',
    welcome: 'Te damos la bienvenida',
    hello: 'Hola, {name}',
    lede: 'Desarrolla las competencias en IA y operaciones que importan para tu próximo puesto. Tu progreso, tus insignias y tus ofertas de empleo son tuyos.',
    statInProgress: 'En curso',
    statCompleted: 'Completados',
    statBadges: 'Insignias',
    statOverall: 'Progreso global',
    dashboardNav: 'Panel',
    continueTitle: 'Seguir aprendiendo',
    continueSubtitle: 'Retoma donde lo dejaste.',
    badgesTitle: 'Mis insignias',
    badgesSubtitle: 'Open Badges que te pertenecen: descárgalas o comparte su enlace público de verificación.',
    jobsTitle: 'Tu próximo puesto',
    jobsSubtitle: 'Puestos que encajan con tus competencias, con los cursos que cubren cada carencia.',
    consent: 'Compartir mi perfil con empresas',
    consentOn: 'Tu perfil ya es visible para las empresas.',
    consentOff: 'Tu perfil ya no se comparte con las empresas.',
    catalogTitle: 'Catálogo',
    catalogSubtitle: 'Cursos desde los fundamentos hasta el nivel especialista: comercio, cadena de suministro, logística, agricultura y trabajo de oficina.',
    levelFilter: 'Nivel',
    levelAll: 'Todos los niveles',
    levelFoundation: 'Fundamentos',
    levelPractitioner: 'Profesional',
    levelSpecialist: 'Especialista',
    footer: 'Intranet de demostración del entorno de pruebas de Upskill. Todas las personas, empresas y ofertas que aparecen son ficticias.',
    apiLink: 'Referencia de la API (OpenAPI)',
    emptyContinue: 'Aún no tienes cursos en marcha. Elige uno en el catálogo.',
    emptyBadges: 'Aún no tienes insignias. Completa todos los cursos de una certificación para obtener una.',
    emptyJobs: 'Todavía no hay ofertas para ti. Declara tus competencias o completa un curso para ver puestos que encajen.',
    sectionError: 'No se ha podido cargar esta sección.',
    retry: 'Reintentar',
    sessionError: 'No se ha podido iniciar la sesión de demostración. ¿Está en marcha el entorno de pruebas?',
    fallback: 'Vista simplificada: no se han podido cargar los componentes de Upskill.',
    minutes: '{n} min',
    hours: '{h} h {m} min',
    lessons: '{n} lecciones',
    percentDone: '{n} % completado',
    statusActive: 'Verificada',
    statusExpired: 'Caducada',
    statusRevoked: 'Revocada',
    issued: 'Emitida el {date}',
    expires: 'Válida hasta el {date}',
    expired: 'Caducó el {date}',
    verify: 'Página de verificación',
    download: 'Descargar',
    match: 'Coincidencia: {n} %',
    remote: 'En remoto',
    youHave: 'Tienes',
    toBuild: 'Por desarrollar',
    enrolled: 'Inscripción hecha: el curso aparece en «Seguir aprendiendo».',
  },
};

const STORAGE_KEY = 'upskill-demo-portal';
const $ = (selector) => /** @type {HTMLElement} */ (document.querySelector(selector));

const state = {
  learnerId: DEMO_LEARNERS[0].id,
  language: 'en',
  /** 'light' | 'dark' | undefined (follow the system). */
  theme: undefined,
  level: '',
  /** Whether the Upskill components loaded; false renders plain HTML from the API instead. */
  elements: true,
  /** Bumped on every learner switch so that late answers for the previous learner are dropped. */
  generation: 0,
};

// ── Text ──────────────────────────────────────────────────────────────────────────────────────

function t(key, params = {}) {
  const text = MESSAGES[state.language][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

const formatDate = (iso) =>
  new Intl.DateTimeFormat(state.language, { dateStyle: 'medium' }).format(new Date(iso));

function formatDuration(minutes) {
  if (minutes < 60) return t('minutes', { n: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? t('hours', { h, m }) : `${h} h`;
}

function translateChrome() {
  document.documentElement.lang = state.language;
  document.title = t('title', { org: $('#org-name').textContent });
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  renderGreeting();
}

// ── Preferences ───────────────────────────────────────────────────────────────────────────────

function loadPreferences() {
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
  } catch {
    saved = {};
  }
  const params = new URLSearchParams(location.search);
  const learner = params.get('learner') ?? saved.learnerId;
  if (DEMO_LEARNERS.some((l) => l.id === learner)) state.learnerId = learner;
  const language = params.get('lang') ?? saved.language ?? navigator.language.slice(0, 2);
  if (LANGUAGES.includes(language)) state.language = language;
  const theme = params.get('theme') ?? saved.theme;
  if (theme === 'light' || theme === 'dark') state.theme = theme;
}

function savePreferences() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ learnerId: state.learnerId, language: state.language, theme: state.theme }));
  } catch {
    // Private mode: preferences last for this page only.
  }
}

// ── Theme ─────────────────────────────────────────────────────────────────────────────────────

const systemDark = matchMedia('(prefers-color-scheme: dark)');
const effectiveTheme = () => state.theme ?? (systemDark.matches ? 'dark' : 'light');

function applyTheme() {
  const theme = effectiveTheme();
  const root = document.documentElement;
  root.classList.toggle('theme-dark', theme === 'dark');
  root.classList.toggle('theme-light', theme === 'light');
  const provider = $('#provider');
  if (state.theme) provider.setAttribute('theme', state.theme);
  else provider.removeAttribute('theme');
  $('#theme-toggle').setAttribute('aria-pressed', String(theme === 'dark'));
}

// ── Sessions and API ──────────────────────────────────────────────────────────────────────────

/** The current learner session `{ token, expiresAt, learnerId }`, minted by the sandbox's demo endpoint. */
let session;
let pendingSession;

/** A session for the current learner with at least a minute left; `force` mints a new one. */
function ensureSession(force = false) {
  const learnerId = state.learnerId;
  const fresh = session && session.learnerId === learnerId && Date.parse(session.expiresAt) - Date.now() > 60_000;
  if (fresh && !force) return Promise.resolve(session);
  if (pendingSession?.learnerId === learnerId) return pendingSession.promise;
  const promise = fetch(`/demo/session?learner=${encodeURIComponent(learnerId)}`, { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`GET /demo/session answered ${response.status}`);
      const minted = await response.json();
      if (state.learnerId === learnerId) session = minted;
      return minted;
    })
    .finally(() => {
      if (pendingSession?.promise === promise) pendingSession = undefined;
    });
  pendingSession = { learnerId, promise };
  return promise;
}

/**
 * The provider's `getToken`: the SDK calls it on first use and again after a 401, so a second
 * call for a token it already has means that token expired or was refused: mint a new one.
 */
function tokenGetter() {
  const given = new Set();
  return async () => {
    let current = await ensureSession();
    if (given.has(current.token)) current = await ensureSession(true);
    given.add(current.token);
    return current.token;
  };
}

/** GET (or another method on) the API with the learner's session, in the page's language. */
async function api(path, init = {}, retried = false) {
  const { token } = await ensureSession(retried);
  const response = await fetch(`${API}${path}`, {
    ...init,
    headers: {
      accept: 'application/json',
      'accept-language': state.language,
      authorization: `Bearer ${token}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  if (response.status === 401 && !retried) return api(path, init, true);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}`);
  return response.json();
}

// ── DOM helpers ───────────────────────────────────────────────────────────────────────────────

/** Creates an element: `h('a', { href, class: 'x' }, 'text', child)`. Text is never parsed as HTML. */
function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function fill(container, ...children) {
  container.replaceChildren(...children.flat());
  container.setAttribute('aria-busy', 'false');
}

function skeletons(container, count, className) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(...Array.from({ length: count }, () => h('div', { class: `skeleton ${className}`, 'aria-hidden': 'true' })));
}

function emptyState(text) {
  return h('p', { class: 'empty' }, text);
}

function errorState(retry) {
  const button = h('button', { type: 'button', class: 'button secondary' }, t('retry'));
  button.addEventListener('click', retry);
  return h('div', { class: 'section-error', role: 'alert' }, h('p', {}, t('sectionError')), button);
}

let noticeTimer;
function notify(text) {
  const notice = $('#notice');
  notice.textContent = text;
  notice.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => (notice.hidden = true), 5000);
}

const LEVEL_KEY = { foundation: 'levelFoundation', practitioner: 'levelPractitioner', specialist: 'levelSpecialist' };

// ── Plain HTML fallbacks (when the components cannot load) ────────────────────────────────────

function courseFallback(course, progress) {
  const meta = [t(LEVEL_KEY[course.level] ?? 'levelAll'), formatDuration(course.durationMinutes), t('lessons', { n: course.lessons.length })];
  return h('article', { class: 'fallback-card' },
    h('img', { class: 'fallback-image', src: course.imageUrl, alt: '', loading: 'lazy', width: 640, height: 360 }),
    h('div', { class: 'fallback-body' },
      h('h3', {}, course.title),
      h('p', { class: 'muted' }, meta.join(' · ')),
      h('p', {}, course.summary),
      progress
        ? h('div', { class: 'fallback-progress' },
          h('progress', { max: 100, value: progress.percent }),
          h('span', { class: 'muted' }, t('percentDone', { n: Math.round(progress.percent) })))
        : null));
}

function badgeFallback(record) {
  const achievement = record.credential?.credentialSubject?.achievement ?? {};
  const image = typeof achievement.image === 'string' ? achievement.image : achievement.image?.id;
  const status = { active: 'statusActive', expired: 'statusExpired', revoked: 'statusRevoked' }[record.status] ?? 'statusActive';
  const download = h('a', { href: `${API}/credentials/${encodeURIComponent(record.id)}`, download: `${record.id}.json` }, t('download'));
  return h('article', { class: 'fallback-card fallback-badge' },
    image ? h('img', { class: 'fallback-badge-image', src: image, alt: '', width: 72, height: 72 }) : null,
    h('div', { class: 'fallback-body' },
      h('span', { class: `status status-${record.status}` }, t(status)),
      h('h3', {}, achievement.name ?? record.certificationId),
      h('p', { class: 'muted' }, t('issued', { date: formatDate(record.issuedAt) })),
      record.expiresAt ? h('p', { class: 'muted' }, t(record.status === 'expired' ? 'expired' : 'expires', { date: formatDate(record.expiresAt) })) : null,
      h('p', { class: 'links' }, h('a', { href: record.url }, t('verify')), download)));
}

function jobFallback(match) {
  const { job } = match;
  const place = [job.location.city, job.location.country].filter(Boolean).join(', ');
  return h('li', { class: 'fallback-job' },
    h('div', { class: 'fallback-job-head' },
      h('h3', {}, job.title),
      h('span', { class: 'score' }, t('match', { n: Math.round(match.score * 100) }))),
    h('p', { class: 'muted' }, [job.employer.name, place, job.location.remote ? t('remote') : null].filter(Boolean).join(' · ')),
    h('p', {}, h('strong', {}, t('youHave') + colon()), match.matchedSkills.map((s) => s.name).join(', ') || '–'),
    match.missingSkills.length
      ? h('p', {}, h('strong', {}, t('toBuild') + colon()), match.missingSkills.map((s) => s.name).join(', '))
      : null);
}

/** A label's colon: French puts a (non-breaking) space before it. */
const colon = () => (state.language === 'fr' ? '\u00a0: ' : ': ');

// ── Sections ──────────────────────────────────────────────────────────────────────────────────

const STATUS_ORDER = { in_progress: 0, not_started: 1, completed: 2 };
let progressEntries = [];
let credentialRecords = [];

async function loadContinue(generation = state.generation) {
  const container = $('#continue-list');
  skeletons(container, 3, 'skeleton-card');
  try {
    const page = await api('/learners/me/progress?limit=50');
    if (generation !== state.generation) return;
    progressEntries = page.data;
    renderStats();
    const entries = [...page.data]
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
      .slice(0, 6);
    if (entries.length === 0) return fill(container, emptyState(t('emptyContinue')));
    if (state.elements) {
      return fill(container, entries.map((entry) => h('up-course-card', { 'course-id': entry.courseId, 'heading-level': 3 })));
    }
    const courses = await Promise.all(entries.map((entry) => api(`/courses/${encodeURIComponent(entry.courseId)}`)));
    if (generation !== state.generation) return;
    fill(container, courses.map((course, i) => courseFallback(course, entries[i])));
  } catch {
    if (generation === state.generation) fill(container, errorState(() => loadContinue()));
  }
}

async function loadBadges(generation = state.generation) {
  const container = $('#badge-list');
  skeletons(container, 2, 'skeleton-badge');
  try {
    const page = await api('/learners/me/credentials?limit=20');
    if (generation !== state.generation) return;
    credentialRecords = page.data;
    renderStats();
    if (page.data.length === 0) return fill(container, emptyState(t('emptyBadges')));
    fill(container, page.data.map((record) =>
      state.elements ? h('up-badge', { 'credential-id': record.id, 'heading-level': 3 }) : badgeFallback(record)));
  } catch {
    if (generation === state.generation) fill(container, errorState(() => loadBadges()));
  }
}

async function loadJobs(generation = state.generation) {
  const container = $('#job-list');
  // The plain list has nothing focusable: make its scroll box reachable by keyboard.
  if (state.elements) container.removeAttribute('tabindex');
  else container.setAttribute('tabindex', '0');
  if (state.elements) {
    // The list pages through the API itself as the user scrolls.
    return fill(container, h('up-job-match-list', { 'learner-id': 'me', 'page-size': 10 }));
  }
  skeletons(container, 3, 'skeleton-row');
  try {
    const page = await api('/learners/me/job-matches?limit=10');
    if (generation !== state.generation) return;
    if (page.data.length === 0) return fill(container, emptyState(t('emptyJobs')));
    fill(container, h('ol', { class: 'fallback-jobs' }, page.data.map(jobFallback)));
  } catch {
    if (generation === state.generation) fill(container, errorState(() => loadJobs()));
  }
}

async function loadCatalog(generation = state.generation) {
  const container = $('#catalog-list');
  skeletons(container, 6, 'skeleton-card');
  try {
    const level = state.level ? `&level=${state.level}` : '';
    const page = await api(`/courses?limit=12${level}`);
    if (generation !== state.generation) return;
    fill(container, page.data.map((course) =>
      state.elements ? h('up-course-card', { 'course-id': course.id, 'heading-level': 3 }) : courseFallback(course)));
  } catch {
    if (generation === state.generation) fill(container, errorState(() => loadCatalog()));
  }
}

async function loadProfile(generation = state.generation) {
  try {
    const learner = await api('/learners/me');
    if (generation !== state.generation) return;
    learnerName = learner.name;
    renderGreeting();
    const consent = /** @type {HTMLInputElement} */ ($('#consent'));
    consent.checked = Boolean(learner.consent?.shareWithEmployers);
    consent.disabled = false;
  } catch {
    // The greeting falls back to the demo learner's name.
  }
}

let learnerName = '';
function renderGreeting() {
  const name = learnerName || DEMO_LEARNERS.find((l) => l.id === state.learnerId)?.name || '';
  $('#welcome-title').textContent = name ? t('hello', { name: name.split(' ')[0] }) : t('welcome');
}

function renderStats() {
  const inProgress = progressEntries.filter((p) => p.status !== 'completed').length;
  const completed = progressEntries.filter((p) => p.status === 'completed').length;
  $('#stat-in-progress').textContent = String(inProgress);
  $('#stat-completed').textContent = String(completed);
  $('#stat-badges').textContent = String(credentialRecords.filter((c) => c.status === 'active').length);
  const lessons = progressEntries.reduce((sum, p) => sum + p.totalLessons, 0);
  const done = progressEntries.reduce((sum, p) => sum + p.completedLessons, 0);
  const value = lessons ? done / lessons : 0;
  const slot = $('#overall-ring');
  if (state.elements) {
    let ring = slot.querySelector('up-progress-ring');
    if (!ring) slot.replaceChildren((ring = h('up-progress-ring', { class: 'overall-ring' })));
    ring.setAttribute('value', value.toFixed(3));
    ring.setAttribute('label', t('statOverall'));
  } else {
    slot.replaceChildren(h('progress', { max: 1, value: value.toFixed(3) }), ` ${Math.round(value * 100)} %`);
  }
}

function loadAll() {
  const generation = ++state.generation;
  progressEntries = [];
  credentialRecords = [];
  learnerName = '';
  renderGreeting();
  /** @type {HTMLInputElement} */ ($('#consent')).disabled = true;
  void loadProfile(generation);
  void loadContinue(generation);
  void loadBadges(generation);
  void loadJobs(generation);
  void loadCatalog(generation);
}

// ── Wiring ────────────────────────────────────────────────────────────────────────────────────

function switchLearner(learnerId) {
  state.learnerId = learnerId;
  session = undefined;
  savePreferences();
  // A new getToken rebuilds the provider's client, so every component reloads for this learner.
  /** @type {any} */ ($('#provider')).getToken = tokenGetter();
  loadAll();
}

function switchLanguage(language) {
  state.language = language;
  savePreferences();
  translateChrome();
  // The components follow <html lang> by themselves; plain sections are rendered again.
  renderStats();
  void loadContinue();
  void loadCatalog();
  if (!state.elements) {
    void loadBadges();
    void loadJobs();
  }
}

/** Resolves true when the components are defined, false when their script fails or never defines them. */
function elementsReady() {
  const script = document.getElementById('upskill-elements');
  return new Promise((resolve) => {
    if (customElements.get('up-course-card')) return resolve(true);
    script?.addEventListener('error', () => resolve(false), { once: true });
    customElements.whenDefined('up-course-card').then(() => resolve(true));
    setTimeout(() => resolve(Boolean(customElements.get('up-course-card'))), 4000);
  });
}

async function start() {
  loadPreferences();

  const learnerSelect = /** @type {HTMLSelectElement} */ ($('#learner-select'));
  learnerSelect.replaceChildren(...DEMO_LEARNERS.map((l) => h('option', { value: l.id }, l.name)));
  learnerSelect.value = state.learnerId;
  learnerSelect.addEventListener('change', () => switchLearner(learnerSelect.value));

  const languageSelect = /** @type {HTMLSelectElement} */ ($('#language-select'));
  languageSelect.value = state.language;
  languageSelect.addEventListener('change', () => switchLanguage(languageSelect.value));

  $('#theme-toggle').addEventListener('click', () => {
    state.theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
    savePreferences();
    applyTheme();
  });
  systemDark.addEventListener('change', applyTheme);

  for (const chip of document.querySelectorAll('.chip[data-level]')) {
    chip.addEventListener('click', () => {
      state.level = chip.dataset.level ?? '';
      for (const other of document.querySelectorAll('.chip[data-level]')) other.setAttribute('aria-pressed', String(other === chip));
      void loadCatalog();
    });
  }

  const consent = /** @type {HTMLInputElement} */ ($('#consent'));
  consent.addEventListener('change', async () => {
    const wanted = consent.checked;
    consent.disabled = true;
    try {
      await api('/learners/me/consent', { method: 'PUT', body: JSON.stringify({ shareWithEmployers: wanted }) });
      notify(t(wanted ? 'consentOn' : 'consentOff'));
    } catch {
      consent.checked = !wanted;
      notify(t('sectionError'));
    } finally {
      consent.disabled = false;
    }
  });

  // Enrolling from a card or a job gap: the component enrolls; refresh "Continue learning" after.
  document.addEventListener('up-enroll', (event) => {
    if (event.defaultPrevented) return;
    const courseId = event.detail?.courseId;
    setTimeout(async () => {
      await loadContinue();
      if (progressEntries.some((entry) => entry.courseId === courseId)) notify(t('enrolled'));
    }, 600);
  });

  translateChrome();
  applyTheme();

  const provider = /** @type {any} */ ($('#provider'));
  provider.setAttribute('base-url', location.origin);
  provider.getToken = tokenGetter();

  try {
    await ensureSession();
  } catch {
    notify(t('sessionError'));
  }

  state.elements = await elementsReady();
  document.documentElement.classList.toggle('no-elements', !state.elements);
  if (!state.elements) notify(t('fallback'));

  fetch(`${API}/issuers/${ORG_ID}`, { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : undefined))
    .then((issuer) => {
      if (!issuer?.name) return;
      $('#org-name').textContent = issuer.name;
      const image = typeof issuer.image === 'string' ? issuer.image : issuer.image?.id;
      if (image) $('#org-logo').setAttribute('src', image);
      document.title = t('title', { org: issuer.name });
    })
    .catch(() => undefined);

  loadAll();
}

void start();
