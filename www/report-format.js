// Pure helpers over the report object (the same one the CLI prints as JSON): byte offsets to
// string indices, the plain-text summary and schema.org ClaimReview JSON-LD.

export const VERDICTS = {
  conflict: { label: 'Conflict', icon: '✗', meaning: 'a source says otherwise' },
  disputed: { label: 'Disputed', icon: '⇄', meaning: 'the sources disagree among themselves' },
  agree: { label: 'Agrees', icon: '✓', meaning: 'sources say the same' },
  not_found: { label: 'Not found', icon: '?', meaning: 'no source speaks to it' },
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

const oneLine = (text) => text.split(/\s+/).filter(Boolean).join(' ');

export function countsLine(report) {
  const s = report.summary;
  return `${report.claims.length} claims: ${s.agree} agree, ${s.conflict} conflict, ${s.disputed} disputed, ${s.not_found} not found`;
}

/** The report as people read it: each claim, its verdict, each fact's reason and best evidence. */
export function plainTextSummary(report) {
  const lines = [countsLine(report)];
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  for (const claim of report.claims) {
    lines.push('', `[${VERDICTS[claim.verdict].label.toUpperCase()}] ${oneLine(claim.text)}`);
    for (const fact of claim.facts) {
      lines.push(`  - ${VERDICTS[fact.verdict].label}: "${fact.text}": ${fact.reason}`);
      for (const ev of fact.evidence.slice(0, 3)) {
        lines.push(`      ${ev.relation === 'contradicts' ? 'x' : '+'} ${ev.source}: ${oneLine(ev.sentence)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

// Ratings on a three-step scale, 1 worst; claims nothing speaks to are not reviewed.
const RATINGS = {
  conflict: { ratingValue: 1, alternateName: 'Contradicted by other reports' },
  disputed: { ratingValue: 2, alternateName: 'Disputed among other reports' },
  agree: { ratingValue: 3, alternateName: 'Consistent with other reports' },
};

/** schema.org ClaimReview items, one per claim with a verdict, as one JSON-LD graph. */
export function claimReviewJsonLd(report, { url = '', date = new Date() } = {}) {
  const reviews = report.claims
    .filter((claim) => RATINGS[claim.verdict])
    .map((claim) => ({
      '@type': 'ClaimReview',
      datePublished: date.toISOString().slice(0, 10),
      claimReviewed: oneLine(claim.text),
      author: { '@type': 'Organization', name: 'Crosscheck (automated comparison with other reports)' },
      reviewRating: { '@type': 'Rating', worstRating: 1, bestRating: 3, ...RATINGS[claim.verdict] },
      reviewBody: claim.facts.map((fact) => `${fact.text}: ${fact.reason}`).join(' '),
      itemReviewed: { '@type': 'Claim', ...(url ? { appearance: { '@type': 'CreativeWork', url } } : {}) },
      // The source sentences the verdict rests on.
      citation: claim.facts.flatMap((fact) => fact.evidence.slice(0, 3)).map((ev) => ({
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: ev.source },
        text: oneLine(ev.sentence),
      })),
    }));
  return { '@context': 'https://schema.org', '@graph': reviews };
}
