// Prints, as JSON, the files `npm run codegen` would write ({ filename, content }[]), writing
// nothing. It runs in a Node process of its own because the codegen CLI loads ES modules that
// Jest's CommonJS module runtime cannot.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
const outputs = await generate({ ...config, cwd: root, silent: true }, false);
process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
