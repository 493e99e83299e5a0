import { certificationSector, certifications, courses } from './catalog.js';
import { organisations } from './personas.js';
import { hashString } from './random.js';
import type { CourseLevel, Sector } from './types.js';

/** Gradient stops per sector: calm, saturated enough for white line art on top. */
const PALETTE: Record<Sector, [from: string, to: string]> = {
  retail: ['#4338ca', '#9333ea'],
  'supply-chain': ['#0f766e', '#0e7490'],
  logistics: ['#1e40af', '#0284c7'],
  agriculture: ['#166534', '#4d7c0f'],
  office: ['#92400e', '#c2410c'],
};

/** White line icons in a 160×160 box, one per sector. */
const ICON: Record<Sector, string> = {
  retail:
    '<path d="M28 62h104l-9 78H37z"/><path d="M56 62V50a24 24 0 0 1 48 0v12"/><path d="M60 92h40"/>',
  'supply-chain':
    '<circle cx="80" cy="36" r="16"/><circle cx="34" cy="120" r="16"/><circle cx="126" cy="120" r="16"/>' +
    '<path d="M72 50 42 106M88 50l30 56M50 120h60"/>',
  logistics:
    '<path d="M14 48h80v64H14z"/><path d="M94 70h28l22 24v18H94z"/><circle cx="42" cy="124" r="12"/><circle cx="118" cy="124" r="12"/>',
  agriculture:
    '<circle cx="40" cy="40" r="16"/><path d="M48 140c0-56 36-92 92-92 0 56-36 92-92 92z"/><path d="M48 140l62-62"/>',
  office:
    '<rect x="20" y="28" width="120" height="80" rx="10"/><path d="M64 132h32M80 108v24"/>' +
    '<path d="M80 50l6 12 12 6-12 6-6 12-6-12-12-6 12-6z"/>',
};

const LEVEL_RANK: Record<CourseLevel, number> = { foundation: 1, practitioner: 2, specialist: 3 };

const courseById = new Map(courses.map((course) => [course.id, course]));
const certificationById = new Map(certifications.map((c) => [c.id, c]));

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body}</svg>`;
}

function gradient(id: string, [from, to]: [string, string], angle: number): string {
  const radians = (angle * Math.PI) / 180;
  const x = (0.5 + Math.cos(radians) / 2).toFixed(3);
  const y = (0.5 + Math.sin(radians) / 2).toFixed(3);
  const x1 = (1 - Number(x)).toFixed(3);
  const y1 = (1 - Number(y)).toFixed(3);
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x}" y2="${y}"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`;
}

/**
 * A 16:9 cover for a course: the sector's gradient, soft circles placed from the course id, the
 * sector's icon, and one to three bars for the level. No text, no external references.
 */
export function courseImageSvg(courseId: string): string | undefined {
  const course = courseById.get(courseId);
  if (!course) return undefined;
  const hash = hashString(courseId);
  const id = `g${hash.toString(36)}`;
  const circles = [0, 1, 2]
    .map((i) => {
      const h = hashString(`${courseId}:${i}`);
      const cx = 40 + (h % 560);
      const cy = 30 + ((h >>> 10) % 300);
      const r = 60 + ((h >>> 20) % 110);
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#fff" fill-opacity="${(0.05 + i * 0.03).toFixed(2)}"/>`;
    })
    .join('');
  const rank = LEVEL_RANK[course.level];
  const bars = [0, 1, 2]
    .map((i) => `<rect x="${40 + i * 22}" y="${312 - (i + 1) * 12}" width="14" height="${(i + 1) * 12}" rx="3" fill="#fff" fill-opacity="${i < rank ? 0.95 : 0.3}"/>`)
    .join('');
  return svg(640, 360,
    `<defs>${gradient(id, PALETTE[course.sector], 20 + (hash % 50))}</defs>` +
    `<rect width="640" height="360" fill="url(#${id})"/>${circles}` +
    `<g transform="translate(212 66) scale(1.35)" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">${ICON[course.sector]}</g>` +
    bars);
}

/** A round badge with ribbon tails for a certification's achievement image; stars for its level. */
export function certificationImageSvg(certificationId: string): string | undefined {
  const certification = certificationById.get(certificationId);
  if (!certification) return undefined;
  const sector = certificationSector.get(certificationId) ?? 'office';
  const [from, to] = PALETTE[sector];
  const hash = hashString(certificationId);
  const id = `b${hash.toString(36)}`;
  // A 24-point scalloped rosette around the medal.
  const points = Array.from({ length: 48 }, (_, i) => {
    const angle = (i * Math.PI) / 24;
    const radius = i % 2 === 0 ? 150 : 138;
    return `${(200 + radius * Math.cos(angle)).toFixed(1)},${(180 + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
  const ring = ['', ' stroke-dasharray="2 12"', ' stroke-dasharray="24 10"'][hash % 3] ?? '';
  const rank = Math.max(...certification.courseIds.map((cid) => LEVEL_RANK[courseById.get(cid)?.level ?? 'foundation']));
  const stars = Array.from({ length: rank }, (_, i) => {
    const x = 200 + (i - (rank - 1) / 2) * 34;
    return `<path transform="translate(${x} 256)" d="M0-14l4.1 8.4 9.2 1.3-6.7 6.5 1.6 9.2L0 7l-8.2 4.4 1.6-9.2-6.7-6.5 9.2-1.3z" fill="#fff"/>`;
  }).join('');
  return svg(400, 400,
    `<defs>${gradient(id, [from, to], 60)}</defs>` +
    `<path d="M140 270l-40 110 45-20 30 40 35-110z" fill="${to}"/><path d="M260 270l40 110-45-20-30 40-35-110z" fill="${from}"/>` +
    `<polygon points="${points}" fill="url(#${id})"/>` +
    `<circle cx="200" cy="180" r="116" fill="none" stroke="#fff" stroke-opacity="0.85" stroke-width="6" stroke-linecap="round"${ring}/>` +
    `<circle cx="200" cy="180" r="102" fill="#fff" fill-opacity="0.1"/>` +
    `<g transform="translate(140 104) scale(0.75)" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round" stroke-linejoin="round">${ICON[sector]}</g>` +
    stars);
}

/** Simple logo marks of the sandbox's organisations. */
const LOGOS: Record<string, string> = {
  // Northwind Retail: a north-pointing compass needle on deep blue.
  org_northwind:
    '<rect width="200" height="200" rx="44" fill="#1e3a8a"/>' +
    '<circle cx="100" cy="100" r="64" fill="none" stroke="#93c5fd" stroke-width="6"/>' +
    '<path d="M100 38l30 86-30-18-30 18z" fill="#fff"/><path d="M100 162l-30-56 30 18 30-18z" fill="#60a5fa"/>',
  // Harbourline Logistics: a lighthouse beam over waves on teal.
  org_harbourline:
    '<rect width="200" height="200" rx="44" fill="#115e59"/>' +
    '<path d="M40 132c20-14 40-14 60 0s40 14 60 0M40 156c20-14 40-14 60 0s40 14 60 0" fill="none" stroke="#99f6e4" stroke-width="8" stroke-linecap="round"/>' +
    '<path d="M92 110l4-60h8l4 60z" fill="#fff"/><path d="M104 56l56-20v28z" fill="#fde68a" fill-opacity="0.85"/>',
};

/** A square logo mark for an organisation (its issuer image). */
export function organisationImageSvg(orgId: string): string | undefined {
  if (!organisations.some((org) => org.id === orgId)) return undefined;
  const mark = LOGOS[orgId];
  return mark ? svg(200, 200, mark) : undefined;
}
