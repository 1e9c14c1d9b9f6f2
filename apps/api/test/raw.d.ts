// Vite's `?raw` imports (the sample article), typed for the test files.
declare module '*?raw' {
  const text: string
  export default text
}
