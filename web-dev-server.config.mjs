// `npm start`: serves the project root and opens the demo, which loads the built
// dist/network-directory.js exactly as an embedding page would.
const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  open: process.env.CI ? false : '/demo/',
  watch: false,
};
