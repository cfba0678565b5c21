/**
 * A string split once into literals and token names, so rendering millions of messages is a
 * loop of concatenations rather than repeated regex replaces.
 */
export interface CompiledText<Token extends string> {
  source: string;
  literals: readonly string[];
  tokens: readonly Token[];
}

export function compileText<Token extends string>(
  source: string,
  pattern: RegExp,
): CompiledText<Token> {
  const pieces = source.split(pattern);
  const literals: string[] = [];
  const tokens: Token[] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) literals.push(piece);
    else tokens.push(piece as Token);
  });
  return { source, literals, tokens };
}

/** `valueOf` takes the values object as well, so callers need not build a closure per render. */
export function renderText<Token extends string, Values>(
  text: CompiledText<Token>,
  valueOf: (token: Token, values: Values) => string,
  values: Values,
): string {
  let out = text.literals[0] ?? '';
  for (let i = 0; i < text.tokens.length; i++) {
    out += valueOf(text.tokens[i] as Token, values) + (text.literals[i + 1] ?? '');
  }
  return out;
}
