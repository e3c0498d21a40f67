import { render } from 'preact';
import '@/components/ui/theme.css';
import { blankOnLeave } from '@/lib/exit/blank-on-leave';
import { App } from './App';

blankOnLeave();
render(<App />, document.getElementById('app') as HTMLElement);
