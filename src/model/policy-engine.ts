/**
 * The admission engines whose policies the analyzers read, one key each. The keys are declared
 * where the engines are registered (`ENGINE_ANALYZERS` in src/analyze/engines.ts augments this
 * interface from its entries' `engines`), so the name of an engine is written once; model/ never
 * imports analyze/.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RegisteredEngines {}

/** One admission engine's name: a closed union, the keys of {@link RegisteredEngines}. */
export type Engine = keyof RegisteredEngines & string;
