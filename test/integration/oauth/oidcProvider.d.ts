// oidc-provider v9 ships no type declarations and @types/oidc-provider is not installed; the test
// provider uses it through this untyped shim.
declare module 'oidc-provider';
