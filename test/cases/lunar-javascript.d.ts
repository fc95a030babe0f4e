// The lunar-javascript library ships no type declarations; the tests use it as an oracle only.
declare module 'lunar-javascript';
