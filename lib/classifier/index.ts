export { CATALOGUE, catalogueEntryById } from './catalogue';
export { CATEGORIES, categoryInfo, type Category, type CategoryInfo } from './categories';
export { matchCatalogue, type CatalogueMatch, type Placeholders } from './catalogue-matcher';
export { classifyAttempt, type AttemptToClassify, type Classification } from './classify';
export {
  ENHANCED_CLASSES,
  ENHANCED_STATUS_CODES,
  enhancedCodeInfo,
  type EnhancedCodeInfo,
} from './enhanced-status-codes';
export { explainClassification } from './explain';
export { fingerprintReply } from './fingerprint';
export {
  LOCAL_DELIVERY_EXPLANATION,
  LOCAL_DELIVERY_REASON,
  parseLocalDelivery,
} from './local-delivery';
export { parseRemoteReply, type RemoteReply } from './remote-reply';
export { PROVIDER_RULES, type ProviderRule } from './rules';
export type {
  AttemptStatus,
  CatalogueEntry,
  CatalogueGroup,
  Explanation,
  RetryHelps,
  WhoseSide,
} from './types';

/** Bump whenever rules, templates or category decisions change, so stored rows can be redone. */
export const CLASSIFIER_VERSION = 2;
