import { render } from 'preact';
import '@/components/ui/theme.css';
import { closeOnExit } from '@/lib/messages/incoming';
import { App } from './App';

closeOnExit();
render(<App />, document.getElementById('app') as HTMLElement);
