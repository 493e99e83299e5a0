// The provider first, so that elements already in the page find it when they upgrade.
import './provider/define.js';
import './progress-ring/define.js';
import './course-card/define.js';
import './badge/define.js';
import './job-match-list/define.js';

export * from './index.js';
