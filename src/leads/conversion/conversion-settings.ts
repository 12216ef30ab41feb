import type { Config } from '../../config';

/**
 * What the deployment decides about conversions: privateCustomersNumber names
 * the one relation every private person joins as a contact (EASI'R's "Private
 * customer" account); without it a private person becomes a PRIVATE relation
 * of their own (RAYNET).
 */
export type ConversionSettings = Pick<Config, 'privateCustomersNumber'>;
