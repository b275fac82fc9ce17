/** A worker thread reading the second half of a large CSV file (see `parallel-read.ts`). */
import { serveReadPart } from './parallel-read.js';

serveReadPart();
