// The example of packages/dashboard/README.md ("Use it"), run by examples/readme.test.ts.
// --- README example: begin
import { Html, html } from '@smesec/dashboard';

const name = '<img src=x onerror=alert(1)>'; // a value from a CSV cell
const row = html`<tr><td>${name}</td><td>${42}</td></tr>`; // every value is escaped
const svg = Html.unsafe('<svg role="img"></svg>'); // raw markup only through a named exception
console.log(html`<table>${row}</table>${svg}`.toString()); // <table><tr><td>&lt;img src=x onerror=alert(1)&gt;</td>…
// --- README example: end
