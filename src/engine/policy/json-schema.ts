// Build step: writes the policy's JSON Schema (for the editor's jsonValidation), with rule ids as an enum.
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { BUILTIN_RULES, RENAMED_RULE_IDS } from '../rules';
import { policySchema } from './schema';

/** The JSON Schema of `.security-coach.json`. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  const ruleIds = BUILTIN_RULES.map((rule) => rule.id);
  const setting = properties.rules.additionalProperties as object;
  // Rule ids become completions; custom rule ids are allowed too, so the enum guides without forbidding. Old ids of
  // renamed rules still load: the editor strikes them through and names the new ones.
  properties.rules = {
    ...properties.rules,
    propertyNames: { anyOf: [{ enum: ruleIds }, { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' }] },
    properties: Object.fromEntries([
      ...BUILTIN_RULES.map((rule) => [rule.id, { ...setting, description: rule.title }]),
      ...[...RENAMED_RULE_IDS].map(([oldId, newIds]) => {
        const renamed = `Renamed: write ${newIds.join(' and ')} instead.`;
        return [oldId, { ...setting, description: renamed, deprecated: true, deprecationMessage: renamed }];
      }),
    ]),
  };
  return { title: 'Security Coach policy (.security-coach.json)', ...schema, allowComments: true, allowTrailingCommas: true };
}

export function writePolicySchema(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
}
