// @vitest-environment node
/**
 * A step that names where one outcome goes and lets the other fall into the next step, when that next step belongs
 * to another case (knowledge/pack/flow-checks.ts). The bundled refund SOP had two: «refund issued → step 8» and then
 * step 5, the return of an item, for a refund that did not go through.
 */
import { problemWords } from '../../../knowledge/pack/problem-words';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, parseSopBody, validateSource } from '../../../knowledge/node';
import { fallThroughs, loneElses, proseEscalations } from '../../../knowledge/pack/flow-checks';
import { lines, NOW, tempDir } from './helpers';

const steps = (body: string) => parseSopBody(body).steps;

const REFUND = `1. Check whether a refund exists.
   - If: a refund was issued → step 2
   - Else → step 3
2. Give the refund date.
   - If: the bank's time has passed → escalate
   - Else → step 6
3. Check eligibility.
   - If: eligible → step 4
   - If: the item must come back first → step 5
4. Issue the refund now.
   - If: the refund was issued → step 6
5. Open a return and send the label.
6. Set a follow-up.
`;

describe('a step whose other outcome falls into the step of another case', () => {
  it('warns when a step jumps only on its condition and the next step is where another branch leads', () => {
    const found = fallThroughs(steps(REFUND));
    expect(found.map((f) => ({ index: f.index, message: problemWords(f.problem, 'en') }))).toEqual([
      {
        index: 3,
        message:
          'step 4 says where to go only when its condition holds (step 6); otherwise it falls into step 5, which step 3 leads to for another case: add "Else → step N" (or "→ escalate") for the other outcome',
      },
    ]);
  });

  it('is satisfied once the other outcome is said, by an else or a branch to the next step', () => {
    expect(fallThroughs(steps(REFUND.replace('   - If: the refund was issued → step 6\n', '   - If: the refund was issued → step 6\n   - Else → escalate\n')))).toEqual([]);
    expect(fallThroughs(steps(REFUND.replace('   - If: the refund was issued → step 6\n', '   - If: the refund was issued → step 6\n   - If: it was refused → step 5\n')))).toEqual([]);
  });

  it('leaves alone a step that only escalates on its condition, and a jump that falls into the main line', () => {
    // "Stop here if …, otherwise go on": going on to the next step is what an escalation-only step means.
    expect(fallThroughs(steps(REFUND.replace('   - If: the refund was issued → step 6\n', '   - If: over the limit → escalate\n')))).toEqual([]);
    // Step 2 is no branch's target: the procedure's main line, which a special case jumps over.
    const mainLine = `1. Find the order.
   - If: the customer is a business → step 3
2. Confirm the address.
3. Close.
`;
    expect(fallThroughs(steps(mainLine))).toEqual([]);
    // A step with no branch at all, and the last step, say nothing about where they go.
    expect(fallThroughs(steps('1. Greet.\n   - If: angry → step 3\n   - Else → step 2\n2. Listen.\n3. Calm.\n   - If: calm → step 2\n'))).toEqual([]);
  });

  it('are warnings of odigos validate at the step, which --strict fails and the bundled packs do not raise', () => {
    const dir = join(tempDir(), 'flow');
    const files: Record<string, string> = {
      'pack.yaml': 'id: flow\nname: Flow\nversion: 1.0.0\nlang: en\n',
      'sops/refund.md': `---\nid: refund\ntype: sop\ntitle: Refund\ndepartment: Finance\npurpose: Refunds.\n---\n${REFUND}`,
      'sops/porting.md': '---\nid: porting\ntype: sop\ntitle: Porting\ndepartment: Telecoms\npurpose: Ports.\n---\n1. Resubmit; after a second rejection, escalate.\n2. Close.\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    expect(lines(validateSource(dir, { now: NOW }))).toEqual([
      `${join(dir, 'sops/porting.md')}:8: warning: step 1 says to escalate in its text but has no branch to the escalation: write it as a branch ("- If: … → escalate"), so the panel offers it`,
      `${join(dir, 'sops/refund.md')}:17: warning: step 4 says where to go only when its condition holds (step 6); otherwise it falls into step 5, which step 3 leads to for another case: add "Else → step N" (or "→ escalate") for the other outcome`,
    ]);
    const packs = join(import.meta.dirname, '../../../knowledge/packs');
    for (const pack of ['el-core', 'en-core']) {
      const flow = compileSource(join(packs, pack), { now: NOW }).problems.filter((p) => /falls into step|escalate in its text|has only "Else/.test(p.message));
      expect(flow).toEqual([]);
    }
  });
});

describe('a step whose text escalates but that has no branch to the escalation', () => {
  const at = (text: string, branches = '') => proseEscalations(steps(`1. ${text}\n${branches}2. Close.\n`)).map((f) => problemWords(f.problem, 'en'));

  it('warns in English and Greek, whatever the form of the word', () => {
    // en-core number-porting step 5 and refund-request step 7 said it so: the panel never offered the escalation.
    expect(at('Correct the detail and resubmit; after a second rejection, escalate.')).toEqual([
      'step 1 says to escalate in its text but has no branch to the escalation: write it as a branch ("- If: … → escalate"), so the panel offers it',
    ]);
    expect(at('Στείλτε τον κωδικό ARN· αν η τράπεζα δεν τον βρει, κλιμακώστε στο λογιστήριο.')).toHaveLength(1);
    expect(at('Ζητήστε έγκριση· χωρίς απάντηση ακολουθεί κλιμάκωση στον υπεύθυνο.')).toHaveLength(1);
  });

  it('is satisfied by a branch to the escalation, and leaves alone a negated escalation and a linked template id', () => {
    expect(at('After a second rejection, escalate.', '   - If: rejected twice → escalate\n')).toEqual([]);
    expect(at('Solve it yourself: do not escalate what is within your limits.')).toEqual([]);
    expect(at('Λύστε το εσείς, χωρίς κλιμάκωση, μέσα στα όριά σας.')).toEqual([]);
    expect(at('Μην το κλιμακώσετε αν λύνεται εδώ.')).toEqual([]);
    expect(at('Say it is now with the team. [[reassurance-escalated]]')).toEqual([]);
  });
});

describe('a step whose only branch is the else', () => {
  const at = (branches: string) => loneElses(steps(`1. Refund the duplicate.\n   - If: over the limit → escalate\n   - Else → step 2\n2. Confirm in writing.\n${branches}3. Ask which order to keep.\n4. Close.\n`));

  it('warns in English and Greek, naming where the else goes', () => {
    // el-core double-card-charge step 5 ended on «- Αλλιώς → βήμα 7» alone: "otherwise" after no "if".
    const found = at('   - Else → step 4\n');
    expect(found.map((f) => ({ index: f.index, en: problemWords(f.problem, 'en'), el: problemWords(f.problem, 'el') }))).toEqual([
      {
        index: 1,
        en: 'step 2 has only "Else → step 4", with no condition before it: the "else" has nothing to be otherwise to. Write the condition that leads elsewhere ("- If: … → escalate") or say in the step where the agent goes on',
        el: 'Το βήμα 2 έχει μόνο «Αλλιώς → βήμα 4», χωρίς συνθήκη πριν από αυτό: το «αλλιώς» δεν έχει σε τι να αντιτίθεται. Γράψτε τη συνθήκη που οδηγεί αλλού («Αν: … → κλιμάκωση») ή πείτε στο κείμενο του βήματος πού συνεχίζει ο εκπρόσωπος.',
      },
    ]);
    expect(loneElses(steps('1. Στείλτε επιβεβαίωση.\n   - Αλλιώς → κλιμάκωση\n2. Κλείστε.\n')).map((f) => problemWords(f.problem, 'el'))).toEqual([
      expect.stringContaining('«Αλλιώς → κλιμάκωση»'),
    ]);
  });

  it('is satisfied by a condition before the else, and says nothing of a step without branches', () => {
    expect(at('   - If: the refund failed → escalate\n   - Else → step 4\n')).toEqual([]);
    expect(at('')).toEqual([]);
  });
});
