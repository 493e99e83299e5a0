// The CDN entry: registers every element and exports the classes.
export * from './define.js';
