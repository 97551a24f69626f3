/**
 * Jest transform for the few ESM-only packages (react-router and its dependencies): @swc/jest
 * compiles them to CommonJS; `import.meta` (only used there for Vite's HMR check) cannot exist in
 * CommonJS, so it is replaced by an empty object first.
 */
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
});

const strip = (source) => source.replace(/\bimport\.meta\b/g, '({})');

module.exports = {
  canInstrument: false,
  process(source, filename, options) {
    return swc.process(strip(source), filename, options);
  },
  getCacheKey(source, filename, options) {
    return swc.getCacheKey(strip(source), filename, options);
  },
};
