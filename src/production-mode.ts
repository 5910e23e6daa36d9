/**
 * Runs the process in production mode unless the environment says otherwise. graphql-js reads
 * NODE_ENV once, when it is first loaded, and outside production it checks every `instanceOf`
 * of its own classes across realms: a tenth of the execution time of a large query. This module
 * must therefore be imported before anything that loads graphql (first in main.ts). Tests and
 * `NODE_ENV=development npx ofsted-graph serve` keep graphql-js's development checks.
 */
process.env.NODE_ENV ??= 'production';

export {};
