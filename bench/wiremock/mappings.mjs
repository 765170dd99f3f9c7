// Writes WireMock mappings equivalent to the four bench workloads (write: its PATCHes; its moves are status's), each answering the spec's own
// example body, so WireMock serves exactly what Prism serves from the same spec.
// Usage: node wiremock/mappings.mjs SPEC OUT_DIR   (OUT_DIR gets mappings/*.json)
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const [specFile, outDir] = process.argv.slice(2);
const spec = yaml.load(fs.readFileSync(specFile, 'utf8'));

function resolve(node) {
  if (node && node.$ref) {
    const target = node.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k], spec);
    return resolve(target);
  }
  return node;
}
function example(p, method, name) {
  const examples = spec.paths[p][method].responses['200'].content['application/json'].examples;
  const chosen = name ? examples[name] : Object.values(examples)[0];
  return resolve(chosen).value;
}
const auth = { Authorization: { matches: 'Bearer .+' } };
const json = { 'Content-Type': 'application/json' };
const id = '[^/]+';
const mappings = {
  'status.json': {
    request: { method: 'POST', urlPathPattern: `/api/v2/experimentation/experiments/${id}/status`, headers: auth,
      bodyPatterns: [{ matchesJsonPath: '$.status' }] },
    response: { status: 200, headers: json, jsonBody: example('/experimentation/experiments/{id}/status', 'post') },
  },
  'get.json': {
    request: { method: 'GET', urlPathPattern: `/api/v2/experimentation/experiments/${id}`, headers: auth },
    response: { status: 200, headers: json, jsonBody: example('/experimentation/experiments/{id}', 'get') },
  },
  'write.json': {
    request: { method: 'PATCH', urlPathPattern: `/api/v2/experimentation/experiments/${id}`, headers: auth,
      bodyPatterns: [{ matchesJsonPath: '$.description' }] },
    response: { status: 200, headers: json, jsonBody: example('/experimentation/experiments/{id}', 'patch') },
  },
  'list.json': {
    request: { method: 'GET', urlPath: '/api/v2/experimentation/experiments', headers: auth },
    response: { status: 200, headers: json, jsonBody: example('/experimentation/experiments', 'get', 'firstPage') },
  },
};
fs.mkdirSync(path.join(outDir, 'mappings'), { recursive: true });
fs.mkdirSync(path.join(outDir, '__files'), { recursive: true });
for (const [file, mapping] of Object.entries(mappings)) {
  fs.writeFileSync(path.join(outDir, 'mappings', file), JSON.stringify(mapping, null, 2));
}
console.log(`wrote ${Object.keys(mappings).length} WireMock mappings to ${outDir}/mappings`);
