import { UpProvider } from './provider.js';

UpProvider.define('up-provider');

declare global {
  interface HTMLElementTagNameMap {
    'up-provider': UpProvider;
  }
}
