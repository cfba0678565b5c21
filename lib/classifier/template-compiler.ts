import { canonLiteral } from './text-canon';
import type { CatalogueEntry, Placeholder } from './types';

export type TemplateToken =
  { kind: 'literal'; text: string } | { kind: 'join' } | { kind: 'placeholder'; name: Placeholder };

/** A template split into tokens, with the literal used to find candidates quickly. */
export interface CompiledTemplate {
  entry: CatalogueEntry;
  /** Tokens up to and including a trailing {MESSAGE}/{ERROR}. */
  core: readonly TemplateToken[];
  /** Literal of an optional suffix after {MESSAGE}, such as the "Giving up on {IP}" line. */
  optionalTail: string | null;
  anchorIndex: number;
  literalLength: number;
}

const PLACEHOLDER = /\{(IP|HOSTNAME|MESSAGE|ERROR)\}/g;

function pushLiteral(tokens: TemplateToken[], raw: string): void {
  const pieces = raw.split('/');
  pieces.forEach((piece, i) => {
    if (i > 0) tokens.push({ kind: 'join' });
    const text = canonLiteral(piece);
    if (text.length > 0) tokens.push({ kind: 'literal', text });
  });
}

export function tokenise(template: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let last = 0;
  for (const found of template.matchAll(PLACEHOLDER)) {
    pushLiteral(tokens, template.slice(last, found.index));
    tokens.push({ kind: 'placeholder', name: found[1] as Placeholder });
    last = found.index + found[0].length;
  }
  pushLiteral(tokens, template.slice(last));
  return tokens.map((token, i) => {
    const next = tokens[i + 1];
    // Space before a placeholder is optional in practice ("said:550"); placeholders skip it.
    if (token.kind === 'literal' && next?.kind === 'placeholder') {
      return { kind: 'literal', text: token.text.trimEnd() };
    }
    return token;
  });
}

function splitTail(tokens: TemplateToken[]): { core: TemplateToken[]; tail: string | null } {
  const free = tokens.findIndex(
    (t) => t.kind === 'placeholder' && (t.name === 'MESSAGE' || t.name === 'ERROR'),
  );
  if (free < 0 || free === tokens.length - 1) return { core: tokens, tail: null };
  const tailLiteral = tokens.slice(free + 1).find((t) => t.kind === 'literal');
  return {
    core: tokens.slice(0, free + 1),
    tail: tailLiteral?.kind === 'literal' ? tailLiteral.text : null,
  };
}

export function compileTemplate(entry: CatalogueEntry): CompiledTemplate {
  const { core, tail } = splitTail(tokenise(entry.template));
  let anchorIndex = -1;
  let anchorLength = 0;
  let literalLength = 0;
  core.forEach((token, i) => {
    if (token.kind !== 'literal') return;
    literalLength += token.text.length;
    if (token.text.length > anchorLength) {
      anchorIndex = i;
      anchorLength = token.text.length;
    }
  });
  if (anchorIndex < 0) throw new Error(`Template without literal text: ${entry.id}`);
  return { entry, core, optionalTail: tail, anchorIndex, literalLength };
}
