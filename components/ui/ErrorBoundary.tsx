import { Component, type ComponentChildren, Fragment } from 'preact';
import { Problem } from './Problem';

const NOT_SHOWN = {
  what: 'This part of Tend could not be shown.',
  next: 'The rest of the page still works, Quick exit included. Try again, or close this view and open it again.',
};

interface State {
  failed: boolean;
  error: unknown;
  /** Counts the tries, so "Try again" starts the part afresh. */
  attempt: number;
}

/**
 * Around each tool or section: an error while rendering it shows words in its place, and the rest
 * of the view (the header's Quick exit first of all) keeps working.
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { failed: false, error: undefined, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  private readonly retry = () =>
    this.setState(({ attempt }) => ({ failed: false, error: undefined, attempt: attempt + 1 }));

  override render() {
    if (this.state.failed) return <Problem error={this.state.error} otherwise={NOT_SHOWN} onRetry={this.retry} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
