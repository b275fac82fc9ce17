// The plugin lives with the dashboard, whose page script drops zod's locales the same way.
export { zodLocalesEn } from '@smesec/dashboard/node';
