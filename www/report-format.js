// Pure helpers over the report object (the same one the CLI prints as JSON): words and
// symbols for verdicts, byte offsets to string indices, the counts line, the editor's flags,
// and schema.org ClaimReview JSON-LD. The order verdicts are read in, and the labels of the
// kinds of fact, come from the engine (`engine.info()`), not from here.

/** How the page shows a fact's verdict: words, a symbol (colour is never the only signal). */
export const VERDICTS = {
  conflict: { label: 'Conflict', icon: '✗', meaning: 'a source says otherwise' },
  disputed: { label: 'Disputed', icon: '⇄', meaning: 'the sources disagree among themselves' },
  not_found: { label: 'Not found', icon: '?', meaning: 'no source speaks to it' },
  agree: { label: 'Agrees', icon: '✓', meaning: 'sources say the same' },
};

/** How the page shows a claim's roll-up. */
export const ROLLUPS = {
  conflict: { label: 'Conflict', icon: '✗', meaning: 'a fact in it conflicts with a source' },
  disputed: { label: 'Disputed', icon: '⇄', meaning: 'the sources disagree on a fact in it' },
  unconfirmed: { label: 'Unconfirmed', icon: '◐', meaning: 'some of its facts are confirmed, no source speaks to the others' },
  not_found: { label: 'Not found', icon: '?', meaning: 'no source speaks to any of its facts' },
  agree: { label: 'Agrees', icon: '✓', meaning: 'every fact in it is confirmed' },
};

/** The editor's decisions on a flag. */
export const DECISIONS = {
  checked: { label: 'Checked', done: 'Checked by the editor' },
  dismissed: { label: 'Dismissed', done: 'Dismissed by the editor' },
};

/**
 * Report offsets are UTF-8 byte offsets; JavaScript strings index UTF-16 code units.
 * Returns a function from a byte offset in `text` to the matching string index.
 */
export function byteToIndex(text) {
  const byteAt = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    byteAt[i] = bytes;
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      byteAt[++i] = bytes;
      bytes += 4;
    } else bytes += 3; // other BMP characters, and lone surrogates (sent to wasm as U+FFFD)
  }
  byteAt[text.length] = bytes;
  return (offset) => {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (byteAt[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export const oneLine = (text) => String(text ?? '').split(/\s+/).filter(Boolean).join(' ');

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "6 claims: 3 conflict, 1 unconfirmed, 2 agree. 19 facts: 8 conflict, 2 not found, 9 agree."
 * Claims by roll-up and facts by verdict, each in the engine's order (most urgent first),
 * leaving out what none has.
 */
export function countsLine(report, { verdicts, rollups }) {
  const s = report.summary;
  const claims = s.claims ?? {};
  const words = (key) => key.replace('_', ' ');
  const claimParts = rollups.filter((r) => claims[r]).map((r) => `${claims[r]} ${words(r)}`);
  const facts = verdicts.reduce((n, v) => n + (s[v] ?? 0), 0);
  const factParts = verdicts.filter((v) => s[v]).map((v) => `${s[v]} ${words(v)}`);
  return `${plural(report.claims.length, 'claim')}${claimParts.length ? `: ${claimParts.join(', ')}` : ''}. `
    + `${plural(facts, 'fact')}${factParts.length ? `: ${factParts.join(', ')}` : ''}.`;
}

/** "2 of 4 facts confirmed", "all 3 facts confirmed": a claim's roll-up in words. */
export function describeClaim(claim) {
  const n = claim.facts.length;
  const confirmed = claim.confirmed ?? claim.facts.filter((f) => f.verdict === 'agree').length;
  const count = (v) => claim.facts.filter((f) => f.verdict === v).length;
  switch (claim.verdict) {
    case 'agree': return n === 1 ? 'its fact is confirmed' : `all ${n} facts confirmed`;
    case 'unconfirmed': return `${confirmed} of ${plural(n, 'fact')} confirmed`;
    case 'not_found': return n === 1 ? 'no source speaks to its fact' : `no source speaks to its ${n} facts`;
    default: {
      const parts = [['conflict', 'conflict'], ['disputed', 'disputed'], ['not_found', 'not found'], ['agree', 'confirmed']]
        .filter(([v]) => count(v)).map(([v, w]) => `${count(v)} ${w}`);
      return `${parts.join(', ')} of ${plural(n, 'fact')}`;
    }
  }
}

/**
 * The facts of a claim that are context (by index): statements around other facts, which the
 * facts inside them decide. The page draws them lightly and lists them after those facts.
 */
export function contextFacts(claim) {
  const context = new Set();
  claim.facts.forEach((fact, index) => {
    if (fact.kind !== 'statement') return;
    if (claim.facts.some((inner, other) => other !== index && inner.kind !== 'statement' && inner.start >= fact.start && inner.end <= fact.end)) context.add(index);
  });
  return context;
}

/**
 * Every fact that asks for an editor's look (any verdict but agree), in article order:
 * [{key, claim, fact, claimIndex, factIndex}]. A flag's key is its kind, words and verdict
 * (with a number when the same words recur), so a decision stays with the flag when the rest
 * of the article is edited, and lapses when the words or the verdict change.
 */
export function flagsOf(report) {
  const seen = new Map();
  const flags = [];
  report.claims.forEach((claim, claimIndex) => {
    claim.facts.forEach((fact, factIndex) => {
      if (fact.verdict === 'agree') return;
      const base = `${fact.kind}|${oneLine(fact.text).toLowerCase()}|${fact.verdict}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      flags.push({ key: n === 1 ? base : `${base}#${n}`, claim, fact, claimIndex, factIndex });
    });
  });
  return flags;
}

// Ratings on a three-step scale, 1 worst, from the editor's reading of a claim.
const RATINGS = {
  conflict: { ratingValue: 1, alternateName: 'Contradicted by other reports' },
  disputed: { ratingValue: 2, alternateName: 'Disputed among other reports' },
  unconfirmed: { ratingValue: 2, alternateName: 'Not confirmed by other reports' },
  not_found: { ratingValue: 2, alternateName: 'Not confirmed by other reports' },
  agree: { ratingValue: 3, alternateName: 'Consistent with other reports' },
};

/**
 * The editor's reading of a claim: its facts' verdicts with each dismissed flag counted as
 * confirmed (the editor found the flag did not apply) and each checked flag as the engine
 * had it (the editor confirmed it), rolled up as the engine rolls up.
 */
function editorRollUp(claim, decisionOf) {
  const verdicts = claim.facts.map((fact) => (decisionOf(fact)?.status === 'dismissed' ? 'agree' : fact.verdict));
  if (verdicts.includes('conflict')) return 'conflict';
  if (verdicts.includes('disputed')) return 'disputed';
  if (verdicts.every((v) => v === 'agree')) return 'agree';
  return verdicts.includes('agree') ? 'unconfirmed' : 'not_found';
}

/**
 * schema.org ClaimReview items, one per claim the editor has reviewed (decided at least one
 * of its flags), as one JSON-LD graph. `decisions` maps flag keys to {status, note}.
 */
export function claimReviewJsonLd(report, decisions, { newsroom = '', reviewUrl = '', author = '', appearance = '', date = new Date() } = {}) {
  const keyOf = new Map(flagsOf(report).map((flag) => [flag.fact, flag.key]));
  const dateOf = new Map((report.documents ?? []).filter((d) => d.date).map((d) => [d.id, d.date]));
  const decisionOf = (fact) => decisions[keyOf.get(fact)] ?? null;
  const organisation = newsroom ? { '@type': 'Organization', name: newsroom } : null;
  const reviews = report.claims
    .filter((claim) => claim.facts.some((fact) => decisionOf(fact)))
    .map((claim) => {
      const reading = editorRollUp(claim, decisionOf);
      const sources = new Map();
      for (const fact of claim.facts) {
        for (const ev of fact.evidence) {
          if (!sources.has(ev.doc_id)) {
            sources.set(ev.doc_id, {
              '@type': 'CreativeWork',
              name: ev.source,
              publisher: { '@type': 'Organization', name: ev.source },
              ...((ev.date ?? dateOf.get(ev.doc_id)) ? { datePublished: ev.date ?? dateOf.get(ev.doc_id) } : {}),
            });
          }
        }
      }
      const notes = claim.facts.map((fact) => {
        const decision = decisionOf(fact);
        const said = decision ? ` ${DECISIONS[decision.status]?.done ?? decision.status}${decision.note ? `: ${oneLine(decision.note)}` : ''}.` : '';
        return `“${oneLine(fact.text)}”: ${fact.reason}.${said}`;
      });
      return {
        '@type': 'ClaimReview',
        datePublished: date.toISOString().slice(0, 10),
        ...(reviewUrl ? { url: reviewUrl } : {}),
        claimReviewed: oneLine(claim.text),
        ...(organisation ? { author: organisation } : {}),
        reviewRating: { '@type': 'Rating', worstRating: 1, bestRating: 3, ...RATINGS[reading] },
        reviewBody: notes.join(' '),
        itemReviewed: {
          '@type': 'Claim',
          ...(author ? { author: { '@type': 'Person', name: author } } : {}),
          ...(appearance ? { appearance: { '@type': 'CreativeWork', url: appearance } } : {}),
        },
        citation: [...sources.values()],
      };
    });
  return { '@context': 'https://schema.org', '@graph': reviews };
}
