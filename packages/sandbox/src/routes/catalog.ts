import { Hono } from 'hono';
import { CoursesQuery, ListQuery, SkillsQuery } from '@upskill/sdk/schemas';
import { authorize, jsonBytes, limitOf, parseQuery, prefsOf, rawQueryOf, type Ctx, type Env } from '../http/context.js';

/**
 * A catalog list page, serialized once per snapshot, language preferences and query string: the
 * same query string always parses to the same filters, and an invalid one throws before anything
 * is cached.
 */
function cachedPage(c: Ctx, list: string, build: () => unknown): Response {
  const prefs = prefsOf(c);
  const key = `${list}|${prefs.join(',')}|${rawQueryOf(c)}`;
  return jsonBytes(c, c.get('services').catalog.pages.json(key, build));
}

/** Skills (public), courses and certifications. */
export const catalogRoutes = new Hono<Env>()
  .get('/skills', (c) => cachedPage(c, 'skills', () => {
    const q = parseQuery(c, SkillsQuery);
    return c.var.services.catalog.listSkills(prefsOf(c), q.q, q.cursor, limitOf(q));
  }))
  .get('/skills/:id', (c) => c.json(c.var.services.catalog.getSkill(c.req.param('id'), prefsOf(c))))
  .get('/courses', (c) => {
    authorize(c, 'session');
    return cachedPage(c, 'courses', () => {
      const q = parseQuery(c, CoursesQuery);
      const filters = { q: q.q, skill: q.skill, level: q.level, language: q.language };
      return c.var.services.catalog.listCourses(prefsOf(c), filters, q.cursor, limitOf(q));
    });
  })
  .get('/courses/:id', (c) => {
    authorize(c, 'session');
    return c.json(c.var.services.catalog.getCourse(c.req.param('id'), prefsOf(c)));
  })
  .get('/certifications', (c) => {
    authorize(c, 'session');
    return cachedPage(c, 'certifications', () => {
      const q = parseQuery(c, ListQuery);
      return c.var.services.catalog.listCertifications(prefsOf(c), q.cursor, limitOf(q));
    });
  })
  .get('/certifications/:id', (c) => {
    authorize(c, 'session');
    return c.json(c.var.services.catalog.getCertification(c.req.param('id'), prefsOf(c)));
  });
