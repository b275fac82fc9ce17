// @ts-check
/**
 * TypeDoc names a destructured parameter `__namedParameters` unless every parameter has a
 * @param tag. Our functions take `(table, { codebook, … }: XOptions)`: the reference shows that
 * parameter as `options`, typed by its named options interface, which links to its fields.
 */
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_PARAMETER, (_context, parameter) => {
    if (parameter.name === '__namedParameters') parameter.name = 'options';
  });
}
