import { initActiveList } from './active-list.js';
import { initPractices } from './practices.js';
import { initOpenAll, initTableDownloads } from './tables.js';

// Printing shows every table: the folded data tables open before print.
window.addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll('details')) d.open = true;
});
initActiveList();
initPractices();
initTableDownloads();
initOpenAll();
