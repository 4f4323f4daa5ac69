import { lexicon } from '../../lexicon/registry.js';
import { lower, one, rule, type ChunkView, type NameRule } from '../names/view.js';

// a station's call sign: Australia's digit of its state and two or three letters ("6PR",
// "3AW", "2GB"), North America's K, W or C and two to three more ("KXYZ", "WKLB", "CFRB")
const CALL_SIGN = /^(?:[1-9][A-Z]{2,3}|[KWC][A-Z]{2,3})$/;
// the band or the medium hyphened after it: "WKLB-FM", "KXYZ-TV"
const BAND = /^(?:FM|AM|TV|DT|LP|HD)$/;

/** Whether call-sign-cues.txt has a cue beside the chunk: "told 3AW", "said on 6PR", "3AW radio". */
function cueBeside(c: ChunkView): boolean {
  const cues = lexicon('callSignCues');
  const b1 = c.tokens[c.from - 1];
  const b2 = c.tokens[c.from - 2];
  if (b1 && b1.post === ' ' && cues.has(`before: ${lower(b1)}`)) return true;
  if (b1 && b2 && b1.post === ' ' && b2.post === ' ' && cues.has(`before: ${lower(b2)} ${lower(b1)}`)) return true;
  const last = c.tokens[c.to - 1]!;
  const next = c.tokens[c.to];
  return !!next && last.post === ' ' && cues.has(`after: ${next.text}`);
}

/**
 * A radio or television station by its call sign: "told 6PR", "radio station 3AW", "said
 * on KXYZ", "WKLB-FM". Letters and digits of that shape are codes, models and forms as often
 * ("form KXYZ", "the 3AW model"), so a station's word beside them, or the band hyphened
 * after them, must say so.
 */
export const orgCallSign: NameRule = {
  id: 'org.call-sign',
  strong: false,
  info: [rule('org.call-sign', 'ORG', "a radio or television station's call sign with a station's word beside it or its band after it", 'The minister told radio station 6KX on Tuesday that the port would reopen.', '6KX')],
  read(c) {
    const first = c.tokens[c.from]!;
    if (!CALL_SIGN.test(first.text)) return null;
    if (c.to - c.from === 2 && first.post === '-' && BAND.test(c.tokens[c.from + 1]!.text)) return one('ORG', c.from, c.to, 'org.call-sign');
    if (c.to - c.from !== 1 || !cueBeside(c)) return null;
    return one('ORG', c.from, c.to, 'org.call-sign');
  },
};
