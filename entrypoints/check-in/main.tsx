import { render } from 'preact';
import '@/components/theme.css';

render(<p>Check in</p>, document.getElementById('app') as HTMLElement);
