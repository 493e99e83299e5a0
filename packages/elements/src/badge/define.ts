import { UpBadge } from './badge.js';

UpBadge.define('up-badge');

declare global {
  interface HTMLElementTagNameMap {
    'up-badge': UpBadge;
  }
}
