// Runs in Chromium next to the CDN build: builds N job matches, then times
// `.jobMatches = matches` until the list reports `renderComplete` and its first row shows, laid out.

const skill = (i) => ({ id: `skl_${i % 60}`, name: `Skill ${i % 60}` });

/** `count` matches shaped like `GET /v1/learners/{id}/job-matches` items, best first. */
function makeMatches(count) {
  return Array.from({ length: count }, (_, i) => ({
    job: {
      id: `job_${i}`,
      title: `Job posting ${i}`,
      employer: { id: `emp_${i % 300}`, name: `Employer ${i % 300}` },
      location: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR', remote: i % 3 === 0 },
      skills: [0, 1, 2, 3].map((k) => ({ ...skill(i + k * 7), level: 1 + ((i + k) % 5), required: k < 2 })),
      preferredCertificationIds: [],
      postedAt: new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString(),
    },
    score: 1 - i / (count * 1.25),
    matchedSkills: [0, 1].map((k) => ({ ...skill(i + k * 7), level: 3, evidence: { type: 'course', id: `crs_${k}` } })),
    missingSkills: [2, 3].map((k) => ({
      ...skill(i + k * 7),
      required: k === 2,
      recommendedCourses: [{ id: `crs_${(i + k) % 40}`, title: `Course ${(i + k) % 40}`, level: 'foundation', durationMinutes: 45 }],
    })),
  }));
}

const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Times one render of `count` matches in a fresh list; `rowSelector` finds its row elements. */
async function renderJobMatches(count, rowSelector) {
  const matches = makeMatches(count);
  await customElements.whenDefined('up-job-match-list');
  const host = document.getElementById('host');
  // A first, throwaway list loads the lazy virtualizer chunk: what is timed is rendering, not a download.
  const warm = document.createElement('up-job-match-list');
  host.append(warm);
  warm.jobMatches = makeMatches(50);
  await warm.renderComplete;
  warm.remove();
  const list = document.createElement('up-job-match-list');
  host.append(list);
  await list.updateComplete;
  await frame();

  const rows = () => list.shadowRoot?.querySelectorAll(rowSelector) ?? [];
  const firstShown = () => [...rows()].some((row) => row.textContent?.includes('Job posting 0'));
  const began = performance.now();
  list.jobMatches = matches;
  // The list's own signal: updated, virtualizer loaded (long lists), visible rows laid out.
  await list.renderComplete;
  while (!firstShown()) {
    if (performance.now() - began > 10_000) throw new Error(`no row showing "Job posting 0" 10 s after assigning ${count} matches`);
    await nextTask();
  }
  // Style and layout of what is shown are part of rendering: force them before stopping the clock.
  for (const row of rows()) row.getBoundingClientRect();
  const ms = performance.now() - began;
  await frame();
  await frame();
  return { ms, rows: rows().length };
}

window.renderJobMatches = renderJobMatches;
