/** The first focusable element of a page: jumps over the header and navigation. */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  return (
    <a className="rafiq-skip-link" href={`#${targetId}`}>
      {label}
    </a>
  );
}
