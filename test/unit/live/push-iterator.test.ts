import { PushIterator } from '../../../src/live/push-iterator';

const fellBehind = () => new Error('fell behind');

describe('PushIterator', () => {
  it('hands out what was pushed, in order, whether the consumer waits or not', async () => {
    const stream = new PushIterator<number>(10, fellBehind, () => undefined);
    const waiting = stream.next();
    stream.push([1, 2, 3]);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: 3, done: false });
  });

  it('ends with the overflow error once the consumer falls more than the limit behind, and closes', async () => {
    const onClose = jest.fn();
    const stream = new PushIterator<number>(2, fellBehind, onClose);
    stream.push([1, 2, 3]);
    await expect(stream.next()).rejects.toThrow('fell behind');
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes once when the consumer stops, ending a pending next and ignoring later pushes', async () => {
    const onClose = jest.fn();
    const stream = new PushIterator<number>(10, fellBehind, onClose);
    const waiting = stream.next();
    await stream.return();
    await stream.return();
    stream.push([1]);
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
