// class-validator decorators shared by the API's DTOs (server only).
export * from './lib/fields';
