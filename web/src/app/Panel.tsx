import { type ReactNode, useId } from 'react';

/** A section of a screen in a framed box, named by its heading (a region for assistive technology). */
export function Panel(props: { title?: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section
      className={['panel', props.className].filter(Boolean).join(' ')}
      aria-labelledby={props.title ? id : undefined}
    >
      {props.title && (
        <h2 className="panel-title" id={id}>
          {props.title}
        </h2>
      )}
      {props.children}
    </section>
  );
}
