import { Hono } from 'hono';
import { CoursesQuery, ListQuery, SkillsQuery } from '@upskill/sdk/schemas';
import { authorize, limitOf, parseQuery, prefsOf, type Env } from '../http/context.js';

/** Skills (public), courses and certifications. */
export const catalogRoutes = new Hono<Env>()
  .get('/skills', (c) => {
    const q = parseQuery(c, SkillsQuery);
    return c.json(c.var.services.catalog.listSkills(prefsOf(c), q.q, q.cursor, limitOf(q)));
  })
  .get('/skills/:id', (c) => c.json(c.var.services.catalog.getSkill(c.req.param('id'), prefsOf(c))))
  .get('/courses', (c) => {
    authorize(c, 'session');
    const q = parseQuery(c, CoursesQuery);
    const filters = { q: q.q, skill: q.skill, level: q.level, language: q.language };
    return c.json(c.var.services.catalog.listCourses(prefsOf(c), filters, q.cursor, limitOf(q)));
  })
  .get('/courses/:id', (c) => {
    authorize(c, 'session');
    return c.json(c.var.services.catalog.getCourse(c.req.param('id'), prefsOf(c)));
  })
  .get('/certifications', (c) => {
    authorize(c, 'session');
    const q = parseQuery(c, ListQuery);
    return c.json(c.var.services.catalog.listCertifications(prefsOf(c), q.cursor, limitOf(q)));
  })
  .get('/certifications/:id', (c) => {
    authorize(c, 'session');
    return c.json(c.var.services.catalog.getCertification(c.req.param('id'), prefsOf(c)));
  });
