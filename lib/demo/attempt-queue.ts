/** Min-heap of scheduled attempts by time; ties keep insertion order so output is stable. */
export class AttemptQueue<T> {
  private readonly times: number[] = [];
  private readonly order: number[] = [];
  private readonly items: T[] = [];
  private inserted = 0;

  get size(): number {
    return this.items.length;
  }

  peekTime(): number {
    return this.times[0] ?? Infinity;
  }

  push(time: number, item: T): void {
    this.times.push(time);
    this.order.push(this.inserted++);
    this.items.push(item);
    this.siftUp(this.items.length - 1);
  }

  pop(): { time: number; item: T } | undefined {
    if (this.items.length === 0) return undefined;
    const top = { time: this.times[0] as number, item: this.items[0] as T };
    const last = this.items.length - 1;
    this.swap(0, last);
    this.times.pop();
    this.order.pop();
    this.items.pop();
    this.siftDown(0);
    return top;
  }

  private before(a: number, b: number): boolean {
    const timeA = this.times[a] as number;
    const timeB = this.times[b] as number;
    return (
      timeA < timeB || (timeA === timeB && (this.order[a] as number) < (this.order[b] as number))
    );
  }

  private siftUp(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.items.length && this.before(left, smallest)) smallest = left;
      if (right < this.items.length && this.before(right, smallest)) smallest = right;
      if (smallest === parent) return;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const time = this.times[a] as number;
    this.times[a] = this.times[b] as number;
    this.times[b] = time;
    const order = this.order[a] as number;
    this.order[a] = this.order[b] as number;
    this.order[b] = order;
    const item = this.items[a] as T;
    this.items[a] = this.items[b] as T;
    this.items[b] = item;
  }
}
