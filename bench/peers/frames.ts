/** The benchmark pages' clock: frames, and the end of a frame's rendering. */

/** The next animation frame: its time. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves in the first task after the current frame's rendering (called from a rAF
 * callback): after style, layout, ResizeObserver callbacks and what they re-render, and paint.
 */
export function afterFrame(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}
