// Counts in words for the explorer's labels: "1 document", "12 documents", "1,204 entities".
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
