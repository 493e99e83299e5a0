import '../progress-ring/define.js';
import { UpJobMatchList } from './job-match-list.js';

UpJobMatchList.define('up-job-match-list');

declare global {
  interface HTMLElementTagNameMap {
    'up-job-match-list': UpJobMatchList;
  }
}
