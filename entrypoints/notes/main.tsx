import { render } from 'preact';
import '@/components/pages.css';

// Placeholder until the notes page lands (issue 8).
render(<main class="options"><h1>Notes</h1></main>, document.getElementById('app')!);
