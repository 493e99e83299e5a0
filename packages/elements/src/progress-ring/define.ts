import { UpProgressRing } from './progress-ring.js';

UpProgressRing.define('up-progress-ring');

declare global {
  interface HTMLElementTagNameMap {
    'up-progress-ring': UpProgressRing;
  }
}
