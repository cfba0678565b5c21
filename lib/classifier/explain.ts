import { categoryInfo } from './categories';
import { catalogueEntryById } from './catalogue';
import { categoryAdvice } from './category-explanations';
import type { Classification } from './classify';
import { enhancedClassMeaning, enhancedCodeInfo } from './enhanced-status-codes';
import { LOCAL_DELIVERY_EXPLANATION, LOCAL_DELIVERY_REASON } from './local-delivery';
import { ruleById } from './rules';
import type { Explanation } from './types';

function pick(source: Explanation): Explanation {
  const { whatHappened, whoseSide, whatToDo, retryHelps } = source;
  return { whatHappened, whoseSide, whatToDo, retryHelps };
}

function fromCodes(c: Classification): Explanation {
  const advice = categoryAdvice(c.category);
  const info = c.enhancedCode === null ? undefined : enhancedCodeInfo(c.enhancedCode);
  const classMeaning = c.enhancedCode === null ? null : enhancedClassMeaning(c.enhancedCode);
  const happened =
    info !== undefined
      ? `${info.meaning}${classMeaning === null ? '' : ` ${classMeaning}`}`
      : categoryInfo(c.category).description;
  const retryHelps = c.enhancedCode?.startsWith('5') === true ? 'no' : advice.retryHelps;
  return { ...advice, whatHappened: happened, retryHelps };
}

/** The plain-language explanation: the rule's, else the catalogue entry's, else the codes'. */
export function explainClassification(c: Classification): Explanation {
  try {
    const rule = c.rule === null ? undefined : ruleById(c.rule);
    if (rule !== undefined) return pick(rule);
    if (c.reason === LOCAL_DELIVERY_REASON && c.enhancedCode === null) return LOCAL_DELIVERY_EXPLANATION;
    const entry = c.catalogueEntry === null ? undefined : catalogueEntryById(c.catalogueEntry);
    if (entry !== undefined && entry.category !== null) return pick(entry);
    if (entry !== undefined && c.enhancedCode === null && c.smtpCode === null) return pick(entry);
    return fromCodes(c);
  } catch {
    return { ...categoryAdvice('other'), whatHappened: categoryInfo('other').description };
  }
}
