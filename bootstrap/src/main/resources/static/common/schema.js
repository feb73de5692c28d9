// What the running service's schema offers, read once per page by introspection: pages ask for the
// fields that are there (fields other branches add, enum values that grow) instead of breaking on them.

const TYPES = ['Incident', 'SupportContract', 'ResolutionCause', 'Mutation'];

const QUERY = `query PageSchema { ${TYPES.map((name) => `${name}: __type(name: "${name}") { fields { name } enumValues { name } }`).join(' ')} }`;

let known = null;

/** Loads the schema facts once; `call` is the shell's request function. */
export async function schema(call) {
  if (!known) {
    const { data } = await call(QUERY, {});
    known = data || {};
  }
  return {
    has: (type, field) => !!(known[type] && (known[type].fields || []).some((f) => f.name === field)),
    enumValues: (type) => ((known[type] && known[type].enumValues) || []).map((v) => v.name),
  };
}
