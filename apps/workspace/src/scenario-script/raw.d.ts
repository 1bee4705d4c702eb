// Vite's `?raw` import: the file's text.
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
