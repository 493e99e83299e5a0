import '../progress-ring/define.js';
import { UpCourseCard } from './course-card.js';

UpCourseCard.define('up-course-card');

declare global {
  interface HTMLElementTagNameMap {
    'up-course-card': UpCourseCard;
  }
}
