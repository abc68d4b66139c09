// A jest transform for GitHub's workflow parser packages (@actions/workflow-parser,
// @actions/languageservice), whose ES modules import their JSON schemas without the
// `with { type: 'json' }` attribute that Node requires of JSON modules: jest warns on
// every such import (and will refuse them in its next major). The transform adds the
// attribute, as Node's own loader would need, and changes nothing else.
const { createHash } = require('node:crypto');

const JSON_IMPORT = /(\bimport\s+[\w$]+\s+from\s+(["'])[^"']+\.json\2)(?!\s*(?:with|assert)\b)/g;

module.exports = {
  process(source) {
    return { code: source.replace(JSON_IMPORT, "$1 with { type: 'json' }") };
  },
  getCacheKey(source, path) {
    return createHash('sha256')
      .update('json-import-attributes-1\0')
      .update(path)
      .update('\0')
      .update(source)
      .digest('hex');
  },
};
