// The data of the report's network: the people, organizations and programs the corpus
// mentions most, linked when a document mentions both. Only the first MAX_NODES candidates
// are counted in pairs, so the work is bounded however many entities a corpus has.

/** A candidate node: an entity of the corpus, in the order of the corpus view (most documents first). */
export interface NodeInfo {
  id: string;
  type: string;
  name: string;
  mentions: number;
  documents: number;
}

export interface Edge {
  /** indices into the nodes */
  a: number;
  b: number;
  /** documents mentioning both */
  docs: number;
}

export interface Network {
  nodes: NodeInfo[];
  edges: Edge[];
}

export const NETWORK_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'PROGRAM']);
export const MAX_NODES = 40;
export const MAX_EDGES = 160;

/**
 * Nodes and edges from the entity ids of each document. Candidates past `maxNodes` are
 * left out; edges are kept heaviest first (ties in node order) up to `maxEdges`, and a
 * node with no edge left is dropped: it was mentioned with no one on the chart.
 */
export function network(docs: readonly (readonly string[])[], candidates: readonly NodeInfo[], maxNodes = MAX_NODES, maxEdges = MAX_EDGES): Network {
  const top = candidates.filter((c) => NETWORK_TYPES.has(c.type)).slice(0, maxNodes);
  const index = new Map(top.map((c, i) => [c.id, i]));
  const pairs = new Map<number, number>();
  for (const ids of docs) {
    const here = [...new Set(ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined))].sort((x, y) => x - y);
    for (let i = 0; i < here.length; i++) for (let j = i + 1; j < here.length; j++) {
      const key = here[i]! * maxNodes + here[j]!;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const kept = [...pairs]
    .map(([key, docs]) => ({ a: Math.floor(key / maxNodes), b: key % maxNodes, docs }))
    .sort((x, y) => y.docs - x.docs || x.a - y.a || x.b - y.b)
    .slice(0, maxEdges);
  const used = [...new Set(kept.flatMap((e) => [e.a, e.b]))].sort((x, y) => x - y);
  const renumber = new Map(used.map((old, i) => [old, i]));
  return {
    nodes: used.map((i) => top[i]!),
    edges: kept.map((e) => ({ a: renumber.get(e.a)!, b: renumber.get(e.b)!, docs: e.docs })),
  };
}
