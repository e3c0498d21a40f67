/** Where Tend keeps what it stores: one IndexedDB database and object store (lib/storage/store-core.ts). */
export const DATABASE_NAME = 'tend';
export const STORE_NAME = 'user-data';
