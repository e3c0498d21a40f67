import { render } from 'preact';
import '@/components/ui/theme.css';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
