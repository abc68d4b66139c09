import versionSchema from '../../../schema/config/version.schema.json' with { type: 'json' };
import gatesSchema from '../../../schema/config/gates.schema.json' with { type: 'json' };
import artifactsSchema from '../../../schema/config/artifacts.schema.json' with { type: 'json' };
import smokeSchema from '../../../schema/config/smoke.schema.json' with { type: 'json' };
import environmentSchema from '../../../schema/config/environment.schema.json' with { type: 'json' };
import announceSchema from '../../../schema/config/announce.schema.json' with { type: 'json' };
import syncSchema from '../../../schema/config/sync.schema.json' with { type: 'json' };
import componentsSchema from '../../../schema/config/components.schema.json' with { type: 'json' };

/**
 * The schemas of the config file's sections, in a module of their own so that it is loaded
 * (and its 48 KB of JSON parsed) only when a config file is validated, not at every start.
 */
export const SECTION_SCHEMAS = [
  versionSchema,
  gatesSchema,
  artifactsSchema,
  smokeSchema,
  environmentSchema,
  announceSchema,
  syncSchema,
  componentsSchema,
];
