declare module 'virtual:custom-elements-manifest' {
  const manifest: object;
  export default manifest;
}
