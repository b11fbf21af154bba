import { BANK_BRANDS } from './directory-banks';
import { CARRIER_BRANDS, COURIER_BRANDS } from './directory-couriers';
import { IMPERSONATED_BRANDS } from './directory-impersonated';
import { INTERNATIONAL_BRANDS, PUBLIC_CHANNELS } from './directory-international';
import { PAYMENT_BRANDS } from './directory-payment';
import { POSTAL_BRANDS, SUBSCRIPTION_BRANDS } from './directory-postal';
import { SHOPPING_BRANDS } from './directory-shopping';
import { TAIWAN_HK_BRANDS } from './directory-taiwan';
import type { BrandEntry } from './directory-types';

export type { BrandEntry, BrandKind, DirectorySource, Hotline } from './directory-types';

/** Every brand of the official-channel directory. */
export const DIRECTORY: readonly BrandEntry[] = [
	...SHOPPING_BRANDS,
	...PAYMENT_BRANDS,
	...BANK_BRANDS,
	...COURIER_BRANDS,
	...CARRIER_BRANDS,
	...INTERNATIONAL_BRANDS,
	...TAIWAN_HK_BRANDS,
	...POSTAL_BRANDS,
	...SUBSCRIPTION_BRANDS,
	...IMPERSONATED_BRANDS,
	...PUBLIC_CHANNELS,
];
