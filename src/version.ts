import packageJson from '../package.json' with { type: 'json' };

export const TOOL_NAME = 'ephemeral-guard';
export const TOOL_VERSION: string = packageJson.version;
/** Where users read about the tool and its rules (SARIF informationUri, rule doc links). */
export const TOOL_URI: string = packageJson.homepage;
export const ruleDocUri = (id: string): string => `${TOOL_URI}/blob/v${TOOL_VERSION}/docs/rules/${id}.md`;
