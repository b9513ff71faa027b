/** Replaces `{{name}}` placeholders; an unknown name stays visible (tests catch it). */
export const interpolate = (template: string, data: Readonly<Record<string, string | number>>): string => {
  const { texts, placeholders } = compiledTemplate(template);
  let out = texts[0]!;
  for (let i = 0; i < placeholders.length; i++) {
    const { name, whole } = placeholders[i]!;
    out += (name in data ? String(data[name]) : whole) + texts[i + 1]!;
  }
  return out;
};

/** A template split at its placeholders: `texts` has one more entry than `placeholders`. */
interface CompiledTemplate {
  readonly texts: readonly string[];
  readonly placeholders: readonly { readonly name: string; readonly whole: string }[];
}

/**
 * Templates split once: every finding of a rule shares its few message templates, and a regular
 * expression replace per finding added up over thousands of findings.
 */
const compiledTemplate = (template: string): CompiledTemplate => {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    const texts: string[] = [];
    const placeholders: { name: string; whole: string }[] = [];
    let last = 0;
    for (const match of template.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)) {
      texts.push(template.slice(last, match.index));
      placeholders.push({ name: match[1]!, whole: match[0] });
      last = match.index + match[0].length;
    }
    texts.push(template.slice(last));
    compiled = { texts, placeholders };
    // Templates come from rule metadata: a few hundred at most; bounded all the same.
    if (compiledTemplates.size >= 1024) compiledTemplates.clear();
    compiledTemplates.set(template, compiled);
  }
  return compiled;
};

const compiledTemplates = new Map<string, CompiledTemplate>();
