/**
 * Imported first into a child process (`node --import`): at exit, writes the process's peak
 * resident set size in bytes to the file named by SMESEC_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['SMESEC_RSS_FILE'];
// resourceUsage().maxRSS is in kilobytes.
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
