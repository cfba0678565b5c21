/**
 * Finds which of many fixed substrings occur in a text in one pass (Aho-Corasick),
 * so checking a hundred rules costs one scan instead of hundreds of indexOf calls.
 */
export class NeedleSet {
  private readonly ids = new Map<string, number>();
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly outputs: number[][] = [[]];

  constructor(needles: Iterable<string>) {
    for (const needle of needles) this.add(needle);
    this.link();
  }

  idOf(needle: string): number {
    return this.ids.get(needle) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }

  /** found[id] is 1 for every needle present in the text. */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.ids.size);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.children[state]?.get(code);
      while (next === undefined && state !== 0) {
        state = this.fail[state] ?? 0;
        next = this.children[state]?.get(code);
      }
      state = next ?? 0;
      for (const id of this.outputs[state] ?? []) found[id] = 1;
    }
    return found;
  }

  private add(needle: string): void {
    if (needle === '' || this.ids.has(needle)) return;
    let state = 0;
    for (let i = 0; i < needle.length; i++) {
      const code = needle.charCodeAt(i);
      let next = this.children[state]?.get(code);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.children[state]?.set(code, next);
      }
      state = next;
    }
    const id = this.ids.size;
    this.ids.set(needle, id);
    this.outputs[state]?.push(id);
  }

  private link(): void {
    const queue: number[] = [...(this.children[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      for (const [code, child] of this.children[state] ?? []) {
        let fallback = this.fail[state] ?? 0;
        while (fallback !== 0 && !this.children[fallback]?.has(code)) {
          fallback = this.fail[fallback] ?? 0;
        }
        const target = this.children[fallback]?.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.outputs[child]?.push(...(this.outputs[this.fail[child] ?? 0] ?? []));
        queue.push(child);
      }
    }
  }
}
